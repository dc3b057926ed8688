import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/files'
import { exportBasePath, notABuiltSite, servedSite } from './serve-folder'

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
      '404.html': 'not found',
      'serve.json': JSON.stringify({
        directoryListing: false,
        headers: [
          { source: '**', headers: [] },
          { source: '_next/static/**', headers: [] },
        ],
      }),
    })
    expect(servedSite(out, '', () => '/unused').folder).toBe(path.resolve(out))
    const scratch = path.join(writeFixture({}), 'serve')
    const { folder, config } = servedSite(out, '/sub/path', () => scratch)
    expect(realpathSync(path.join(folder, 'sub', 'path'))).toBe(realpathSync(out))
    expect(readFileSync(path.join(folder, '404.html'), 'utf8')).toBe('not found')
    expect(config).toMatchObject({ directoryListing: false, symlinks: true })
    expect(config.headers!.map((rule) => rule.source)).toEqual(['**', 'sub/path/_next/static/**'])
  })

  it('says in one line what to do when the folder is missing or is not a built site', () => {
    const built = writeFixture({ 'index.html': 'x', 'serve.json': '{}' })
    expect(notABuiltSite(built)).toBeUndefined()
    expect(notABuiltSite(path.join(built, 'nothing'))).toBe(
      `${path.join(built, 'nothing')}/ does not exist: run npm run build (with OUT_DIR=${path.join(built, 'nothing')}) first, or name the built folder (npm start -- <folder>).`,
    )
    expect(notABuiltSite(writeFixture({ 'a.md': '# a' }))).toMatch(
      /\/ is not a built site \(it has no index\.html and no serve\.json\): run npm run build .*first\.$/,
    )
    expect(notABuiltSite(path.join(built, 'index.html'))).toMatch(/is not a folder/)
  })
})
