// Chinese readers take in about 400 characters a minute; English about 200 words.
const CJK_PER_MINUTE = 400
const WORDS_PER_MINUTE = 200
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/** Minutes to read, counting Chinese by characters and other scripts by words; at least 1. */
export function readingMinutes(plainText: string): number {
  const cjkCharacters = plainText.match(CJK)?.length ?? 0
  const words = plainText.replace(CJK, ' ').match(WORD)?.length ?? 0
  return Math.max(1, Math.round(cjkCharacters / CJK_PER_MINUTE + words / WORDS_PER_MINUTE))
}
