import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/files'
import { assembleLanguages, type LanguagePart } from './languages'

/** Two finished language exports, as the per-language builds leave them. */
function languageBuilds(): { root: string; parts: (folder: { en: string; zh: string }) => LanguagePart[] } {
  const root = writeFixture({
    'en/index.html': '<p>home</p>',
    'en/docs/a/index.html': '<p>a</p>',
    'en/404.html': '<p>not found</p>',
    'en/sitemap.xml': '<urlset>en</urlset>',
    'en/robots.txt': 'User-Agent: *',
    'en/serve.json': '{}',
    'en/_headers': '/*',
    'zh/index.html': '<p>首页</p>',
    'zh/docs/a/index.html': '<p>甲</p>',
    'zh/sitemap.xml': '<urlset>zh</urlset>',
    'zh/serve.json': '{}',
  })
  return {
    root,
    parts: (folder) => [
      { key: 'en', folder: folder.en, dir: path.join(root, 'en'), isDefault: true },
      { key: 'zh', folder: folder.zh, dir: path.join(root, 'zh'), isDefault: false },
    ],
  }
}

describe('laying out a multilingual site as Hugo does', () => {
  it('puts the default language at the root and the others under their key, with a sitemap index', () => {
    const { root, parts } = languageBuilds()
    const into = path.join(root, 'site')
    assembleLanguages(parts({ en: '', zh: 'zh' }), into, 'https://owner.github.io/repo/')
    const read = (file: string) => readFileSync(path.join(into, file), 'utf8')
    expect(read('docs/a/index.html')).toBe('<p>a</p>')
    expect(read('zh/docs/a/index.html')).toBe('<p>甲</p>')
    // Hugo: the default language's sitemap under its key, the root one an index of all.
    expect(read('en/sitemap.xml')).toBe('<urlset>en</urlset>')
    expect(read('sitemap.xml')).toContain('<loc>https://owner.github.io/repo/en/sitemap.xml</loc>')
    expect(read('sitemap.xml')).toContain('<loc>https://owner.github.io/repo/zh/sitemap.xml</loc>')
    // /en/ of the default language sends the reader to the root, as Hugo's alias page does.
    expect(read('en/index.html')).toContain(
      '<meta http-equiv="refresh" content="0; url=https://owner.github.io/repo/">',
    )
    expect(read('robots.txt')).toBe('User-Agent: *\nAllow: /\n\nSitemap: https://owner.github.io/repo/sitemap.xml\n')
    // Each build's own header files go; the caller writes one set for the whole site.
    expect(existsSync(path.join(into, 'serve.json'))).toBe(false)
    expect(existsSync(path.join(into, 'zh', 'serve.json'))).toBe(false)
  })

  it('with defaultContentLanguageInSubdir, puts every language under its key and redirects the root to the default one', () => {
    const { root, parts } = languageBuilds()
    const into = path.join(root, 'site')
    assembleLanguages(parts({ en: 'en', zh: 'zh' }), into, 'https://example.org/')
    const read = (file: string) => readFileSync(path.join(into, file), 'utf8')
    expect(read('en/docs/a/index.html')).toBe('<p>a</p>')
    expect(read('index.html')).toContain('<link rel="canonical" href="https://example.org/en/">')
    expect(read('index.html')).toContain('<html lang="en">')
    expect(read('404.html')).toBe('<p>not found</p>')
    expect(read('en/sitemap.xml')).toBe('<urlset>en</urlset>')
  })
})
