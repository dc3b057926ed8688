/**
 * A problem that stops the build, as the build prints it: where it is (`path:line`,
 * `path:line:column`, or a file alone), what is wrong and what to do. A ContentError is one;
 * the plain value crosses from a render worker to the build, and from `npm run dev` to the page
 * it serves (lib/site/dev-errors.ts), so that the terminal and the page say the same words.
 */
export interface Problem {
  readonly where: string
  readonly message: string
  readonly hint?: string | undefined
}

/** `path:line: message` then the fix, the way compilers print it. */
export function formatProblem(problem: Problem): string {
  return `${problem.where}: ${problem.message}${problem.hint ? `\n  fix: ${problem.hint}` : ''}`
}

/** The problem as plain data (a ContentError's class, stack and own fields left behind). */
export function plainProblem(problem: Problem): Problem {
  return {
    where: problem.where,
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  }
}
