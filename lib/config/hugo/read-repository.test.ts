import { describe, expect, it } from 'vitest'
import { defineSiteConfig, editLinkFor } from '../site-config'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

describe('the edit link, as hugo-book forms it', { timeout: 30_000 }, () => {
  const link = (toml: string, file = 'docs/指南/a.md') => {
    const hugo = readHugoSite(writeFixture({ 'hugo.toml': toml }))
    return { link: editLinkFor(defineSiteConfig(hugo.config), file), warnings: hugo.warnings }
  }

  it('BookRepo/BookEditPath + the file’s path from the site folder (layouts/partials/docs/links/edit.html)', () => {
    expect(link('[params]\nBookRepo = "https://github.com/o/r/"\nBookEditPath = "edit/main/exampleSite"\n').link).toBe(
      'https://github.com/o/r/edit/main/exampleSite/content/docs/%E6%8C%87%E5%8D%97/a.md',
    )
    expect(link('[params]\nBookRepo = "https://github.com/o/r"\nBookEditPath = "/edit/main/"\n').link).toBe(
      'https://github.com/o/r/edit/main/content/docs/%E6%8C%87%E5%8D%97/a.md',
    )
  })

  it('the older form, whose BookEditPath points at the content folder itself', () => {
    expect(
      link('[params]\nBookRepo = "https://github.com/o/r"\nBookEditPath = "edit/master/exampleSite/content"\n').link,
    ).toBe('https://github.com/o/r/edit/master/exampleSite/content/docs/%E6%8C%87%E5%8D%97/a.md')
  })

  it('uses the content folder of the built language', () => {
    const dir = writeFixture({
      'hugo.toml':
        '[languages.en]\ncontentDir = "content.en"\n[params]\nBookRepo = "https://github.com/o/r"\nBookEditPath = "edit/main/site"\n',
      'content.en/docs/a.md': 'x',
    })
    expect(editLinkFor(defineSiteConfig(readHugoSite(dir).config), 'docs/a.md')).toBe(
      'https://github.com/o/r/edit/main/site/content.en/docs/a.md',
    )
  })

  it('the newer BookEditLink template with {{ .Path }} and {{ .Site.Params.BookRepo }}', () => {
    expect(
      link(
        "[params]\nBookRepo = 'https://github.com/o/r'\nBookEditLink = '{{ .Site.Params.BookRepo }}/edit/main/exampleSite/{{ .Path }}'\n",
        'docs/a.md',
      ).link,
    ).toBe('https://github.com/o/r/edit/main/exampleSite/content/docs/a.md')
    expect(link("[params]\nBookEditLink = 'https://git.example/r/-/edit/main/{{.Path}}'\n", 'docs/a.md').link).toBe(
      'https://git.example/r/-/edit/main/content/docs/a.md',
    )
    const other = link("[params]\nBookEditLink = '{{ .Site.BaseURL }}/{{ .Path }}'\n")
    expect(other.link).toBeUndefined()
    expect(other.warnings[0]).toMatch(/^params\.BookEditLink: only/)
  })

  it('no link without BookRepo for BookEditPath, as in hugo-book', () => {
    const result = link('[params]\nBookEditPath = "edit/main"\n')
    expect(result.link).toBeUndefined()
    expect(result.warnings).toEqual([
      'params.BookEditPath: needs params.BookRepo, as in hugo-book; no "edit this page" link',
    ])
    expect(link('[params]\nBookRepo = "https://github.com/o/r"\n').link).toBeUndefined()
  })
})
