import { defineDocumentType, defineNestedType, makeSource, type FieldDefs } from 'contentlayer2/source-files'
import { linkTitle, pageTitle } from './lib/content/title'
import { opensWithTitle } from './lib/content/title-heading'
import { hasImageLinks } from './lib/markdown/image-links'

/*
 * contentlayer2 is the book's typed-document layer: one `Page` document per page of every
 * language, with the fields below. The build reads each author's file once, by Hugo's rules
 * (lib/content/sources.ts), renders its Markdown (lib/build/render-step.ts) and stages what the
 * two give as a JSON document (lib/build/documents-step.ts); contentlayer parses and checks
 * every field's type and computes the fields that follow Hugo's and hugo-book's rules. Its
 * generated types (`contentlayer/generated`) are the page type of the site model and the routes.
 * Nothing is skipped or coerced in silence: a document that does not fit stops the build.
 */

const Heading = defineNestedType(() => ({
  name: 'Heading',
  description: 'A heading as the ToC and search see it; the id is the one in the HTML',
  fields: {
    level: { type: 'number', required: true },
    text: { type: 'string', required: true },
    id: { type: 'string', required: true },
  },
}))

const TextSection = defineNestedType(() => ({
  name: 'TextSection',
  description: 'The text between two h2/h3 headings: the search index’s unit',
  fields: {
    heading: { type: 'string', description: 'Absent for the text above the first heading' },
    id: { type: 'string' },
    level: { type: 'number', required: true },
    text: { type: 'string', required: true },
  },
}))

const MenuRef = defineNestedType(() => ({
  name: 'MenuRef',
  description: 'A front-matter menu entry: the menu (lower case) and, when given, the entry’s name and weight',
  fields: {
    menu: { type: 'string', required: true },
    name: { type: 'string' },
    weight: { type: 'number' },
  },
}))

const Warning = defineNestedType(() => ({
  name: 'Warning',
  description:
    'What rendering the page found wrong (a broken link, a missing image): reported by every build that keeps the page',
  fields: {
    file: { type: 'string', required: true },
    line: { type: 'number' },
    message: { type: 'string', required: true },
    hint: { type: 'string' },
  },
}))

/** Dates are ISO 8601 strings that keep the author's offset (lib/formats/dates.ts): Hugo prints them in it. */
const date = (description: string) => ({ type: 'string', description }) as const
const flag = (description: string) => ({ type: 'boolean', required: true, description }) as const

const PageMeta = defineNestedType(() => ({
  name: 'PageMeta',
  description:
    'The front matter the book understands, read by Hugo’s rules with its defaults (lib/content/page-meta.ts)',
  fields: {
    title: { type: 'string' },
    linkTitle: { type: 'string' },
    weight: { type: 'number', required: true, description: '0 when not set: such pages sort after all weighted ones' },
    date: date('Hugo’s .Date: date, else publishDate, pubDate, published, lastmod, modified'),
    lastmod: date('Front-matter lastmod (or modified)'),
    publishDate: date('Hugo’s .PublishDate: a later one is not built yet'),
    expiryDate: date('Hugo’s expiryDate (or unpublishdate): from then on the page is not built'),
    description: { type: 'string' },
    summary: { type: 'string', description: 'Hugo’s front-matter summary' },
    draft: flag('Drafts are not built'),
    categories: { type: 'list', of: { type: 'string' }, required: true },
    tags: { type: 'list', of: { type: 'string' }, required: true },
    source: { type: 'string', description: 'The original article this page translates or summarises' },
    slug: { type: 'string' },
    url: { type: 'string' },
    bookCollapseSection: flag('hugo-book: the section opens and closes in the menu'),
    bookFlatSection: flag('hugo-book: the section’s pages show as one level'),
    bookHidden: flag('hugo-book: left out of the menu'),
    bookHref: { type: 'string', description: 'hugo-book: the menu entry links here instead' },
    toc: { type: 'boolean', description: 'bookToc or toc; absent means the site’s default' },
    bookSearchExclude: flag('hugo-book: left out of the search index'),
    menus: { type: 'list', of: MenuRef, required: true, description: 'Menus the page adds itself to (before, after)' },
    headless: flag('A headless bundle makes no page (BookMenuBundle’s is rendered for the menu)'),
    renderNever: flag('Hugo’s _build.render: never'),
  },
}))

/** The fields the build stages for each page: what its file says and what rendering its Markdown found. */
const fields = {
  language: { type: 'string', required: true, description: 'The language’s key (`en`, `zh`): the route parameter' },
  url: { type: 'string', required: true, description: 'The page’s site path: `/docs/llm/`' },
  filePath: {
    type: 'string',
    description: 'Path in the content folder; absent for a folder Hugo makes a section without `_index.md`',
  },
  kind: { type: 'enum', options: ['home', 'section', 'page'], required: true },
  sectionDir: { type: 'string', description: 'The folder a section stands for' },
  parentDir: {
    type: 'string',
    description: "The folder of the section the page belongs to ('' the home page); absent for home",
  },
  baseName: { type: 'string', required: true, description: 'File or folder name: the title’s last resort' },
  meta: { type: 'nested', of: PageMeta, required: true },
  lastmod: date('Front-matter lastmod, else the last git commit of the file, else the page date'),
  html: { type: 'string', required: true, description: 'The rendered body' },
  headings: { type: 'list', of: Heading, required: true },
  sections: { type: 'list', of: TextSection, required: true },
  firstHeading: { type: 'string', description: 'Text of the first `#` heading: the title when front matter has none' },
  openingHeading: { type: 'nested', of: Heading, description: 'The heading the body opens with' },
  lead: {
    type: 'string',
    required: true,
    description: 'The opening of the first paragraph: the description when front matter has none',
  },
  opening: { type: 'string', required: true, description: 'The opening of the text: Hugo’s automatic summary' },
  manualSummary: { type: 'string', description: 'The text before Hugo’s <!--more--> divider' },
  readingMinutes: { type: 'number', required: true },
  usesMath: { type: 'boolean', required: true, description: 'The page needs KaTeX’s style sheet' },
  usesMermaid: { type: 'boolean', required: true, description: 'The page needs mermaid' },
  usesCodeBlocks: { type: 'boolean', required: true, description: 'The page needs the code blocks’ copy buttons' },
  mdx: {
    type: 'string',
    description:
      'An MDX page’s compiled module (lib/mdx/compile-mdx.ts): a route of its own renders it (lib/build/mdx-routes.ts)',
  },
  warnings: { type: 'list', of: Warning, required: true },
  documentKey: {
    type: 'string',
    required: true,
    description: 'A hash of everything the document is made of: the next build keeps it when it is unchanged',
  },
} satisfies FieldDefs

export const Page = defineDocumentType(() => ({
  name: 'Page',
  description: 'A page of the book: a content file, or a folder Hugo makes a section',
  filePathPattern: '**/*.json',
  contentType: 'data',
  fields,
  computedFields: {
    title: {
      type: 'string',
      description:
        'The page’s own title: its H1, `<title>`, search (front-matter title, else first `#` heading, else the name)',
      resolve: (page) =>
        pageTitle({ title: page.meta.title, firstHeading: page.firstHeading, baseName: page.baseName }),
    },
    linkTitle: {
      type: 'string',
      description: 'hugo-book’s title in the menu, breadcrumbs and previous/next',
      resolve: (page) => linkTitle({ linkTitle: page.meta.linkTitle, title: page.meta.title, baseName: page.baseName }),
    },
    sortTitle: {
      type: 'string',
      description: 'What Hugo sorts equal weights by',
      resolve: (page) => page.meta.linkTitle ?? page.meta.title ?? '',
    },
    isSection: { type: 'boolean', resolve: (page) => page.kind !== 'page' },
    hasContent: { type: 'boolean', resolve: (page) => page.html.trim() !== '' },
    description: {
      type: 'string',
      description: '`<meta name="description">` and section lists: front-matter description, else the first paragraph',
      resolve: (page) => page.meta.description ?? page.lead,
    },
    summary: {
      type: 'string',
      description: 'Hugo’s .Summary: front-matter summary, else the text before <!--more-->, else the opening',
      resolve: (page) => page.meta.summary ?? page.manualSummary ?? page.opening,
    },
    startsWithHeading: {
      type: 'boolean',
      description: 'The body opens with the title as a heading: shown once, as the H1, and not in the ToC',
      resolve: (page) =>
        opensWithTitle(
          page.openingHeading,
          pageTitle({ title: page.meta.title, firstHeading: page.firstHeading, baseName: page.baseName }),
        ),
    },
    usesImageZoom: {
      type: 'boolean',
      description: 'The body has images that open enlarged (the page loads the zoom)',
      resolve: (page) => hasImageLinks(page.html),
    },
  },
}))

export default makeSource({
  // The folder contentlayer is run in: the build gives it a stage folder of its own (lib/build/documents-step.ts).
  contentDirPath: '.',
  documentTypes: [Page],
  // A staged document that does not fit the type is a fault of the build: it stops, never skips or drops.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
})
