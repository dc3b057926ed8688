/**
 * Splits off the `<h1>` a body opens with, so the page can put its metadata line
 * between the title and the text. The pipeline's page data says when there is one.
 */
export function splitLeadingHeading(html: string): { headingHtml: string; rest: string } | undefined {
  const match = /^\s*<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)
  if (!match) return undefined
  return { headingHtml: match[1]!, rest: html.slice(match[0].length) }
}
