/**
 * A URL as a reader can read it: `https://example.org/docs/llm/#%E5%A4%A7%E6%A8%A1%E5%9E%8B`
 * → `https://example.org/docs/llm/#大模型`. Browsers take the readable form and encode it
 * again, so it leads to the same place. Only escapes of non-ASCII characters are decoded:
 * an escaped ASCII character (`%20`, `%25`, `%23` in a hash, `%2F` in a segment, `%3C`) is
 * escaped for a reason — it would end the URL where it is pasted or change what it means.
 * White space (U+3000, no-break space), control and invisible format characters (bidi marks
 * could disguise the link) stay escaped too, and so do bytes that are not UTF-8.
 */
export function readableUrl(href: string): string {
  return href.replace(NON_ASCII_UTF8, (escapes) => {
    let character: string
    try {
      character = decodeURIComponent(escapes)
    } catch {
      return escapes // an overlong form or a surrogate: not a character
    }
    return KEEP_ENCODED.test(character) ? escapes : character
  })
}

/** One character of two to four UTF-8 bytes, percent-encoded: a lead byte and its continuation bytes. */
const NON_ASCII_UTF8 = /%[cd][\da-f]%[89ab][\da-f]|%e[\da-f](?:%[89ab][\da-f]){2}|%f[0-4](?:%[89ab][\da-f]){3}/gi

// \s: Unicode spaces; \p{C}: controls, format characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF), private use, unassigned.
const KEEP_ENCODED = /^[\s\p{C}]$/u
