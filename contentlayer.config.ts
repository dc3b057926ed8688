import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import { STAGED_CONTENT, stagedPath, stagedSourcesReader } from './lib/build/stage'
import { loadBuildContext } from './lib/site/settings'
import { createMarkdownProcessor, type MarkdownProcessor } from './lib/markdown/pipeline'
import { renderPage } from './lib/site/page-record'
import { markdownOptionsFor } from './lib/site/render-site'
import { loadSiteShortcodes } from './lib/site/shortcode-modules'

/*
 * contentlayer2 is the typed-document layer: one document per page, with one computed field,
 * the page's record (lib/site/page-record.ts), a pure function of the document's body and the
 * source step's records. It reads the staged bodies in .book/content/ (lib/build/stage.ts), never
 * the author's files: their front matter is read once, by lib/content/sources.ts, as Hugo reads it.
 */
const context = loadBuildContext()
const { config } = context
const sources = stagedSourcesReader(process.cwd(), { basePath: config.basePath })
// Made once, after the site's own shortcode modules (shortcodes/*.tsx) have loaded; a module that does not load fails every page.
let processor: Promise<MarkdownProcessor> | undefined
const markdownProcessor = () =>
  (processor ??= loadSiteShortcodes(context, (filePath) => sources().byStagedPath.get(stagedPath(filePath))).then((shortcodes) => createMarkdownProcessor(markdownOptionsFor(config, shortcodes))))

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: '**/*.md',
  contentType: 'markdown',
  fields: {},
  computedFields: {
    page: {
      type: 'json',
      description: 'SitePage (lib/site/site.ts): the source record and the rendered body',
      resolve: async (doc) => {
        const staged = sources()
        const record = staged.byStagedPath.get(doc._raw.sourceFilePath)
        if (!record) throw new Error(`${doc._raw.sourceFilePath} has no source record: run "npm run build", which stages the content first`)
        return renderPage(await markdownProcessor(), staged.lookup, record, doc.body.raw)
      },
    },
  },
}))

export default makeSource({
  contentDirPath: STAGED_CONTENT,
  documentTypes: [Page],
  onExtraFieldData: 'ignore',
  disableImportAliasWarning: true,
  // The body is rendered by the computed field above, with what it links to; contentlayer's own pass does nothing.
  markdown: (builder) => {
    builder.use(function skipRendering(this: { parser: unknown; compiler: unknown }) {
      this.parser = () => ({ type: 'root', children: [] })
      this.compiler = () => ''
    })
  },
})
