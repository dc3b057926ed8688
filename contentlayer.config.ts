import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import { resolveContentDir } from './lib/config/content-dir'
import { loadSiteConfig } from './lib/config/load-config'
import { computePageFacts, type PageFacts } from './lib/content/page-facts'
import { configureMarkdown } from './lib/markdown/pipeline'

const contentDir = resolveContentDir()
const site = loadSiteConfig()

// Front matter is read by lib/content (YAML, TOML and JSON, as Hugo accepts; unknown keys
// ignored), so no fields are declared here: every field below is computed from the file.
const facts = new Map<string, Promise<PageFacts>>()
// contentlayer types a document without declared fields loosely; `body` is always there for
// Markdown documents.
type MarkdownDocument = { _raw: { sourceFilePath: string } } & Record<string, unknown>
function factsOf(doc: MarkdownDocument): Promise<PageFacts> {
  const key = doc._raw.sourceFilePath
  if (!facts.has(key)) facts.set(key, computePageFacts(contentDir, key, (doc['body'] as { html: string }).html))
  return facts.get(key)!
}
const field = <K extends keyof PageFacts>(key: K) => async (doc: Parameters<typeof factsOf>[0]) => (await factsOf(doc))[key] ?? null

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: '**/*.{md,markdown}',
  contentType: 'markdown',
  fields: {},
  computedFields: {
    meta: { type: 'json', description: 'Typed front matter (lib/content/page-meta.ts PageMeta)', resolve: field('meta') },
    filePath: { type: 'string', description: 'Path in the content folder', resolve: field('filePath') },
    kind: { type: 'string', description: 'home | section | page', resolve: field('kind') },
    isSection: { type: 'boolean', resolve: field('isSection') },
    url: { type: 'string', description: 'Site URL with trailing slash', resolve: field('url') },
    sectionDir: { type: 'string', description: 'Folder a section stands for', resolve: field('sectionDir') },
    parentDir: { type: 'string', description: 'Folder of the parent section; null for home', resolve: field('parentDir') },
    depth: { type: 'number', description: 'Sections between home and this page', resolve: field('depth') },
    title: { type: 'string', resolve: field('title') },
    linkTitle: { type: 'string', resolve: field('linkTitle') },
    sortTitle: { type: 'string', resolve: field('sortTitle') },
    headings: { type: 'json', description: 'Heading[]: level, text, id (the id in the HTML)', resolve: field('headings') },
    sections: { type: 'json', description: 'TextSection[]: the text between h2/h3 headings', resolve: field('sections') },
    plainText: { type: 'string', resolve: field('plainText') },
    readingMinutes: { type: 'number', resolve: field('readingMinutes') },
    hasContent: { type: 'boolean', resolve: field('hasContent') },
    startsWithHeading: { type: 'boolean', resolve: field('startsWithHeading') },
    usesMath: { type: 'boolean', description: 'Needs KaTeX’s stylesheet', resolve: field('usesMath') },
    usesMermaid: { type: 'boolean', description: 'Needs the mermaid library', resolve: field('usesMermaid') },
    description: { type: 'string', resolve: field('description') },
    summary: { type: 'string', resolve: field('summary') },
  },
}))

export default makeSource({
  contentDirPath: contentDir,
  contentDirExclude: ['node_modules', '.git'],
  documentTypes: [Page],
  onExtraFieldData: 'ignore',
  disableImportAliasWarning: true,
  markdown: (builder) =>
    configureMarkdown(builder, {
      contentDir,
      language: site.language,
      math: site.math.passthrough ? { block: site.math.block, inline: site.math.inline } : undefined,
      unsafeHtml: site.unsafeHtml,
    }),
})
