/**
 * Warnings for authors (a missing image, a broken link): printed as `path:line: message`
 * with the fix, like errors, but the build goes on. They are values: the Markdown chain puts a
 * page's on its render (lib/markdown/source.ts), its document keeps them (so a build that keeps
 * the page reports them again), and the build prints and counts them (lib/build/build.ts).
 */
export interface BuildWarning {
  file: string
  line?: number
  message: string
  hint?: string
}

export function formatWarning(warning: BuildWarning): string {
  const where = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`
  return `warning: ${where}: ${warning.message}${warning.hint ? `\n  fix: ${warning.hint}` : ''}`
}
