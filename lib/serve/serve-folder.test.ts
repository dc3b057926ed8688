import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/files'
import { exportBasePath, servedFolder } from './serve-folder'

describe('npm start: serving an export under the path it was built for', () => {
  it('reads the path from the home page’s script URLs, or from the language redirect', () => {
    expect(exportBasePath(writeFixture({ 'index.html': '<script src="/_next/static/chunks/a.js"></script>' }))).toBe('')
    expect(
      exportBasePath(writeFixture({ 'index.html': '<script src="/repo/_next/static/chunks/a.js"></script>' })),
    ).toBe('/repo')
    expect(
      exportBasePath(
        writeFixture({ 'index.html': '<meta http-equiv="refresh" content="0; url=https://o.github.io/repo/en/">' }),
      ),
    ).toBe('/repo')
    expect(
      exportBasePath(
        writeFixture({ 'index.html': '<meta http-equiv="refresh" content="0; url=https://example.org/en/">' }),
      ),
    ).toBe('')
  })

  it('serves a root export as it is, and a sub-path one through a link at that path with its headers moved under it', () => {
    const out = writeFixture({
      'index.html': 'x',
      'serve.json': JSON.stringify({
        directoryListing: false,
        headers: [
          { source: '**', headers: [] },
          { source: '_next/static/**', headers: [] },
        ],
      }),
    })
    expect(servedFolder(out, '', '/unused')).toBe(out)
    const scratch = path.join(writeFixture({}), 'serve')
    const folder = servedFolder(out, '/sub/path', scratch)
    expect(realpathSync(path.join(folder, 'sub', 'path'))).toBe(realpathSync(out))
    const config = JSON.parse(readFileSync(path.join(folder, 'serve.json'), 'utf8'))
    expect(config).toMatchObject({ directoryListing: false, symlinks: true })
    expect(config.headers.map((rule: { source: string }) => rule.source)).toEqual(['**', 'sub/path/_next/static/**'])
  })
})
