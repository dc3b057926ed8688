/**
 * A content file that becomes a page: Markdown (`.md`, `.markdown`, as Hugo) or MDX (`.mdx`:
 * Markdown with React components, this book's own; lib/mdx/).
 */
export const PAGE_FILE = /\.(md|markdown|mdx)$/i

export const isMdxFile = (filePath: string) => /\.mdx$/i.test(filePath)
