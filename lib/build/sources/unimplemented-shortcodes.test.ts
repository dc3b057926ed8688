import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { unimplementedShortcodes } from './unimplemented-shortcodes'

function siteWith(files: string[]): string {
  const site = mkdtempSync(path.join(tmpdir(), 'layouts-'))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
    writeFileSync(path.join(site, file), '{{ .Inner }}')
  }
  return site
}

const pages = [
  { filePath: 'docs/team.md', body: '\n\n{{< members >}}\n{{% details %}}\n{{< badge "new" >}}\n{{% /details %}}\n' },
  { filePath: 'docs/about.md', body: 'Intro\n{{< badge "beta" >}} and {{< gallery >}}' },
]

describe('the site’s shortcode templates without a module', () => {
  it('are listed once, each with the content files and lines that call it; implemented and built-in ones are not', () => {
    const site = siteWith([
      'layouts/shortcodes/members.html',
      'layouts/shortcodes/badge.html',
      'layouts/shortcodes/badge.amp.html',
      'layouts/shortcodes/unused.en.html',
      'themes/hugo-book/layouts/shortcodes/hint.html',
      'themes/hugo-book/layouts/shortcodes/details.html',
    ])
    expect(unimplementedShortcodes(site, ['members'], pages, site)).toEqual({
      file: 'layouts/shortcodes',
      message:
        '2 shortcodes of layouts/shortcodes have no implementation in shortcodes/: badge (docs/about.md:2, docs/team.md:5), unused (not used) — their inner text is shown; see the manual: docs/content/docs/migrating/own-shortcodes.md',
    })
  })

  it('include other themes’ shortcodes, and say nothing when every template has a module', () => {
    const site = siteWith(['layouts/shortcodes/members.html', 'themes/gallery-theme/layouts/shortcodes/gallery.html'])
    expect(unimplementedShortcodes(site, [], pages, site)!.message).toMatch(
      /^2 shortcodes of layouts\/shortcodes and themes\/gallery-theme\/layouts\/shortcodes have no implementation in shortcodes\/: gallery \(docs\/about\.md:2\), members \(docs\/team\.md:3\) — /,
    )
    expect(unimplementedShortcodes(site, ['members', 'gallery'], pages, site)).toBeUndefined()
    expect(unimplementedShortcodes(siteWith([]), [], pages)).toBeUndefined()
  })

  it('leave out a theme’s templates that no page calls, such as hugo-book’s own html, and list the ones a page calls', () => {
    const site = siteWith([
      'themes/hugo-book/layouts/shortcodes/html.html',
      'themes/hugo-book/layouts/shortcodes/hint.html',
      'themes/gallery-theme/layouts/shortcodes/gallery.html',
      'themes/gallery-theme/layouts/shortcodes/slides.html',
    ])
    expect(unimplementedShortcodes(site, [], [], site)).toBeUndefined()
    expect(unimplementedShortcodes(site, [], pages, site)!.message).toMatch(
      /^1 shortcode of themes\/gallery-theme\/layouts\/shortcodes has no implementation in shortcodes\/: gallery \(docs\/about\.md:2\) — /,
    )
    const callsHtml = [{ filePath: 'docs/raw.md', body: '{{< html >}}<b>x</b>{{< /html >}}' }]
    expect(unimplementedShortcodes(site, [], callsHtml, site)!.message).toMatch(/: html \(docs\/raw\.md:1\) — /)
  })

  it('take a file directly in themes/ (a .DS_Store) for no theme, as Hugo does, instead of failing', () => {
    const site = siteWith(['themes/.DS_Store', 'themes/notes.txt', 'layouts/shortcodes/members.html'])
    expect(unimplementedShortcodes(site, [], pages, site)!.message).toMatch(
      /^1 shortcode of layouts\/shortcodes has no implementation in shortcodes\/: members \(docs\/team\.md:3\) — /,
    )
  })
})
