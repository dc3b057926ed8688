import { ContentError } from '../diagnostics/content-error'

/** UTF-8 text, or an error naming the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    let line = 1
    const decoder = new TextDecoder('utf-8', { fatal: true })
    let start = 0
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 10) {
        try {
          decoder.decode(bytes.subarray(start, index))
        } catch {
          break
        }
        line++
        start = index + 1
      }
    }
    throw new ContentError({ file, line, message: 'is not valid UTF-8 text', hint: 'save the file as UTF-8 (most editors offer "Save with encoding")' })
  }
}
