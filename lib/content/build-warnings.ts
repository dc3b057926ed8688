/**
 * Warnings for authors (a missing image, a broken link): printed as `path:line: message`
 * with the fix, like errors, but the build goes on.
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

export function reportWarning(warning: BuildWarning): void {
  console.warn(formatWarning(warning))
}
