/**
 * Whether the heading a body opens with is the page's title. Then the page shows it once,
 * as its H1 (which keeps the heading's id, so `/docs/llm/#大模型` still lands), and the ToC
 * leaves it out. A `#` heading always is: it is the title when front matter has none, and a
 * page that opens with one shows it as its H1. A heading of another level is when its text
 * is the title's (`title: 大模型` over `## 大模型`). hugo-book shows such a page's title twice;
 * a first heading that says something else stays where it is.
 */
export function opensWithTitle(opening: { level: number; text: string } | undefined, title: string): boolean {
  if (opening === undefined) return false
  return opening.level === 1 || sameTitleText(opening.text, title)
}

/**
 * Two titles read the same: compared after NFKC (full-width `ＡＩ` is `AI`), with runs of
 * white space as one space, ends trimmed, a trailing `#` or `¶` mark dropped, and case folded.
 */
export function sameTitleText(a: string, b: string): boolean {
  const normalized = normalizeTitle(a)
  return normalized !== '' && normalized === normalizeTitle(b)
}

function normalizeTitle(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/[\s#¶§]+$/u, '')
    .trim()
    .toLowerCase()
}
