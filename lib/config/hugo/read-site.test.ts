import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

const site = (files: Record<string, string>) => readHugoSite(writeFixture(files))

describe('hugo-book’s BookLogo and BookFavicon', () => {
  it('shows the logo from static/ at the site root, as hugo-book’s relURL writes it', () => {
    const hugo = site({ 'hugo.toml': '[params]\nBookLogo = "images/logo.png"\n', 'static/images/logo.png': 'png' })
    expect(hugo.config.logo).toBe('/images/logo.png')
    expect(hugo.warnings).toEqual([])
    expect(site({ 'hugo.toml': '[params]\nBookLogo = "https://cdn.example/logo.svg"\n' }).config.logo).toBe(
      'https://cdn.example/logo.svg',
    )
  })

  it('warns about a logo that is not in static/, and still shows it as hugo-book would', () => {
    const hugo = site({ 'hugo.toml': '[params]\nBookLogo = "logo.png"\n' })
    expect(hugo.config.logo).toBe('/logo.png')
    expect(hugo.warnings).toEqual([
      'params.BookLogo: "logo.png" is not in the static folder; the menu shows a broken image (put the file in static/logo.png)',
    ])
  })

  it('takes the site’s favicon.png (hugo-book’s default) when static/ has one, else keeps the book’s icon', () => {
    expect(site({ 'hugo.toml': 'title = "A"\n', 'static/favicon.png': 'png' }).config.favicon).toBe('/favicon.png')
    expect(site({ 'hugo.toml': 'title = "A"\n' }).config.favicon).toBeUndefined()
    expect(
      site({ 'hugo.toml': '[params]\nBookFavicon = "icons/book.ico"\n', 'static/icons/book.ico': 'ico' }).config
        .favicon,
    ).toBe('/icons/book.ico')
    const missing = site({ 'hugo.toml': '[params]\nBookFavicon = "book.ico"\n' })
    expect(missing.config.favicon).toBeUndefined()
    expect(missing.warnings).toEqual([
      'params.BookFavicon: "book.ico" is not in the static folder; the book\'s own icon is used',
    ])
  })
})

describe('BookSearch, BookMenuBundle, BookDateFormat', () => {
  it('turns search off with BookSearch = false (on by default)', () => {
    expect(site({ 'hugo.toml': '[params]\nBookSearch = false\n' }).config.search).toBe(false)
    expect(site({ 'hugo.toml': 'title = "A"\n' }).config.search).toBeUndefined()
    expect(site({ 'hugo.toml': '[params]\nBookSearch = "maybe"\n' }).warnings).toEqual([
      'params.BookSearch: expected true or false, found "maybe"; not used',
    ])
  })

  it('keeps empty section pages listing their pages unless BookListEmptySections = false', () => {
    expect(site({ 'hugo.toml': '[params]\nBookListEmptySections = false\n' }).config.listEmptySections).toBe(false)
    expect(site({ 'hugo.toml': 'title = "A"\n' }).config.listEmptySections).toBeUndefined()
    expect(site({ 'hugo.toml': '[params]\nBookListEmptySections = "no"\n' }).warnings).toEqual([
      'params.BookListEmptySections: expected true or false, found "no"; not used',
    ])
  })

  it('reads [params.BookLimits] as whole numbers, naming one that is not', () => {
    const hugo = site({ 'hugo.toml': '[params.BookLimits]\nnesting = 80\nrenderSeconds = "120"\npageKB = "big"\n' })
    expect(hugo.config.limits).toEqual({ nesting: 80, renderSeconds: 120 })
    expect(hugo.warnings).toEqual(['params.BookLimits.pageKB: expected a whole number above 0, found "big"; not used'])
    expect(hugo.ignored).toEqual([])
    expect(site({ 'hugo.toml': 'title = "A"\n' }).config.limits).toBeUndefined()
  })

  it('reads BookMenuBundle as written', () => {
    const hugo = site({ 'hugo.toml': '[params]\nBookMenuBundle = "/menu"\n' })
    expect(hugo.config.menuBundle).toBe('/menu')
    expect(hugo.ignored).toEqual([])
  })

  it('takes BookDateFormat from the built language’s params over the site’s, with hugo-book’s default otherwise', () => {
    const toml =
      'defaultContentLanguage = "en"\n[params]\nBookDateFormat = "2006-01-02"\n[languages.en]\nweight = 1\n[languages.en.params]\nBookDateFormat = "Jan 2, 2006"\n'
    expect(site({ 'hugo.toml': toml }).config.dateFormat).toBe('Jan 2, 2006')
    expect(
      site({ 'hugo.toml': '[params]\nBookDateFormat = "2006-01-02"\n[languages.en]\nweight = 1\n' }).config.dateFormat,
    ).toBe('2006-01-02')
    expect(site({ 'hugo.toml': 'title = "A"\n' }).config.dateFormat).toBeUndefined()
  })

  it('says why hugo-book’s BookComments does nothing here', () => {
    expect(site({ 'hugo.toml': '[params]\nBookComments = true\n' }).ignored).toEqual([
      'params.BookComments (not supported: comments need a service such as Disqus)',
    ])
  })
})
