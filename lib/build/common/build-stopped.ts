import type { Problem } from '../../diagnostics/problem'

/** A build that stopped: what to say, and the problems (each naming file and line) to print above it. */
export class BuildStopped extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message)
    this.name = 'BuildStopped'
  }
}
