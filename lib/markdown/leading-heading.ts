/**
 * Splits off the heading a body opens with (any level), so the page can show it as its
 * title, with the metadata line between the title and the text. Its id goes with it: the
 * page's title element keeps the id Hugo gives the heading (`/page/#数据结构` lands on it);
 * its `#` link does not (a title has none). The site model says when the opening heading
 * is the title (`startsWithHeading`, lib/content/title-heading.ts).
 */
export function splitLeadingHeading(html: string): { headingHtml: string; id?: string; rest: string } | undefined {
  const match = /^\s*<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/.exec(html)
  if (!match) return undefined
  const id = /\sid="([^"]*)"/.exec(match[2]!)?.[1]
  const headingHtml = match[3]!.replace(/<a class="heading-anchor"[^>]*>[^<]*<\/a>\s*$/, '')
  return { headingHtml, ...(id ? { id: decodeAttribute(id) } : {}), rest: html.slice(match[0].length) }
}

/** The attribute as written by rehype-stringify: `&#x26;` and `&#x22;` (or named forms) back to characters. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
