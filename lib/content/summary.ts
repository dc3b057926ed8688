const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
// One CJK character, one word of another script, or any other single character.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+|./gsu

/**
 * The opening of a text, cut at about `maxCjk` Chinese characters or `maxWords` words
 * (Hugo's summary length is 70 words), ending on a sentence end when one is near, else "…".
 */
export function summarize(text: string, maxCjk = 120, maxWords = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  let budget = 0
  let cut = clean.length
  for (const match of clean.matchAll(TOKEN)) {
    const token = match[0]
    budget += CJK.test(token) ? token.length / maxCjk : /[\p{L}\p{N}]/u.test(token) ? 1 / maxWords : 0
    if (budget > 1) {
      cut = match.index
      break
    }
  }
  if (cut >= clean.length) return clean
  const head = clean.slice(0, cut)
  const sentenceEnd = Math.max(...['。', '！', '？', '. ', '! ', '? '].map((mark) => head.lastIndexOf(mark)))
  if (sentenceEnd > cut * 0.6) return head.slice(0, sentenceEnd + 1).trim()
  return `${head.trimEnd()}…`
}
