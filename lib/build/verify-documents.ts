import type { ContentSources } from '../content/sources'
import { ContentError } from '../diagnostics/content-error'
import type { PageDocument } from '../site/documents'
import { stagedPath } from './stage'

/**
 * After `contentlayer2 build`: every page of the sources must be a document. contentlayer only
 * warns when it skips a file or a computed field throws; here that stops the build, naming the file.
 */
export function missingDocuments(
  sources: Pick<ContentSources, 'pages'>,
  documents: readonly Pick<PageDocument, '_raw'>[],
): ContentError[] {
  const built = new Set(documents.map((doc) => doc._raw.sourceFilePath))
  return sources.pages
    .filter((page) => !built.has(stagedPath(page.filePath)))
    .map(
      (page) =>
        new ContentError({
          file: page.displayPath,
          line: 1,
          message: 'was read but contentlayer2 made no page of it (its own message is printed above)',
          hint: 'fix what that message names in this file; if it names nothing here, run the build again with CL_DEBUG=1 and report the output',
        }),
    )
}
