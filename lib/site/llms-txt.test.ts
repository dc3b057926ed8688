import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../test/support/content'
import { markdownFiles } from './llms-txt'
import type { Site } from './site'

/** A small book served under a sub-path, with each of hugo-book's shortcodes on one page. */
const SETTINGS = {
  title: '测试之书',
  description: '一本用来测试的书。',
  baseURL: 'https://example.org/book/',
}

const PAGE_A = `---
title: 第一步
weight: 1
description: 第一步的说明。
---
## 安装 {#install}

先读[第二步](b.md)，再看[外部](https://example.com/x)和[本节](#install)。<!--more-->

{{< hint warning >}}
**注意**事项
{{< /hint >}}

> [!TIP]
> 提醒。

{{< tabs "os" >}}
{{< tab "macOS" >}}
用 \`brew\`。
{{< /tab >}}
{{< tab "Linux" >}}
用 \`apt\`。
{{< /tab >}}
{{< /tabs >}}

{{< details "更多" >}}
折叠的内容。
{{< /details >}}

{{< columns >}}
左栏。
<--->
右栏。
{{< /columns >}}

{{< button relref="b" >}}下一步{{< /button >}}

{{< mermaid >}}
graph LR; A-->B
{{< /mermaid >}}

行内公式 {{< katex >}}x^2{{< /katex >}}。

{{< katex display >}}
E = mc^2
{{< /katex >}}

脚注[^1]。

[^1]: 脚注的内容。
`

const A_MARKDOWN = `# 第一步

> 第一步的说明。

## 安装

先读[第二步](https://example.org/book/docs/guide/b/)，再看[外部](https://example.com/x)和[本节](https://example.org/book/docs/guide/a/#install)。

> [!WARNING]
> **注意**事项

> [!TIP]
> 提醒。

**macOS**

用 \`brew\`。

**Linux**

用 \`apt\`。

**更多**

折叠的内容。

左栏。

右栏。

[下一步](https://example.org/book/docs/guide/b/)

\`\`\`mermaid
graph LR; A-->B
\`\`\`

行内公式 $x^2$。

$$
E = mc^2
$$

脚注[^1]。

[^1]: 脚注的内容。
`

describe('the book as Markdown (llmstxt.org)', () => {
  let site: Site
  let files: Map<string, string>
  beforeAll(async () => {
    const dir = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n欢迎。',
      'docs/_index.md': '---\ntitle: 文档\n---\n',
      'docs/start.md': '---\ntitle: 开始\nweight: 1\n---\n从这里开始。',
      'docs/guide/_index.md': '---\ntitle: 指南\nweight: 2\n---\n{{< section summary >}}',
      'docs/guide/a.md': PAGE_A,
      'docs/guide/b.md':
        '---\ntitle: 第二步\nweight: 2\n---\n# 第二步\n\n![图](pic.png) 和 [上一步](../a/)。\n\n```go\nfmt.Println("hi")\n```',
      'docs/guide/pic.png': 'png',
      'docs/empty/_index.md': '---\ntitle: 空节\nweight: 3\n---\n',
      'docs/empty/c.md': '---\ntitle: 第三步\ndescription: 第三步的说明。\n---\n正文 C。',
      'docs/hidden.md': '---\ntitle: 隐藏页\nbookHidden: true\n---\n隐藏。',
      'docs/draft.md': '---\ntitle: 草稿\ndraft: true\n---\n草稿。',
      'docs/headless/index.md': '---\ntitle: 无头\nheadless: true\n---\n无头。',
    })
    site = await siteFromFolder(dir, SETTINGS)
    files = markdownFiles(site)
  }, 60_000)

  it('writes each page’s Markdown at its URL with index.html.md appended; none for drafts and headless bundles', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        '/index.html.md',
        '/docs/index.html.md',
        '/docs/start/index.html.md',
        '/docs/guide/index.html.md',
        '/docs/guide/a/index.html.md',
        '/docs/guide/b/index.html.md',
        '/docs/empty/index.html.md',
        '/docs/empty/c/index.html.md',
        '/docs/hidden/index.html.md',
        '/llms.txt',
        '/llms-full.txt',
      ].sort(),
    )
  })

  it('writes the shortcodes as Markdown, the title and description on top, every address absolute', () => {
    expect(files.get('/docs/guide/a/index.html.md')).toBe(A_MARKDOWN)
  })

  it('keeps a code block’s text in a fence, an image where the page shows it from, and the title once', () => {
    expect(files.get('/docs/guide/b/index.html.md')).toBe(
      [
        '# 第二步',
        '',
        '![图](https://example.org/book/docs/guide/pic.png) 和 [上一步](https://example.org/book/docs/guide/a/)。',
        '',
        '```go',
        'fmt.Println("hi")',
        '```',
        '',
      ].join('\n'),
    )
  })

  it('writes hugo-book’s section list, and an empty section’s pages, as links with their summaries', () => {
    expect(files.get('/docs/guide/index.html.md')).toBe(
      [
        '# 指南',
        '',
        '- [第一步](https://example.org/book/docs/guide/a/): 第一步的说明。',
        '- [第二步](https://example.org/book/docs/guide/b/): 和 上一步。 fmt.Println("hi")',
        '',
      ].join('\n'),
    )
    expect(files.get('/docs/empty/index.html.md')).toBe(
      ['# 空节', '', '- [第三步](https://example.org/book/docs/empty/c/): 第三步的说明。', ''].join('\n'),
    )
  })

  it('writes llms.txt: the title, the description, the home page, then the menu’s sections in menu order', () => {
    expect(files.get('/llms.txt')).toBe(
      [
        '# 测试之书',
        '',
        '> 一本用来测试的书。',
        '',
        '- [首页](https://example.org/book/index.html.md)',
        '- [开始](https://example.org/book/docs/start/index.html.md)',
        '',
        '## 指南',
        '',
        '- [指南](https://example.org/book/docs/guide/index.html.md)',
        '- [第一步](https://example.org/book/docs/guide/a/index.html.md)',
        '- [第二步](https://example.org/book/docs/guide/b/index.html.md)',
        '',
        '## 空节',
        '',
        '- [第三步](https://example.org/book/docs/empty/c/index.html.md)',
        '',
        '## Optional',
        '',
        '- [文档](https://example.org/book/docs/index.html.md)',
        '- [隐藏页](https://example.org/book/docs/hidden/index.html.md)',
        '',
      ].join('\n'),
    )
  })

  it('writes llms-full.txt: every page’s Markdown, in llms.txt’s order', () => {
    const full = files.get('/llms-full.txt')!
    const titles = [...full.matchAll(/^# (.+)$/gm)].map((match) => match[1])
    expect(titles).toEqual(['首页', '开始', '指南', '第一步', '第二步', '空节', '第三步', '文档', '隐藏页'])
    expect(full).toContain(A_MARKDOWN)
  })

  it('writes the same bytes when made again', () => {
    expect(markdownFiles(site)).toEqual(files)
  })
})
