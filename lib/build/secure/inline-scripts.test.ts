import { describe, expect, it } from 'vitest'
import { externalizeInlineScripts, INLINE_SCRIPT_DIR } from './inline-scripts'

const THEME = 'document.documentElement.classList.add("js")'
const keepTheme = (text: string) => text === THEME

const page = (body: string) =>
  `<!DOCTYPE html><html><head><script>${THEME}</script><script src="/_next/static/chunks/a.js" async=""></script></head><body>${body}</body></html>`

describe('externalizeInlineScripts', () => {
  it('moves the other inline scripts, in order, into one file loaded where the first one was', () => {
    const html = page(
      '<main>正文</main><script id="_R_">one()</script><script src="/_next/static/chunks/b.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script>',
    )
    const { html: out, script } = externalizeInlineScripts(html, keepTheme)
    expect(script!.path).toMatch(new RegExp(`^${INLINE_SCRIPT_DIR}[0-9a-f]{20}\\.js$`))
    expect(script!.content).toBe(
      'one()\n;\n(self.__next_f=self.__next_f||[]).push([0])\n;\nself.__next_f.push([1,"x"])\n;',
    )
    expect(out).toBe(
      page(
        `<main>正文</main><script src="${script!.path}"></script><script src="/_next/static/chunks/b.js" async=""></script>`,
      ),
    )
  })

  it('keeps the scripts allowed by hash, external scripts and data blocks where they are', () => {
    const html = page('<script type="application/ld+json">{"@type":"Article"}</script>')
    expect(externalizeInlineScripts(html, keepTheme)).toEqual({ html })
  })

  it('names the file by its content: the same scripts give the same file', () => {
    const a = externalizeInlineScripts(page('<script>a()</script>'), keepTheme)
    const b = externalizeInlineScripts(page('<p>另一页</p><script>a()</script>'), keepTheme)
    const c = externalizeInlineScripts(page('<script>c()</script>'), keepTheme)
    expect(a.script!.path).toBe(b.script!.path)
    expect(c.script!.path).not.toBe(a.script!.path)
  })

  it('does not take script-like text in attributes, comments or escaped text for a script', () => {
    const body =
      '<img alt="<script>alert(1)</script>" src="/a.png"><!-- <script>alert(2)</script> --><p>&lt;script&gt;alert(3)&lt;/script&gt;</p><textarea><script>alert(4)</script></textarea>'
    const { html, script } = externalizeInlineScripts(page(body + '<script>real()</script>'), keepTheme)
    expect(script!.content).toBe('real()\n;')
    expect(html).toContain(body)
  })
})
