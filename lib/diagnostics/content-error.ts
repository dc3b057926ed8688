import { formatProblem, type Problem } from './problem'

/**
 * An error in an author's content: it names the file, the line (when known),
 * what is wrong and what to do. The build prints `format()` and stops.
 */
export class ContentError extends Error implements Problem {
  readonly file: string
  readonly line: number | undefined
  readonly hint: string | undefined

  constructor(options: { file: string; line?: number; message: string; hint?: string }) {
    super(options.message)
    this.name = 'ContentError'
    this.file = options.file
    this.line = options.line
    this.hint = options.hint
  }

  /** `path:line`, or the file alone when the line is not known. */
  get where(): string {
    return this.line === undefined ? this.file : `${this.file}:${this.line}`
  }

  /** `path:line: message` then the fix, the way compilers print it. */
  format(): string {
    return formatProblem(this)
  }
}

export function isContentError(value: unknown): value is ContentError {
  return value instanceof Error && value.name === 'ContentError' && 'file' in value
}
