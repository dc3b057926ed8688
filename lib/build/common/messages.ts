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

/** The file system's errors a publish meets, in words. */
const FILE_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
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
  publish: (target: string, error: NodeJS.ErrnoException) =>
    `The build stopped: the new site could not be written beside ${target} (${FILE_ERRORS[error.code ?? ''] ?? error.message}). ${target} is as it was; ${error.code === 'ENOSPC' || error.code === 'EDQUOT' ? 'free space on its disk' : 'make its folder writable'}, or set OUT_DIR to a folder elsewhere.`,
  interrupted: (signal: string, outDir: string, published: boolean) =>
    published
      ? `The build was stopped (${signal}) once the new site was in ${outDir}/.`
      : `The build was stopped (${signal}); ${outDir}/ is as it was.`,
  tool: (command: string, args: readonly string[], code: number | string | null) =>
    `${command} ${args.join(' ')} failed (exit code ${code}).`,
}

/** Said after a stop under `npm run dev`, which serves the last good build meanwhile. */
export const DEV_KEPT = 'The pages stay as they were until this is fixed.'
