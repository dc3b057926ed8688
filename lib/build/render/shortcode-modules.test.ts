import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceRecord } from '../../content/sources'
import type { ShortcodeProps } from '../../markdown/shortcodes/site-shortcode-api'
import { loadShortcodeModules, shortcodeModuleNames, siteShortcodesFor } from './shortcode-modules'

/** A Hugo site folder outside the project (no node_modules, no package.json), with these files in shortcodes/. */
function siteWith(files: Record<string, string>): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'site-shortcodes-')), 'shortcodes')
  mkdirSync(folder)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  return folder
}

const props = (params: Record<string, string>, inner = ''): ShortcodeProps => ({
  params,
  inner,
  page: { title: 'T', url: '/t/', filePath: 't.md', params: {} },
  site: { title: 'S', language: 'en', data: {} },
  markdown: (text) => text,
  inlineMarkdown: (text) => text,
})

describe('loading a site’s shortcode modules', () => {
  it('finds modules by file name, .tsx or .ts, leaving tests and declarations out', () => {
    const folder = siteWith({
      'members.tsx': '',
      'badge.ts': '',
      'members.test.tsx': '',
      'types.d.ts': '',
      'notes.md': '',
    })
    expect(shortcodeModuleNames(folder)).toEqual(['badge', 'members'])
    expect(shortcodeModuleNames(path.join(folder, 'missing'))).toEqual([])
  })

  it('renders a TSX module to static markup, with React resolved from the project, and a .ts module’s HTML string as it is', async () => {
    const folder = siteWith({
      'card.tsx': `import { Fragment } from 'react'\nexport default function Card({ params, inner }: { params: Record<string, string>; inner: string }) {\n  return <Fragment><p className="card">{params[0]} & {params.note}</p><div dangerouslySetInnerHTML={{ __html: inner }} /></Fragment>\n}\n`,
      'plain.ts': 'export default (props: { params: Record<string, string> }) => `<b>${props.params.word}</b>`\n',
    })
    const modules = await loadShortcodeModules(folder)
    expect([...modules.keys()]).toEqual(['card', 'plain'])
    expect(modules.get('card')!.render(props({ 0: 'Ada', note: '<x>' }, '<p>inner</p>'))).toBe(
      '<p class="card">Ada &amp; &lt;x&gt;</p><div><p>inner</p></div>',
    )
    expect(modules.get('plain')!.render(props({ word: 'hi' }))).toBe('<b>hi</b>')
  })

  it('stops with the module’s file when it does not compile or has no default export', async () => {
    const broken = siteWith({ 'broken.tsx': 'export default function Broken( {\n' })
    await expect(loadShortcodeModules(broken)).rejects.toMatchObject({
      name: 'ContentError',
      file: expect.stringMatching(/shortcodes\/broken\.tsx$/),
      line: 2,
      message: expect.stringMatching(/^the shortcode module does not load: .*end of file$/),
    })
    const noDefault = siteWith({ 'named.ts': 'export const named = () => "x"\n' })
    await expect(loadShortcodeModules(noDefault)).rejects.toMatchObject({
      file: expect.stringMatching(/shortcodes\/named\.ts$/),
      message: 'the shortcode module has no default export function',
    })
  })

  it('says what a module returned when it is neither a React element nor HTML', async () => {
    const modules = await loadShortcodeModules(
      siteWith({
        'later.ts': 'export default async () => "<b>x</b>"\n',
        'object.ts': 'export default () => ({ html: "x" })\n',
      }),
    )
    expect(() => modules.get('later')!.render(props({}))).toThrow(
      /returned a Promise: a shortcode renders synchronously/,
    )
    expect(() => modules.get('object')!.render(props({}))).toThrow(
      /returned object: return a React element or an HTML string/,
    )
  })
})

describe('what a module is told of its page', () => {
  it('gives the whole front matter as page.params, as Hugo’s .Page.Params (a key the author invented too)', () => {
    // kosli's area_head prints `{{ .Page.Params.tldr }}`.
    const record = {
      filePath: 'process/code_review.md',
      displayPath: 'content/process/code_review.md',
      location: { dir: 'process', base: 'code_review', isIndex: false },
      meta: { title: 'Code Review' },
      params: { title: 'Code Review', tldr: 'Code review is performed on all software changes' },
      url: '/process/code_review/',
      parentDir: 'process',
    } as unknown as SourceRecord
    const site = siteShortcodesFor(new Map(), { title: 'S', language: 'en' }, (file) =>
      file === record.filePath ? record : undefined,
    )
    const page = site.page('process/code_review.md')!
    expect(page.params['tldr']).toBe('Code review is performed on all software changes')
    expect(page.title).toBe('Code Review')
  })

  it('gives the site’s data/ files as site.data (Hugo’s .Site.Data)', () => {
    const risks = { risks: [{ id: 'R1', title: 'Unreviewed change' }] }
    const site = siteShortcodesFor(new Map(), { title: 'S', language: 'en' }, () => undefined, { risks })
    expect(site.site).toEqual({ title: 'S', language: 'en', data: { risks } })
  })
})
