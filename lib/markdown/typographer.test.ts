import { describe, expect, it } from 'vitest'
import { wordsFor } from '../i18n'
import { createMarkdownProcessor, renderMarkdown, type MarkdownOptions } from './pipeline'
import type { ContentLookup } from './source'

const lookup: ContentLookup = { page: () => undefined, hasUrl: () => false, fileUrl: () => undefined }

async function render(markdown: string, options: Partial<MarkdownOptions> = {}): Promise<string> {
  const processor = createMarkdownProcessor({
    words: wordsFor('en').words.markdown,
    unsafeHtml: true,
    typographer: {},
    ...options,
  })
  return (await renderMarkdown(processor, markdown, { path: 'a.md', displayPath: 'a.md', lookup })).html
}

const paragraphTexts = (html: string) =>
  [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&#x26;/g, '&')
      .replace(/&#x3C;/g, '<'),
  )

/**
 * Paragraphs of one page and the text Hugo 0.111 made of each (its HTML with tags left out
 * and entities as characters), in this order: goldmark counts open quotes across the page.
 */
const HUGO_TYPOGRAPHY: [markdown: string, hugo: string][] = [
  ['"Hello," she said.', '“Hello,” she said.'],
  ["'single' quotes", '‘single’ quotes'],
  [
    "It's Alice's book; don't, I'm, you'd, I've, I'll, you're.",
    'It’s Alice’s book; don’t, I’m, you’d, I’ve, I’ll, you’re.',
  ],
  ["the '90s and '80s, 'twas, 'em, rock 'n' roll", 'the ’90s and ’80s, ’twas, ’em, rock ’n’ roll'],
  ["Smiths' house, doin' fine", 'Smiths’ house, doin’ fine'],
  ['5\'10" tall, Monitor 21""', '5\'10" tall, Monitor 21""'],
  ['en -- dash, em --- dash, ---- four, ----- five, a-b, a--b', 'en – dash, em — dash, —- four, —– five, a-b, a–b'],
  ['wait... what.... ok..', 'wait… what…. ok..'],
  ['中文"引号"中文', '中文"引号"中文'],
  ['中文 "引号" 中文', '中文 “引号” 中文'],
  ['“已经弯的”引号', '“已经弯的”引号'],
  ['他说："你好。"', '他说：“你好。”'],
  ['他说："你好"。', '他说：“你好”。'],
  ["这是'单引号'测试", '这是’单引号’测试'],
  ['"中文引号"', '“中文引号”'],
  ['『"混合"』', '『“混合”』'],
  ['`code "quoted" -- ...` outside "quoted"', 'code "quoted" -- ... outside “quoted”'],
  ['[link "text"](https://example.com/a--b "title \'x\'") after', 'link “text” after'],
  ['https://example.com/a--b...c and www.example.com/x--y', 'https://example.com/a--b...c and www.example.com/x--y'],
  ['<https://example.com/a--b>', 'https://example.com/a--b'],
  ['<span title="a--b">in "html"</span> -- text', 'in “html” – text'],
  ['\\"escaped\\" and \\-\\- and \\.\\.\\.', '"escaped" and -- and ...'],
  ['&quot;entity&quot; and &#39;x&#39;', '"entity" and \'x\''],
  ['*"emph"* and **\'strong\'**', '“emph” and ‘strong’'],
  ['"*emph inside*"', '“emph inside”'],
  ['"unclosed quote', '“unclosed quote'],
  ['closing only"', 'closing only”'],
  ['(“already”) \'a\' "b"', '(“already”) ‘a’ “b”'],
  ['a "b" c \'d\' e', 'a “b” c ’d’ e'],
  ['x"y"z', 'x"y"z'],
  ['"" and \'\'', '"" and \'’'],
  ["'", "'"],
  ['"', '"'],
  ['--', '–'],
  ['...', '…'],
  ["1980's and 80's and rock'n'roll", '1980’s and 80’s and rock’n’roll'],
  ['"nested \'single\' quotes"', '“nested ‘single’ quotes”'],
  ['\'nested "double" quotes\'', '’nested “double” quotes’'],
  ['2--3 and 1990--2000', '2–3 and 1990–2000'],
  ['"multi\nline" quote', '“multi\nline” quote'],
]

describe('typographer: as goldmark in Hugo 0.111', () => {
  it('turns quotes, dashes and dots where Hugo does, and leaves code, URLs, HTML and escapes', async () => {
    const html = await render(HUGO_TYPOGRAPHY.map(([markdown]) => markdown).join('\n\n') + '\n')
    expect(paragraphTexts(html)).toEqual(HUGO_TYPOGRAPHY.map(([, hugo]) => hugo))
  })

  it('works in a paragraph that holds an entity, and leaves the entity as it stands for', async () => {
    // A page of its own: goldmark's count of open quotes starts afresh. Hugo 0.111's text of each paragraph.
    const hugo: [markdown: string, hugo: string][] = [
      ['A "para" with &amp; entity', 'A “para” with & entity'],
      ['&quot;x&quot; and "y"', '"x" and “y”'],
      ['&amp;"quoted" and "q"&amp;', '&“quoted” and “q”&'],
      ["Tom &amp; Jerry's \"show\" -- it's 'great'...", 'Tom & Jerry’s “show” – it’s ‘great’…'],
      ['&copy; \'single\' &nbsp;"nbsp"', '© ‘single’ \u00a0“nbsp”'],
      ['&#8220;already&#8221; "new" &#x26; done', '“already” “new” & done'],
      ['&foo; "unknown" entity', '&foo; “unknown” entity'],
      ['&NotEqualTilde; "two" code points', '\u2242\u0338 “two” code points'],
      ['a &lt;&lt; b >> c', 'a << b » c'],
    ]
    const html = await render(hugo.map(([markdown]) => markdown).join('\n\n') + '\n')
    expect(paragraphTexts(html)).toEqual(hugo.map(([, text]) => text))
  })

  it('keeps code, link targets and attributes as written', async () => {
    const html = await render('`a "b" -- ...` [x "y"](https://e.org/a--b "t \'q\'") <span title="a--b">c</span>\n')
    expect(html).toContain('<code>a "b" -- ...</code>')
    expect(html).toContain('href="https://e.org/a--b"')
    expect(html).toContain('title="t &#x27;q&#x27;"')
    expect(html).toContain('x \u201cy\u201d')
    expect(html).toContain('title="a--b"')
  })

  it('works in headings and table cells, whose ids are made from the text as written', async () => {
    const html = await render('## "Quoted" heading -- x\n\n| a "b" | \'c\' -- |\n|---|---|\n| "x" | y... |\n')
    expect(html).toContain('<h2 id="quoted-heading----x">\u201cQuoted\u201d heading \u2013 x')
    expect(html).toContain('<th>a \u201cb\u201d</th>')
    expect(html).toContain('<th>\u2018c\u2019 \u2013</th>')
    expect(html).toContain('<td>y\u2026</td>')
  })

  it("is off when the site turns it off, and uses the site's own substitutions", async () => {
    expect(await render('"a" -- b...\n', { typographer: undefined })).toBe('<p>"a" -- b...</p>')
    expect(
      await render('"a" -- b\n', {
        typographer: { leftDoubleQuote: '\u00ab', rightDoubleQuote: '\u00bb', enDash: '-' },
      }),
    ).toBe('<p>\u00aba\u00bb - b</p>')
  })
})
