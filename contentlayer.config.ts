import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import { STAGED_CONTENT } from './lib/build/stage'
import { createStagedRenderer } from './lib/build/staged-renderer'
import { loadBuildContext } from './lib/site/settings'

/*
 * contentlayer2 is the typed-document layer: one document per page, with one computed field,
 * the page's record (lib/site/page-record.ts), a pure function of the document's body and the
 * source step's records. It reads the staged bodies in .book/content/ (lib/build/stage.ts), never
 * the author's files: their front matter is read once, by lib/content/sources.ts, as Hugo reads it.
 * The build's render step has rendered every page into the cache of rendered Markdown before
 * contentlayer runs (lib/build/render-step.ts); `npm run dev` renders edited pages here.
 */
const renderer = createStagedRenderer(loadBuildContext())

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: '**/*.md',
  contentType: 'markdown',
  fields: {},
  computedFields: {
    page: {
      type: 'json',
      description: 'SitePage (lib/site/site.ts): the source record and the rendered body',
      resolve: async (doc) => (await renderer.render(doc._raw.sourceFilePath, { report: true })).page,
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
