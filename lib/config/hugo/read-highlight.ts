/**
 * Hugo's markup.highlight, for code blocks highlighted by Shiki (lib/markdown/code-blocks.ts):
 * lineNos and lineNoStart number the lines (lineNumbersInTable only changes Hugo's markup: here
 * the numbers are never copied with the code, as in Hugo's table form), style picks the nearest
 * Shiki theme. noClasses = false asks for the site's own Chroma style sheet, which is not used.
 */
import type { HighlightConfig, SiteConfigInput } from '../site-config'
import type { Reader } from './reader'

/**
 * Chroma's styles and the Shiki theme nearest to each (light, dark). A style with a light and a
 * dark Shiki variant gets both, so the code follows the reader's colour scheme; any other
 * style is one palette, in both schemes, as Hugo shows it.
 */
const CHROMA_TO_SHIKI: Record<string, [light: string, dark: string]> = {
  github: ['github-light', 'github-dark'],
  'github-dark': ['github-dark', 'github-dark'],
  monokai: ['monokai', 'monokai'],
  monokailight: ['one-light', 'one-light'],
  dracula: ['dracula', 'dracula'],
  nord: ['nord', 'nord'],
  onedark: ['one-dark-pro', 'one-dark-pro'],
  'doom-one': ['one-dark-pro', 'one-dark-pro'],
  'doom-one2': ['one-dark-pro', 'one-dark-pro'],
  'solarized-dark': ['solarized-dark', 'solarized-dark'],
  'solarized-dark256': ['solarized-dark', 'solarized-dark'],
  'solarized-light': ['solarized-light', 'solarized-light'],
  gruvbox: ['gruvbox-dark-medium', 'gruvbox-dark-medium'],
  'gruvbox-light': ['gruvbox-light-medium', 'gruvbox-light-medium'],
  'catppuccin-latte': ['catppuccin-latte', 'catppuccin-latte'],
  'catppuccin-frappe': ['catppuccin-frappe', 'catppuccin-frappe'],
  'catppuccin-macchiato': ['catppuccin-macchiato', 'catppuccin-macchiato'],
  'catppuccin-mocha': ['catppuccin-mocha', 'catppuccin-mocha'],
  'rose-pine': ['rose-pine', 'rose-pine'],
  'rose-pine-dawn': ['rose-pine-dawn', 'rose-pine-dawn'],
  'rose-pine-moon': ['rose-pine-moon', 'rose-pine-moon'],
  vs: ['light-plus', 'light-plus'],
  vulcan: ['dark-plus', 'dark-plus'],
  'modus-operandi': ['github-light-high-contrast', 'github-light-high-contrast'],
  'modus-vivendi': ['github-dark-high-contrast', 'github-dark-high-contrast'],
}

export function readHighlight(reader: Reader): SiteConfigInput {
  const highlight: Partial<HighlightConfig> = {}
  const base = 'markup.highlight'
  const lineNumbers = reader.flag(`${base}.linenos`)
  if (lineNumbers !== undefined) highlight.lineNumbers = lineNumbers
  reader.flag(`${base}.linenumbersintable`)
  const start = reader.text(`${base}.linenostart`)
  if (start !== undefined && /^\d+$/.test(start)) highlight.lineNumberStart = Number(start)
  else if (start !== undefined)
    reader.warn(`${base}.linenostart`, `expected a whole number, found ${JSON.stringify(start)}; not used`)
  const style = reader.text(`${base}.style`)
  if (style !== undefined) {
    const themes = CHROMA_TO_SHIKI[style.toLowerCase()]
    if (themes) highlight.themes = { light: themes[0], dark: themes[1] }
    else
      reader.warn(
        `${base}.style`,
        `the Chroma style ${JSON.stringify(style)} has no Shiki theme here; code keeps github-light / github-dark (styles followed: ${Object.keys(CHROMA_TO_SHIKI).join(', ')})`,
      )
  }
  if (reader.flag(`${base}.noclasses`) === false) {
    reader.warn(
      `${base}.noclasses`,
      'false asks for a Chroma style sheet of the site; Shiki colours the code itself, and such a style sheet is not used',
    )
  }
  return Object.keys(highlight).length > 0 ? { highlight } : {}
}
