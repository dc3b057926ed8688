/**
 * Goldmark settings: math passed through between delimiters (Hugo's
 * markup.goldmark.extensions.passthrough) and raw HTML kept (markup.goldmark.renderer.unsafe).
 */
import type { MathConfig, SiteConfigInput } from '../site-config'
import type { Reader } from './reader'

export function readMarkup(reader: Reader): SiteConfigInput {
  const out: SiteConfigInput = {}
  const math = readMath(reader)
  if (math) out.math = math
  const unsafe = reader.flag('markup.goldmark.renderer.unsafe')
  if (unsafe !== undefined) out.unsafeHtml = unsafe
  return out
}

function readMath(reader: Reader): Partial<MathConfig> | undefined {
  const base = 'markup.goldmark.extensions.passthrough'
  const enable = reader.flag(`${base}.enable`)
  const block = readDelimiters(reader, `${base}.delimiters.block`)
  const inline = readDelimiters(reader, `${base}.delimiters.inline`)
  if (enable === undefined && block === undefined && inline === undefined) return undefined
  return { passthrough: enable ?? false, ...(block ? { block } : {}), ...(inline ? { inline } : {}) }
}

/** A list of [open, close] pairs; other entries are left out with a warning. */
function readDelimiters(reader: Reader, lowerPath: string): [string, string][] | undefined {
  const value = reader.get(lowerPath)
  if (value === undefined || value === null) return undefined
  const pairs: unknown[] = Array.isArray(value) ? value : []
  const valid = pairs.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string' && part !== ''))
  if (!Array.isArray(value) || valid.length !== pairs.length) {
    reader.warn(lowerPath, 'expected a list of [open, close] pairs, e.g. [["\\\\(", "\\\\)"]]; the other entries are left out')
  }
  return valid.map(([open, close]) => [open, close])
}
