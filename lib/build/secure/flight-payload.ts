import { PRERENDERED_MARK } from '../../formats/prerendered-html'

/**
 * Next's page payload (the RSC rows React hydrates from) is Next's private format: what is read
 * here is known to work with the Next versions in KNOWN_NEXT (16.4). A payload that does not read
 * as those rows is left whole, and the build says how many pages it left so (the secure step);
 * test/build/next-payload.test.ts fails when a real `next build` gives pages whose article was
 * not cut: look at the rows of the new version and update elideRows before widening the range.
 */
export const KNOWN_NEXT = /^16\.4\./

/** One piece of the RSC payload as Next writes it into a static page: `self.__next_f.push([1,"…"])`. */
const CHUNK_START = 'self.__next_f.push([1,'
const CHUNK_END = '])'
const MARK = Buffer.from(PRERENDERED_MARK)

/** The JSON string a piece of the payload pushes, or undefined for another script (read without a regular expression: a page may be megabytes). */
function flightChunk(script: string): string | undefined {
  const text = script.trim()
  if (!text.startsWith(CHUNK_START) || !text.endsWith(CHUNK_END)) return undefined
  try {
    const value: unknown = JSON.parse(text.slice(CHUNK_START.length, -CHUNK_END.length))
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

export interface ElidedPayload {
  scripts: string[]
  /** The payload holds the mark but does not read as the rows this build knows: it was left whole. */
  unreadable: boolean
}

/**
 * The page's inline scripts with every text row of the RSC payload that starts with the
 * prerendered mark cut down to the mark (lib/formats/prerendered-html.ts): the HTML the page
 * hydrates from already holds that text. The payload's pieces are joined into the first one
 * (a text row may run across pieces; they ran one after another anyway). Anything the reader
 * cannot account for row by row is left as it was, and said so (`unreadable`).
 */
export function elidePrerenderedHtml(scripts: readonly string[]): ElidedPayload {
  const chunks = scripts.map(flightChunk)
  const first = chunks.findIndex((chunk) => chunk !== undefined)
  if (first < 0) return { scripts: [...scripts], unreadable: false }
  const payload = Buffer.from(chunks.filter((chunk) => chunk !== undefined).join(''))
  const elided = elideRows(payload)
  if (elided === 'unreadable') return { scripts: [...scripts], unreadable: payload.includes(MARK) }
  if (!elided) return { scripts: [...scripts], unreadable: false }
  const joined = `self.__next_f.push([1,${JSON.stringify(elided.toString('utf8'))}])`
  return {
    scripts: scripts.flatMap((script, i) => (i === first ? [joined] : chunks[i] !== undefined ? [] : [script])),
    unreadable: false,
  }
}

/**
 * RSC rows are `id:value\n`, except text rows `id:T<byte length in hex>,<text>`, which carry
 * their length instead of an end. Returns the rows with the marked texts cut, undefined when
 * none was marked, 'unreadable' when the payload does not read as rows to the end.
 */
function elideRows(payload: Buffer): Buffer | 'unreadable' | undefined {
  const parts: Buffer[] = []
  let changed = false
  let at = 0
  while (at < payload.length) {
    const colon = payload.indexOf(':', at)
    if (colon < 0 || !/^[0-9a-f]*$/.test(payload.toString('latin1', at, colon))) return 'unreadable'
    if (payload[colon + 1] === 0x54 /* T */) {
      const comma = payload.indexOf(',', colon)
      const hex = payload.toString('latin1', colon + 2, comma)
      if (comma < 0 || !/^[0-9a-f]+$/.test(hex)) return 'unreadable'
      const start = comma + 1
      const end = start + parseInt(hex, 16)
      if (end > payload.length) return 'unreadable'
      const text = payload.subarray(start, end)
      if (text.subarray(0, MARK.length).equals(MARK) && text.length > MARK.length) {
        parts.push(payload.subarray(at, colon + 1), Buffer.from(`T${MARK.length.toString(16)},`), MARK)
        changed = true
      } else parts.push(payload.subarray(at, end))
      at = end
    } else {
      const newline = payload.indexOf('\n', colon)
      if (newline < 0) return 'unreadable'
      parts.push(payload.subarray(at, newline + 1))
      at = newline + 1
    }
  }
  return changed ? Buffer.concat(parts) : undefined
}
