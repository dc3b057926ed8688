import { describe, expect, it } from 'vitest'
import { wordsFor } from '../i18n'
import { HeadingIdFactory, sanitizeAnchorName } from './heading-ids'
import { createMarkdownProcessor, renderMarkdown, type MarkdownOptions } from './pipeline'
import type { ContentLookup } from './source'

const lookup: ContentLookup = { page: () => undefined, hasUrl: () => false, fileUrl: () => undefined }

async function render(markdown: string, options: Partial<MarkdownOptions> = {}): Promise<string> {
  const processor = createMarkdownProcessor({ words: wordsFor('en').words.markdown, unsafeHtml: true, ...options })
  const { html } = await renderMarkdown(processor, markdown, { path: 'a.md', displayPath: 'a.md', lookup })
  return html.replace(/<a class="heading-anchor"[\s\S]*?<\/a>/g, '')
}

const ids = (html: string) => [...html.matchAll(/<h[1-6][^>]* id="([^"]*)"/g)].map((match) => match[1])

/** `## <text>` alone on a page, and the id Hugo 0.111 gave it (autoHeadingIDType "github"). */
const HUGO_IDS: [text: string, id: string][] = [
  ['Hello World', 'hello-world'],
  ['数据结构', '数据结构'],
  ['数据 结构与算法', '数据-结构与算法'],
  ['Hello *world*', 'hello-world'],
  ['Hello **bold** text', 'hello-bold-text'],
  ['`code` span', 'code-span'],
  ['Use `npm run build`', 'use-npm-run-build'],
  ['[link](https://x.org)', 'linkhttpsxorg'],
  ['[链接](../a.md) text', '链接amd-text'],
  ['!!!', 'heading'],
  ['???', 'heading'],
  ['...', 'heading'],
  ['---x', '---x'],
  ['-', '-'],
  ['Tom &amp; Jerry', 'tom-amp-jerry'],
  ['a \\* b', 'a--b'],
  ['C++ and C#', 'c-and-c'],
  ['Hello_World', 'hello_world'],
  ['über Straße', 'über-straße'],
  ['Ünïcödé', 'ünïcödé'],
  ['İstanbul', 'istanbul'],
  ['emoji 🎉 party', 'emoji--party'],
  ['🎉', 'heading'],
  ['2024 年度报告', '2024-年度报告'],
  ['  spaced   out  ', 'spaced---out'],
  ['Heading with trailing ###', 'heading-with-trailing'],
  ['What\'s "new"?', 'whats-new'],
  ['a—b–c', 'abc'],
  ['日本語のテキスト', '日本語のテキスト'],
  ['한국어 제목', '한국어-제목'],
  ['Привет мир', 'привет-мир'],
  ['العربية', 'العربية'],
  ['x<sup>2</sup>', 'xsup2sup'],
  ['<span>html</span> heading', 'spanhtmlspan-heading'],
  ['Q&A', 'qa'],
  ['100%', '100'],
  ['$x^2$', 'x2'],
  ['中文（括号）', '中文括号'],
  ['中文：冒号', '中文冒号'],
  ['foo_bar-baz', 'foo_bar-baz'],
  ['ＡＢＣ全角', 'ａｂｃ全角'],
  ['①②③', 'heading'],
]

describe('heading ids: as goldmark makes them in Hugo 0.111', () => {
  it.each(HUGO_IDS)('## %s → %s', async (text, id) => {
    expect(ids(await render(`## ${text}\n`))).toEqual([id])
  })

  it('counts every heading of the page, the opening # title too; written ids are kept and taken', async () => {
    const markdown = [
      '# Intro',
      '## Intro',
      '## !!!',
      '## ???',
      '## Intro',
      '## heading',
      '## Intro-1 {#x}',
      '## x',
      '## Same {#same}',
      '## same',
      '## Setext\nmulti line\n---------',
      '> ## In quote',
      '- ## in list',
      '##',
      '## Last',
    ].join('\n\n')
    expect(ids(await render(markdown + '\n'))).toEqual([
      'intro',
      'intro-1',
      'heading',
      'heading-1',
      'intro-2',
      'heading-2',
      'x',
      'x-1',
      'same',
      'same-1',
      'setext',
      'multi-line',
      'in-quote',
      'in-list',
      'heading-3',
      'last',
    ])
  })

  it('makes the id from the text without its {…} attributes', async () => {
    expect(await render('## Foo {.cls}\n\n## Bar {anchor=false}\n')).toBe(
      '<h2 class="cls" id="foo">Foo</h2>\n<h2 data-anchor="false" id="bar">Bar</h2>',
    )
  })

  it("gives a heading written as raw HTML an id only after all of Hugo's, so it changes none of them", async () => {
    expect(ids(await render('<h2>Raw HTML</h2>\n\n## Raw HTML\n'))).toEqual(['raw-html-1', 'raw-html'])
  })

  it("a second heading with an id already written gets one no other element has, and Hugo's ids stay", async () => {
    expect(ids(await render('## A {#same}\n\n## B {#same}\n\n## same\n'))).toEqual(['same', 'same-2', 'same-1'])
  })

  it("follows autoHeadingIDType github-ascii and blackfriday (Hugo 0.111's answers)", async () => {
    const heading = '## Ünïcödé "x" 中文 -- y\n'
    expect(ids(await render(heading, { headingIdType: 'github-ascii' }))).toEqual(['unicode-x-----y'])
    expect(ids(await render(heading, { headingIdType: 'blackfriday' }))).toEqual(['ünïcödé-x-中文-y'])
    expect(ids(await render(heading))).toEqual(['ünïcödé-x-中文----y'])
  })
})

describe('HeadingIdFactory', () => {
  it('numbers repeats from 1 and skips numbers already taken', () => {
    const factory = new HeadingIdFactory()
    factory.put('a-1')
    expect(['A', 'a', '!', '?'].map((text) => factory.generate(text))).toEqual(['a', 'a-2', 'heading', 'heading-1'])
  })

  it('lower-cases one character to one, as Go does', () => {
    expect(sanitizeAnchorName('İSTANBUL')).toBe('istanbul')
  })
})
