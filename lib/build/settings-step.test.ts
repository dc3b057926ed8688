import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/files'
import { defaultLanguageOf } from '../config/build-context'
import { configFiles, settingsStep } from './settings-step'
import { STOP } from './common/messages'

const DISK = { timeout: 30_000 }

describe('settingsStep', () => {
  it('reads the default book’s settings without a title or lines; CONTENT_DIR names the content folder', DISK, () => {
    const cwd = writeFixture({})
    const step = settingsStep({ CONTENT_DIR: 'book/content' }, cwd)
    expect(step).toMatchObject({ ok: true, lines: [], warnings: [] })
    expect(step.title).toBeUndefined()
    if (!step.ok) throw new Error('expected the settings to be read')
    expect(defaultLanguageOf(step.context).contentDir).toBe(path.join(cwd, 'book', 'content'))
    expect(configFiles(step.context, cwd)).toBe('site.config.ts')
  })

  it(
    'names the Hugo site, the files read, the settings ignored, and warns about a setting of the wrong kind',
    DISK,
    () => {
      const site = writeFixture({ 'hugo.toml': "title = 'Book'\ntheme = 'hugo-book'\nstaticDir = 3\n" })
      const cwd = path.dirname(site)
      const shown = path.basename(site)

      const step = settingsStep({ HUGO_SITE: site }, cwd)

      expect(step.title).toBe(`Reading the Hugo site configuration in ${shown}`)
      expect(step).toMatchObject({ ok: true, lines: ['read hugo.toml', 'hugo.toml: ignored theme'] })
      if (!step.ok) throw new Error('expected the settings to be read')
      expect(step.warnings).toEqual([
        { file: `${shown}/hugo.toml`, message: expect.stringContaining('expected a folder name or a list of them') },
      ])
      expect(defaultLanguageOf(step.context).contentDir).toBe(path.join(site, 'content'))
    },
  )

  it('warns once of a setting every language shares, and of a setting of one language only', DISK, () => {
    const site = writeFixture({
      'hugo.toml':
        'baseURL = "/"\ntitle = "T"\n[languages.en]\ncontentDir = "content.en"\nweight = 1\n[languages.zh]\ncontentDir = "content.zh"\nweight = 2\n[languages.zh.params]\nBookTheme = "blue"\n',
      'content.en/a.md': 'a\n',
      'content.zh/a.md': 'a\n',
    })
    const step = settingsStep({ HUGO_SITE: site }, path.dirname(site))
    if (!step.ok) throw new Error('expected the settings to be read')
    expect(step.warnings.map((warning) => warning.message)).toEqual([
      'baseURL: "/" is not an absolute http(s) address; not used (set SITE_URL, or site.config.ts baseURL)',
      'languages.zh.params.BookTheme: expected light, dark or auto, found "blue"; not used',
    ])
  })

  it('names a Hugo site outside the working folder by its absolute path', DISK, () => {
    const site = writeFixture({ 'hugo.toml': "title = 'Book'\n" })
    const cwd = writeFixture({})
    const step = settingsStep({ HUGO_SITE: site }, cwd)
    expect(step).toMatchObject({
      ok: true,
      title: `Reading the Hugo site configuration in ${site}`,
      lines: ['read hugo.toml'],
      warnings: [],
    })
    if (step.ok) expect(configFiles(step.context, cwd)).toBe(path.join(site, 'hugo.toml'))
  })

  it('stops on a configuration that does not parse, with its file and line', DISK, () => {
    const site = writeFixture({ 'hugo.toml': "title = 'Book'\nbaseURL = \n" })
    const step = settingsStep({ HUGO_SITE: site }, path.dirname(site))
    expect(step.ok).toBe(false)
    if (step.ok) return
    expect(step.title).toBe(`Reading the Hugo site configuration in ${path.basename(site)}`)
    expect(step.error.format()).toMatch(/hugo\.toml:2: /)
    expect(step.stop).toBe(STOP.config)
  })

  it('says once that a language without a dictionary gets English words', DISK, () => {
    const step = settingsStep(
      { HUGO_SITE: writeFixture({ 'hugo.toml': "title = 'Kniha'\nlanguageCode = 'cs'\n" }) },
      '/',
    )
    expect(step).toMatchObject({ ok: true })
    if (!step.ok) throw new Error('expected the settings to be read')
    expect(step.lines.filter((line) => line.startsWith('no interface words'))).toEqual([
      expect.stringMatching(
        /^no interface words for the language "cs": the book's own words \(menu, search, footnotes…\) are English; dictionaries: en, /,
      ),
    ])
    const english = settingsStep(
      { HUGO_SITE: writeFixture({ 'hugo.toml': "title = 'Book'\nlanguageCode = 'en-GB'\n" }) },
      '/',
    )
    expect(english.ok && english.lines.some((line) => line.startsWith('no interface words'))).toBe(false)
  })
})
