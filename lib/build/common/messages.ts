/**
 * The build's own sentences, in one place: what it says when it stops and how it counts.
 * Each stop names what went wrong and says that nothing was written (the previous output is
 * kept; see safe-output.ts). Authors' problems themselves are ContentErrors, printed above these.
 */

/** `1 file`, `3 files`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

export function missingContentFolder(contentDir: string, hugoSite: boolean): string {
  return `Content folder ${contentDir} does not exist. Set CONTENT_DIR to a Hugo content folder${hugoSite ? ' or contentDir in the Hugo configuration' : ''}, or create ./content.`
}

export const STOP = {
  config: 'The build stopped: the Hugo site configuration above could not be read. Nothing was written.',
  content: (problems: number) =>
    `The build stopped: ${counted(problems, 'problem')} in the content (listed above). Nothing was written.`,
  documents: (pages: number) =>
    `The build stopped: ${counted(pages, 'page')} missing from contentlayer2's output (listed above). Nothing was written.`,
  strict: (warnings: number) =>
    `The build stopped: --strict turns the ${counted(warnings, 'warning')} above into errors. Nothing was written.`,
  render: 'The build stopped: the pages above could not be rendered. Nothing was written.',
  secure: (reason: string) => `Securing the export failed: ${reason}`,
  search: (reason: string) => `Writing the search index failed: ${reason}. Nothing was written.`,
  tool: (command: string, args: readonly string[], code: number | string | null) =>
    `${command} ${args.join(' ')} failed (exit code ${code}).`,
}

/** Said after a stop under `npm run dev`, which serves the last good build meanwhile. */
export const DEV_KEPT = 'The pages stay as they were until this is fixed.'
