import type { VFile } from 'vfile'

/** The content file being rendered, relative to the content folder (contentlayer puts it on the vfile). */
export function sourcePathOf(file: VFile): string {
  const raw = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData
  return raw?.sourceFilePath ?? file.path ?? 'input.md'
}
