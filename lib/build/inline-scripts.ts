import { createHash } from 'node:crypto'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

/** Where the moved scripts are published: under /_next/static/, so cached as a hashed asset. */
export const INLINE_SCRIPT_DIR = '/_next/static/inline/'

export interface ExternalizedPage {
  html: string
  /** The page's moved scripts as one file, when it had any: its URL path and content. */
  script?: { path: string; content: string }
}

/** Script types a browser runs; anything else (JSON-LD, templates) is data and may stay inline. */
const RUNNABLE = /^(?:|text\/javascript|application\/javascript|module)$/i

/**
 * Next's static HTML carries inline scripts (the RSC payload `self.__next_f.push(…)`, different
 * on every page), which a Content-Security-Policy without 'unsafe-inline' would block. This
 * moves every runnable inline script except those `keep` accepts (the theme bootstrap, allowed
 * by its hash) into one content-named file, loaded by a `<script src>` where the first of them
 * stood: same order, same blocking behaviour — they ran one after another before too.
 *
 * The HTML is read by a real HTML parser (parse5, as browsers parse it), never by a regular
 * expression: `<script>` written inside an attribute or a comment is not a script and must not
 * become one. The page is otherwise left byte for byte as it was. `basePath`: the path the
 * export is served under (`/repo`), as Next's own script URLs carry it.
 */
export function externalizeInlineScripts(html: string, keep: (text: string) => boolean, basePath = ''): ExternalizedPage {
  const moved: { start: number; end: number; text: string }[] = []
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'script' || node.properties['src'] !== undefined) return
    if (!RUNNABLE.test(String(node.properties['type'] ?? '').trim())) return
    const text = toString(node)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (keep(text)) return
    if (start === undefined || end === undefined) throw new Error('an inline script without a position in the HTML')
    moved.push({ start, end, text })
  })
  if (moved.length === 0) return { html }
  // A separate statement each, as separate scripts were: `a()\n(b)` would otherwise call a's result.
  const content = moved.map(({ text }) => `${text}\n;`).join('\n')
  const path = `${INLINE_SCRIPT_DIR}${createHash('sha256').update(content).digest('hex').slice(0, 20)}.js`
  let result = ''
  let from = 0
  moved.forEach(({ start, end }, index) => {
    // The file sits in the export at `path`; the page asks for it under the site's base path.
    result += html.slice(from, start) + (index === 0 ? `<script src="${basePath}${path}"></script>` : '')
    from = end
  })
  result += html.slice(from)
  return { html: result, script: { path, content } }
}
