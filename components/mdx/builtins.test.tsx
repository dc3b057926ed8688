import type { Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { wordsFor } from '@/lib/i18n'
import { renderMarkdownFile } from '@/test/support/markdown'
import { mdxBuiltins } from './builtins'

/**
 * Each built-in component against the shortcode it stands for: the same content written once
 * as a shortcode in a Markdown page (rendered by the Markdown chain) and once as the component
 * with the children MDX makes of that content (MDX puts "\n" between the blocks it writes).
 * They must give the same HTML, so that the book's stylesheet and behaviour apply to both.
 */

let warnings: string[] = []
const { Button, Column, Columns, Details, Hint, Katex, Mermaid, Steps, Tab, Tabs } = mdxBuiltins({
  words: wordsFor('zh-CN').words.markdown,
  warn: (message) => warnings.push(message),
})

async function shortcode(body: string): Promise<string> {
  const { html, warnings: pageWarnings } = await renderMarkdownFile(`---\ntitle: t\n---\n${body}`, 'docs/page.md', {
    language: 'zh-CN',
  })
  warnings = pageWarnings.map((warning) => warning.split('\n')[0]!)
  return normalized(html)
}

function component(element: ReactNode): string {
  warnings = []
  return normalized(renderToStaticMarkup(element))
}

/**
 * The HTML as a tree, written back: React and the Markdown chain spell the same markup
 * differently (`checked=""` / `checked`, `<input/>` / `<input>`, `&#x27;` / `'`, the order of
 * an input's attributes), and the Markdown chain leaves line breaks between block elements,
 * which the page does not show.
 */
function normalized(html: string): string {
  const tree = fromHtml(html, { fragment: true })
  dropLayoutWhitespace(tree)
  return toHtml(tree)
}

function dropLayoutWhitespace(node: Nodes): void {
  if (node.type === 'element')
    node.properties = Object.fromEntries(Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b)))
  if (!('children' in node) || (node.type === 'element' && node.tagName === 'pre')) return
  for (let index = node.children.length - 1; index >= 0; index--) {
    const child = node.children[index]!
    if (child.type === 'text' && child.value.trim() === '') node.children.splice(index, 1)
    else dropLayoutWhitespace(child)
  }
}

describe('Hint', () => {
  it('is {{< hint >}}: a blockquote of the type’s class', async () => {
    expect(
      component(
        <Hint type="warning">
          <p>
            <strong>注意</strong>事项
          </p>
        </Hint>,
      ),
    ).toBe(await shortcode('{{% hint warning %}}\n**注意**事项\n{{% /hint %}}'))
    expect(
      component(
        <Hint type="Danger">
          <p>x</p>
        </Hint>,
      ),
    ).toBe(await shortcode('{{< hint Danger >}}x{{< /hint >}}'))
    expect(
      component(
        <Hint>
          <p>x</p>
        </Hint>,
      ),
    ).toBe(await shortcode('{{< hint >}}x{{< /hint >}}'))
  })
})

describe('Tabs', () => {
  it('is {{< tabs "id" >}}: a radio button, a label and a panel per tab, the first checked', async () => {
    expect(
      component(
        <Tabs id="os">
          <Tab name="macOS">
            <p>
              <strong>mac</strong>
            </p>
          </Tab>
          {'\n'}
          <Tab name="Linux">
            <p>linux</p>
          </Tab>
        </Tabs>,
      ),
    ).toBe(
      await shortcode(
        '{{< tabs "os" >}}\n{{% tab "macOS" %}}\n**mac**\n{{% /tab %}}\n{{% tab "Linux" %}}\nlinux\n{{% /tab %}}\n{{< /tabs >}}',
      ),
    )
  })

  it('names each group without an id uniquely in the page, as the shortcode does, though not with the same name', async () => {
    // The shortcode counts the page's tabs (tabs-1, tabs-2); a component has no page to count
    // in, so its group is named by React's useId, unique in the render and the same at each one.
    const groups = (html: string) => [...html.matchAll(/name="([^"]+)"/g)].map((match) => match[1]!)
    const page = (
      <>
        <Tabs>
          <Tab name="A">
            <p>a</p>
          </Tab>
        </Tabs>
        <Tabs>
          <Tab name="B">
            <p>b</p>
          </Tab>
        </Tabs>
      </>
    )
    const html = component(page)
    const markdown = await shortcode(
      '{{< tabs >}}{{< tab "A" >}}a{{< /tab >}}{{< /tabs >}}\n\n{{< tabs >}}{{< tab "B" >}}b{{< /tab >}}{{< /tabs >}}',
    )
    const [first, second] = groups(html)
    expect(first).not.toBe(second)
    expect(component(page)).toBe(html)
    expect(html.replaceAll(first!, 'tabs-1').replaceAll(second!, 'tabs-2')).toBe(markdown)
  })
})

describe('Details', () => {
  it('is {{< details >}}: a disclosure with the title, open when asked', async () => {
    expect(
      component(
        <Details title="标题" open>
          <p>内容</p>
        </Details>,
      ),
    ).toBe(await shortcode('{{% details "标题" open %}}\n内容\n{{% /details %}}'))
    expect(
      component(
        <Details title="标题">
          <p>内容</p>
        </Details>,
      ),
    ).toBe(await shortcode('{{% details title="标题" %}}\n内容\n{{% /details %}}'))
  })

  it('is headed in the page’s language without a title', async () => {
    expect(
      component(
        <Details>
          <p>内容</p>
        </Details>,
      ),
    ).toBe(await shortcode('{{% details %}}\n内容\n{{% /details %}}'))
  })
})

describe('Columns', () => {
  it('is {{% columns %}} with <---> between the columns, as <Column>s, widths from the ratio', async () => {
    expect(
      component(
        <Columns ratio="1:2">
          <Column>
            <p>左边</p>
          </Column>
          {'\n'}
          <Column>
            <p>右边</p>
          </Column>
        </Columns>,
      ),
    ).toBe(await shortcode('{{% columns ratio="1:2" %}}\n左边\n<--->\n右边\n{{% /columns %}}'))
  })

  it('is the list form of {{% columns %}}: one column per item, and takes hugo-book’s class', async () => {
    expect(
      component(
        <Columns ratio="2:1" class="wide">
          <ul>
            {'\n'}
            <li>第一列</li>
            {'\n'}
            <li>第二列</li>
            {'\n'}
          </ul>
        </Columns>,
      ),
    ).toBe(await shortcode('{{% columns ratio="2:1" class="wide" %}}\n- 第一列\n- 第二列\n{{% /columns %}}'))
  })
})

describe('Button', () => {
  it('is {{< button >}}: a link with the button’s class, one to another site in a new tab', async () => {
    expect(
      component(
        <p>
          看 <Button href="https://example.org">外部</Button> 吧
        </p>,
      ),
    ).toBe(await shortcode('看 {{< button href="https://example.org" >}}外部{{< /button >}} 吧'))
    expect(
      component(
        <p>
          <Button href="/docs/" className="primary">
            文档
          </Button>
        </p>,
      ),
    ).toBe(await shortcode('{{< button href="/docs/" class="primary" >}}文档{{< /button >}}'))
  })

  it('takes its label out of the paragraph MDX makes of a label on lines of its own', async () => {
    expect(
      component(
        <p>
          <Button href="mailto:a@example.org">
            <p>写信</p>
          </Button>
        </p>,
      ),
    ).toBe(await shortcode('{{< button href="mailto:a@example.org" >}}\n写信\n{{< /button >}}'))
  })
})

describe('Mermaid', () => {
  it('is {{< mermaid >}}: the diagram’s source in pre.mermaid, indentation in common removed', async () => {
    const markdown = await shortcode('{{< mermaid >}}\ngraph LR\n  A --> B\n{{< /mermaid >}}')
    expect(component(<Mermaid>{'\n  graph LR\n    A --> B\n'}</Mermaid>)).toBe(markdown)
  })

  it('reads a source written as Markdown lines, which MDX makes paragraphs of', async () => {
    expect(
      component(
        <Mermaid>
          <p>{'graph LR\nA --> B'}</p>
          {'\n'}
          <p>B --&gt; C</p>
        </Mermaid>,
      ),
    ).toBe(await shortcode('{{< mermaid >}}\ngraph LR\nA --> B\n\nB --> C\n{{< /mermaid >}}'))
  })
})

describe('Katex', () => {
  it('is {{< katex >}}: typeset at build time, inline or as a block', async () => {
    expect(
      component(
        <p>
          面积 <Katex>x^2</Katex>。
        </p>,
      ),
    ).toBe(await shortcode('面积 {{< katex >}}x^2{{< /katex >}}。'))
    expect(component(<Katex display math="\frac{a}{b}" />)).toBe(
      await shortcode('{{< katex display >}}\\frac{a}{b}{{< /katex >}}'),
    )
    expect(component(<Katex display>{'\\sum_{i=1}^n i'}</Katex>)).toBe(
      await shortcode('{{< katex display >}}\n\\sum_{i=1}^n i\n{{< /katex >}}'),
    )
  })

  it('shows a formula KaTeX cannot read as written, with the same warning', async () => {
    const markdown = await shortcode('{{< katex >}}\\frac{{{< /katex >}}')
    const markdownWarnings = warnings.map((warning) => warning.replace(/^warning: [^:]+:\d+: /, ''))
    expect(
      component(
        <p>
          <Katex math="\frac{" />
        </p>,
      ),
    ).toBe(markdown)
    expect(warnings).toEqual(markdownWarnings)
    expect(warnings).toHaveLength(1)
  })
})

describe('Steps', () => {
  it('is {{% steps %}}: the ordered list in div.book-steps', async () => {
    expect(
      component(
        <Steps>
          <ol>
            {'\n'}
            <li>一</li>
            {'\n'}
            <li>二</li>
            {'\n'}
          </ol>
        </Steps>,
      ),
    ).toBe(await shortcode('{{% steps %}}\n1. 一\n2. 二\n{{% /steps %}}'))
  })
})
