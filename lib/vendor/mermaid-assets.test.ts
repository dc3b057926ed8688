import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MERMAID_MODULE, mermaidAsset, mermaidAssetNames } from './mermaid-assets'

describe('mermaid assets', () => {
  it('publishes the module and every chunk it or its chunks import, as JavaScript', () => {
    const names = mermaidAssetNames()
    expect(MERMAID_MODULE).toBe(`/vendor/mermaid/${names[0]}`)
    for (const name of names) {
      const asset = mermaidAsset(name)!
      expect(asset.contentType, name).toBe('text/javascript; charset=utf-8')
      // Static `from"./x.mjs"` and dynamic `import("./x.mjs")`, resolved from the file's folder.
      for (const [, target] of asset.body.matchAll(/(?:from|import\()\s*"(\.\.?\/[^"]+\.mjs)"/g)) {
        expect(names, `${name} imports ${target}`).toContain(path.posix.join(path.posix.dirname(name), target!))
      }
    }
  })

  it('serves nothing outside that list (no source maps, no other files)', () => {
    expect(mermaidAsset('../package.json')).toBeUndefined()
    expect(mermaidAsset(`${mermaidAssetNames()[1]}.map`)).toBeUndefined()
  })
})
