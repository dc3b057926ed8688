/**
 * Token colours a reader can read: a Shiki theme's colours are the theme's, not checked against
 * WCAG (github-light's orange `#E36209` on white is 3.6:1; several of github-dark's greys fall
 * short on its background). Each token's colour is moved, hue kept, only as far as the contrast
 * with its block's background needs: 4.5:1 (WCAG AA for text), as Expressive Code does for
 * Starlight. Colours that already pass are left exactly as the theme has them.
 */
import type { RehypeShikiOptions } from '@shikijs/rehype'
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

type ShikiTransformer = NonNullable<RehypeShikiOptions['transformers']>[number]

export const MINIMUM_CONTRAST = 4.5

type Rgb = [number, number, number]

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` as 0–255 channels and alpha 0–1; undefined for anything else. */
function parseHex(color: string): { rgb: Rgb; alpha: number } | undefined {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim())?.[1]
  if (!hex) return undefined
  const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex
  const channel = (at: number) => parseInt(full.slice(at, at + 2), 16)
  return { rgb: [channel(0), channel(2), channel(4)], alpha: full.length === 8 ? channel(6) / 255 : 1 }
}

const toHex = (rgb: Rgb) =>
  `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`.toUpperCase()

/** WCAG 2's relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (value: number) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2's contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255]
  const max = Math.max(rn, gn, bn)
  const min = Math.min(rn, gn, bn)
  const lightness = (max + min) / 2
  if (max === min) return [0, 0, lightness]
  const delta = max - min
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min)
  const hue =
    max === rn
      ? ((gn - bn) / delta + (gn < bn ? 6 : 0)) / 6
      : max === gn
        ? ((bn - rn) / delta + 2) / 6
        : ((rn - gn) / delta + 4) / 6
  return [hue, saturation, lightness]
}

function fromHsl([hue, saturation, lightness]: [number, number, number]): Rgb {
  if (saturation === 0) return [lightness * 255, lightness * 255, lightness * 255]
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation
  const p = 2 * lightness - q
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    if (u < 1 / 6) return p + (q - p) * 6 * u
    if (u < 1 / 2) return q
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6
    return p
  }
  return [channel(hue + 1 / 3) * 255, channel(hue) * 255, channel(hue - 1 / 3) * 255]
}

/**
 * The colour as near the given one as can be read on `background` at `minimum` contrast: the same
 * colour when it already is; else its lightness moved away from the background's (hue and
 * saturation kept), no further than needed. A colour with alpha is first laid on the background.
 * Colours that are not hex (a theme's `inherit`) are returned as they are.
 */
export function readableColor(color: string, background: string, minimum = MINIMUM_CONTRAST): string {
  const fore = parseHex(color)
  const back = parseHex(background)
  if (!fore || !back) return color
  const onBackground = fore.rgb.map((value, at) => value * fore.alpha + back.rgb[at]! * (1 - fore.alpha)) as Rgb
  if (contrastRatio(onBackground, back.rgb) >= minimum) return color
  const [hue, saturation, lightness] = toHsl(onBackground)
  const darker = luminance(back.rgb) > 0.18
  const passes = (candidate: number) =>
    contrastRatio(toByte(fromHsl([hue, saturation, candidate])), back.rgb) >= minimum
  // Search the lightness between the colour's and black (on a light background) or white; the
  // colour is written in whole bytes, so each candidate is judged as written.
  let [near, far] = darker ? [lightness, 0] : [lightness, 1]
  for (let step = 0; step < 24; step++) {
    const middle = (near + far) / 2
    if (passes(middle)) far = middle
    else near = middle
  }
  return toHex(toByte(fromHsl([hue, saturation, far])))
}

const toByte = (rgb: Rgb) => rgb.map((value) => Math.round(value)) as Rgb

/** `--shiki-light:#E36209;--shiki-dark:#FFAB70` → { '--shiki-light': '#E36209', … }. */
function styleVariables(style: string): Map<string, string> {
  const variables = new Map<string, string>()
  for (const declaration of style.split(';')) {
    const at = declaration.indexOf(':')
    if (at > 0) variables.set(declaration.slice(0, at).trim(), declaration.slice(at + 1).trim())
  }
  return variables
}

const writeStyle = (variables: Map<string, string>) =>
  [...variables].map(([name, value]) => `${name}:${value}`).join(';')

/**
 * A Shiki transformer (for `defaultColor: false`, which writes each theme's colours as
 * `--shiki-<theme>` variables and its background as `--shiki-<theme>-bg` on the <pre>): every
 * token's colour in each theme made readable on that theme's background.
 */
export function readableTokens(): ShikiTransformer {
  return {
    name: 'readable-token-colours',
    pre(pre: Element) {
      const backgrounds = styleVariables(String(pre.properties['style'] ?? ''))
      visit(pre as unknown as Root, 'element', (node: Element) => {
        if (node.tagName !== 'span' || typeof node.properties['style'] !== 'string') return
        const variables = styleVariables(node.properties['style'])
        let changed = false
        for (const [name, value] of variables) {
          const background = backgrounds.get(`${name}-bg`)
          if (!name.startsWith('--shiki-') || name.endsWith('-bg') || !background) continue
          const readable = readableColor(value, background)
          if (readable !== value) {
            variables.set(name, readable)
            changed = true
          }
        }
        if (changed) node.properties['style'] = writeStyle(variables)
      })
    },
  }
}
