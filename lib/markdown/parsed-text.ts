import type { VFile } from 'vfile'

/**
 * The text a tree's positions point into. A page is parsed from its preprocessed text
 * (shortcodes turned into markers, remarkPreprocess), not from the file's own text; a
 * shortcode's inner Markdown is parsed as it is handed in.
 */
export function parsedText(file: VFile): string {
  const value = String(file.value ?? '')
  const data = file.data.shortcodes
  return data && data.source === value ? data.expansion.text : value
}
