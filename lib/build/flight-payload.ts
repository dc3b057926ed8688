import { PRERENDERED_MARK } from '../formats/prerendered-html'

/** One piece of the RSC payload as Next writes it into a static page: `self.__next_f.push([1,"…"])`. */
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)$/s
const MARK = Buffer.from(PRERENDERED_MARK)

/**
 * The page's inline scripts with every text row of the RSC payload that starts with the
 * prerendered mark cut down to the mark (lib/formats/prerendered-html.ts): the HTML the page
 * hydrates from already holds that text. The payload's pieces are joined into the first one
 * (a text row may run across pieces; they ran one after another anyway). Anything the reader
 * cannot account for row by row is left as it was.
 */
export function elidePrerenderedHtml(scripts: readonly string[]): string[] {
  const chunks = scripts.map((script) => FLIGHT_CHUNK.exec(script.trim())?.[1])
  const first = chunks.findIndex((chunk) => chunk !== undefined)
  if (first < 0) return [...scripts]
  const flight = chunks.filter((chunk) => chunk !== undefined).map((chunk) => JSON.parse(chunk) as string)
  const elided = elideRows(Buffer.from(flight.join('')))
  if (!elided) return [...scripts]
  const joined = `self.__next_f.push([1,${JSON.stringify(elided.toString('utf8'))}])`
  return scripts.flatMap((script, i) => (i === first ? [joined] : chunks[i] !== undefined ? [] : [script]))
}

/**
 * RSC rows are `id:value\n`, except text rows `id:T<byte length in hex>,<text>`, which carry
 * their length instead of an end. Returns the rows with the marked texts cut, or undefined when
 * none was marked or the payload does not read as rows to the end.
 */
function elideRows(payload: Buffer): Buffer | undefined {
  const parts: Buffer[] = []
  let changed = false
  let at = 0
  while (at < payload.length) {
    const colon = payload.indexOf(':', at)
    if (colon < 0 || !/^[0-9a-f]*$/.test(payload.toString('latin1', at, colon))) return undefined
    if (payload[colon + 1] === 0x54 /* T */) {
      const comma = payload.indexOf(',', colon)
      const hex = payload.toString('latin1', colon + 2, comma)
      if (comma < 0 || !/^[0-9a-f]+$/.test(hex)) return undefined
      const start = comma + 1
      const end = start + parseInt(hex, 16)
      if (end > payload.length) return undefined
      const text = payload.subarray(start, end)
      if (text.subarray(0, MARK.length).equals(MARK) && text.length > MARK.length) {
        parts.push(payload.subarray(at, colon + 1), Buffer.from(`T${MARK.length.toString(16)},`), MARK)
        changed = true
      } else parts.push(payload.subarray(at, end))
      at = end
    } else {
      const newline = payload.indexOf('\n', colon)
      if (newline < 0) return undefined
      parts.push(payload.subarray(at, newline + 1))
      at = newline + 1
    }
  }
  return changed ? Buffer.concat(parts) : undefined
}
