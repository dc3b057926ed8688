import { describe, expect, it } from 'vitest'
import { katexAsset, katexAssetNames } from './katex-assets'

describe('KaTeX assets', () => {
  it('publishes the stylesheet and the WOFF2 fonts it asks for, nothing else', () => {
    const names = katexAssetNames()
    expect(names[0]).toBe('katex.min.css')
    expect(names.slice(1).every((name) => /^fonts\/KaTeX_[\w-]+\.woff2$/.test(name))).toBe(true)
    const css = String(katexAsset('katex.min.css')!.body)
    const wanted = [...css.matchAll(/url\((fonts\/[^)]+)\)/g)].map((match) => match[1]!)
    expect(wanted.length).toBeGreaterThan(10)
    for (const font of wanted) expect(names).toContain(font)
    expect(css).toContain('font-display:swap')
  })

  it('serves nothing outside that list', () => {
    expect(katexAsset('../package.json')).toBeUndefined()
    expect(katexAsset('fonts/KaTeX_Main-Regular.ttf')).toBeUndefined()
  })
})
