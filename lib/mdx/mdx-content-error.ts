import { ContentError } from '../diagnostics/content-error'

/**
 * A ContentError at a place in an MDX page: the column too, since one line of MDX holds
 * several tags and expressions. Prints `path:line:column: message`, the way compilers do.
 */
export class MdxContentError extends ContentError {
  readonly column: number | undefined

  constructor(options: { file: string; line?: number; column?: number; message: string; hint?: string }) {
    super(options)
    this.column = options.column
  }

  override get where(): string {
    if (this.line === undefined || this.column === undefined) return super.where
    return `${this.file}:${this.line}:${this.column}`
  }
}
