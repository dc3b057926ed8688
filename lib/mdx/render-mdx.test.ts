import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { createElement, type ReactNode } from 'react'
import { afterAll, describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import { isContentError } from '../diagnostics/content-error'
import { wordsFor } from '../i18n'
import { compileMdx, type MdxOptions } from './compile-mdx'
import { resetMdxRenderer, renderMdxToHtml } from './render-mdx'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const page = path.join(fixtures, 'page.mdx')
const options: MdxOptions = { words: wordsFor('zh-CN').words.markdown }

async function render(body: string, file = page, components: Record<string, unknown> = {}): Promise<string> {
  const { code } = await compileMdx({ body, file, firstLine: 1, options })
  return renderMdxToHtml({ code, file, components, displayPath: `content/${path.basename(file)}` })
}

/** The error a render stops with, as the build prints it. */
async function failure(body: string, file = page): Promise<string> {
  const error: unknown = await render(body, file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!isContentError(error)) throw new Error(`expected a ContentError, got ${String(error)}`)
  return error.format()
}

/** HTML as a browser reads it: React's `<!-- -->` between texts and the choice of escapes left out. */
function asBrowserReadsIt(html: string): string {
  const tree = fromHtml(html.trim(), { fragment: true })
  tree.children = tree.children.filter((node) => node.type !== 'comment')
  return toHtml(tree).replace(/<!-- -->/g, '')
}

const folders: string[] = []
afterAll(async () => {
  await resetMdxRenderer()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

describe('renderMdxToHtml', () => {
  it('renders a server component, a client component’s first state and a package’s output', async () => {
    const html = await render(readFileSync(page, 'utf8'))
    expect(html).toContain('<p class="greeting">你好，<!-- -->读者<!-- -->！</p>')
    expect(html).toContain('<p>计数器：<button type="button" class="counter">点击次数：<!-- -->2</button></p>')
    expect(html).toContain('is <!-- -->consider<!-- -->.')
    expect(html).toContain('<h2 id="你好-world">你好 World<a class="heading-anchor" href="#你好-world"')
  })

  it('highlights a code block as on a Markdown page', async () => {
    const block = '```js {linenos=true,hl_lines=[2]}\nconst answer = "42"\nif (a < b && c) {}\n```\n'
    const markdown = await renderMarkdownFile(block, 'docs/page.md')
    const html = await render(block)
    expect(html).toContain('<span class="line highlighted" data-line="2">')
    expect(asBrowserReadsIt(html)).toBe(asBrowserReadsIt(markdown.html))
  })

  it('gives the page the components it is given', async () => {
    const Hint = ({ children }: { children?: ReactNode }) => createElement('aside', { className: 'hint' }, children)
    const html = await render('<Hint>\n小心 **这里**\n</Hint>\n', page, { Hint })
    expect(html).toBe('<aside class="hint"><p>小心 <strong>这里</strong></p></aside>')
  })

  it('names the page and the component that throws', async () => {
    const broken = path.join(fixtures, 'broken.mdx')
    const message = await failure(readFileSync(broken, 'utf8'), broken)
    expect(message).toMatch(
      /^content\/broken\.mdx: component <Broken> \(\/.*\/fixtures\/components\/Broken\.tsx\) failed while rendering the page: no data for the chart\n {2}fix: /,
    )
  })

  it('names a component the page neither imports nor is given', async () => {
    expect(await failure('段落\n\n<Chart />\n')).toMatch(
      /^content\/page\.mdx: unknown component <Chart>\n {2}fix: import it/,
    )
  })

  it('names the page when a component it imports does not load', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mdx-render-test-'))
    folders.push(folder)
    writeFileSync(path.join(folder, 'Chart.tsx'), 'export default function Chart() {\n  return <p>chart</p\n}\n')
    const message = await failure("import Chart from './Chart'\n\n<Chart />\n", path.join(folder, 'page.mdx'))
    expect(message).toMatch(
      /^content\/page\.mdx: a module the page imports does not load: .*Chart\.tsx:3:0: Expected ">" but found "}"\n {2}fix: /,
    )
  })

  it('takes the default export of a component in a folder without "type": "module", as a Hugo site’s', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mdx-render-test-'))
    folders.push(folder)
    writeFileSync(
      path.join(folder, 'Chart.tsx'),
      'export default function Chart() {\n  return <p>chart</p>\n}\nexport const Legend = () => <p>legend</p>\n',
    )
    const body = "import Chart, { Legend } from './Chart'\n\n<Chart />\n<Legend />\n"
    expect(await render(body, path.join(folder, 'page.mdx'))).toBe('<p>chart</p>\n<p>legend</p>')
  })

  it('reads an edited component again once told to', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mdx-render-test-'))
    folders.push(folder)
    const component = path.join(folder, 'Note.tsx')
    const file = path.join(folder, 'page.mdx')
    writeFileSync(component, 'export default function Note() {\n  return <p>first</p>\n}\n')
    expect(await render("import Note from './Note'\n\n<Note />\n", file)).toBe('<p>first</p>')
    writeFileSync(component, 'export default function Note() {\n  return <p>second</p>\n}\n')
    await resetMdxRenderer()
    expect(await render("import Note from './Note'\n\n<Note />\n", file)).toBe('<p>second</p>')
  })
})
