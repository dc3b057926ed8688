/**
 * Splits off the `<h1>` a body opens with, so the page can put its metadata line
 * between the title and the text. Its id goes with it: the page's title element keeps
 * the id Hugo gives the heading (`/page/#数据结构` lands on it). The pipeline's page data
 * says when there is one.
 */
export function splitLeadingHeading(html: string): { headingHtml: string; id?: string; rest: string } | undefined {
  const match = /^\s*<h1\b([^>]*)>([\s\S]*?)<\/h1>/.exec(html)
  if (!match) return undefined
  const id = /\sid="([^"]*)"/.exec(match[1]!)?.[1]
  return { headingHtml: match[2]!, ...(id ? { id: decodeAttribute(id) } : {}), rest: html.slice(match[0].length) }
}

/** The attribute as written by rehype-stringify: `&#x26;` and `&#x22;` (or named forms) back to characters. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
