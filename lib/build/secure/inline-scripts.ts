import { createHash } from 'node:crypto'
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { elidePrerenderedHtml } from './flight-payload'
import { policyMeta, policyMetaOffset } from './policy-meta'

/** Where the moved scripts are published: under /_next/static/, so cached as a hashed asset. */
export const INLINE_SCRIPT_DIR = '/_next/static/inline/'

export interface ExternalizedPage {
  html: string
  /** The page's moved scripts as one file, when it had any: its URL path and content. */
  script?: { path: string; content: string }
  /** Its payload did not read as the rows the build knows: the article was not cut out of it (flight-payload.ts). */
  unreadable?: boolean
}

/** Script types a browser runs; anything else (JSON-LD, templates) is data and may stay inline. */
const RUNNABLE = /^(?:|text\/javascript|application\/javascript|module)$/i

/**
 * Next's static HTML carries inline scripts (the RSC payload `self.__next_f.push(…)`, different
 * on every page), which a Content-Security-Policy without 'unsafe-inline' would block. This
 * moves every runnable inline script except those `keep` accepts (the theme bootstrap, allowed
 * by its hash) into one content-named file, loaded by a `<script src>` where the first of them
 * stood: same order, same blocking behaviour — they ran one after another before too. The
 * article, which the HTML holds, is cut out of the RSC payload on the way (flight-payload.ts).
 *
 * The HTML is read by a real HTML parser (parse5, as browsers parse it), never by a regular
 * expression: `<script>` written inside an attribute or a comment is not a script and must not
 * become one. parse5's own tree is walked (4× faster than converting it to hast, which a
 * thousand-page book felt). The page is otherwise left byte for byte as it was. `basePath`: the path the
 * export is served under (`/repo`), as Next's own script URLs carry it. `policy`: a
 * Content-Security-Policy the page then carries in a `<meta>` first in its head (policy-meta.ts),
 * for hosts that send no headers; written in the same pass, the page parsed once.
 */
export function externalizeInlineScripts(
  html: string,
  keep: (text: string) => boolean,
  options: { basePath?: string; policy?: string } = {},
): ExternalizedPage {
  const { basePath = '', policy } = options
  const document = parse(html, { sourceCodeLocationInfo: true })
  const meta = policy === undefined ? undefined : { at: policyMetaOffset(document), markup: policyMeta(policy) }
  const moved: { start: number; end: number; text: string }[] = []
  for (const node of scriptElements(document)) {
    const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value
    if (attribute('src') !== undefined) continue
    if (!RUNNABLE.test((attribute('type') ?? '').trim())) continue
    const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')
    if (keep(text)) continue
    const location = node.sourceCodeLocation
    if (!location) throw new Error('an inline script without a position in the HTML')
    moved.push({ start: location.startOffset, end: location.endOffset, text })
  }
  const edits = meta ? [{ start: meta.at, end: meta.at, text: meta.markup }] : []
  if (moved.length === 0) return { html: edited(html, edits) }
  // A separate statement each, as separate scripts were: `a()\n(b)` would otherwise call a's result.
  const payload = elidePrerenderedHtml(moved.map(({ text }) => text))
  const content = payload.scripts.map((text) => `${text}\n;`).join('\n')
  const path = `${INLINE_SCRIPT_DIR}${createHash('sha256').update(content).digest('hex').slice(0, 20)}.js`
  // The file sits in the export at `path`; the page asks for it under the site's base path, where the first script stood.
  moved.forEach(({ start, end }, index) =>
    edits.push({ start, end, text: index === 0 ? `<script src="${basePath}${path}"></script>` : '' }),
  )
  return {
    html: edited(html, edits),
    script: { path, content },
    ...(payload.unreadable ? { unreadable: true } : {}),
  }
}

/** `html` with each range replaced by its text; ranges do not overlap. */
function edited(html: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let result = ''
  let from = 0
  for (const { start, end, text } of [...edits].sort((a, b) => a.start - b.start)) {
    result += html.slice(from, start) + text
    from = end
  }
  return result + html.slice(from)
}

/** The document's `<script>` elements in document order (a `<template>`'s inert content is not walked). */
function* scriptElements(node: DefaultTreeAdapterTypes.ParentNode): Generator<DefaultTreeAdapterTypes.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    if (child.tagName === 'script') yield child
    yield* scriptElements(child)
  }
}
