import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import { isContentError } from '../diagnostics/content-error'
import { wordsFor } from '../i18n'
import { compileMdx, type MdxOptions } from './compile-mdx'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const page = path.join(fixtures, 'page.mdx')
const options: MdxOptions = { words: wordsFor('zh-CN').words.markdown }

const compile = (body: string, more: Partial<MdxOptions> = {}, firstLine = 1) =>
  compileMdx({ body, file: page, firstLine, options: { ...options, ...more }, displayPath: 'content/page.mdx' })

/** The error a compile stops with, as the build prints it. */
async function failure(body: string, more: Partial<MdxOptions> = {}, firstLine = 1): Promise<string> {
  const error: unknown = await compile(body, more, firstLine).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!isContentError(error)) throw new Error(`expected a ContentError, got ${String(error)}`)
  return error.format()
}

describe('compileMdx', () => {
  it('gives headings the ids and # anchors a Markdown page gives them', async () => {
    const { code } = await compile('## 你好 World\n\n## 你好 World\n')
    const markdown = await renderMarkdownFile('## 你好 World\n\n## 你好 World\n', 'docs/page.md')
    expect(markdown.page.headings.map((heading) => heading.id)).toEqual(['你好-world', '你好-world-1'])
    for (const id of ['你好-world', '你好-world-1']) {
      expect(code).toContain(`<_components.h2 id="${id}">`)
      expect(code).toContain(`<_components.a className="heading-anchor" href="#${id}" aria-label="链接到“你好 World”">`)
    }
  })

  it('keeps the Markdown pages’ syntax: GFM tables and strikethrough, CJK-friendly emphasis', async () => {
    const { code } = await compile('| a |\n|---|\n| 1 |\n\n~~删~~ 1~2 **“引号”**的\n')
    expect(code).toContain('<_components.div className="table-scroll"')
    expect(code).toContain('<_components.del>{"删"}</_components.del>{" 1~2 "}')
    expect(code).toContain('<_components.strong>{"“引号”"}</_components.strong>{"的"}')
  })

  it('rewrites imports by path to the absolute files they name; imports of packages stay', async () => {
    const { code, imports } = await compile(
      "import Greeting from './components/Greeting'\nimport Counter from '../fixtures/components/Counter.tsx'\nimport { stemmer } from 'stemmer'\n\n<Greeting name=\"x\" /> <Counter />\n",
    )
    const greeting = path.join(fixtures, 'components', 'Greeting.tsx')
    const counter = path.join(fixtures, 'components', 'Counter.tsx')
    expect(code).toContain(`import Greeting from ${JSON.stringify(greeting)}`)
    expect(code).toContain(`import Counter from ${JSON.stringify(counter)}`)
    expect(code).toContain("import {stemmer} from 'stemmer'")
    expect(imports).toEqual([greeting, counter])
  })

  it('leaves the built-in components to props.components', async () => {
    const { code } = await compile('<Hint type="warning">小心</Hint>\n', { components: ['Hint'] })
    expect(code).toContain('const {Hint} = props.components')
    expect(code).not.toMatch(/^import/m)
  })

  it('stops at a syntax error with the file’s line and column, MDX’s message and a fix', async () => {
    // The body starts on line 4 (after three lines of front matter); the error is on its line 3.
    const message = await failure('# 标题\n\n<Chart data=>\n', {}, 4)
    expect(message).toMatch(/^content\/page\.mdx:6:13: MDX: Unexpected character `>`/)
    expect(message).toContain('fix: close or correct the tag')
  })

  it('explains an HTML comment, which MDX does not take', async () => {
    const message = await failure('text <!-- note -->\n')
    expect(message).toMatch(/^content\/page\.mdx:1:7: MDX: .*to create a comment in MDX, use `\{\/\* text \*\/\}`/)
  })

  it('stops at an import that names no file, naming it and what to do', async () => {
    const message = await failure("# 标题\n\nimport Chart from '../components/Chart'\n\n<Chart />\n", {}, 3)
    expect(message).toContain(
      `content/page.mdx:5:19: import "../components/Chart": no such file (${path.resolve(fixtures, '../components/Chart')}`,
    )
    expect(message).toContain('fix: correct the path, relative to this page’s folder, or create the file')
  })

  it('stops at a component the page neither imports nor is given, when the given ones are known', async () => {
    const body =
      'import Greeting from \'./components/Greeting\'\n\n<Greeting name="x" />\n\n段落 <Tabs.Tab /> <Chart />\n'
    expect(await failure(body, { components: ['Hint', 'Tabs'] })).toMatch(
      /^content\/page\.mdx:5:17: unknown component <Chart>\n {2}fix: import it at the top of the page \(import Chart from '\.\/Chart', a path from this page\), or use a built-in component: Hint, Tabs$/,
    )
    await expect(compile(body)).resolves.toBeDefined() // not known: the render finds it
  })
})
