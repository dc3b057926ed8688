/**
 * The words of the interface (not of the book), one dictionary per language (hugo-book's
 * i18n/<lang>.yaml). Two shapes of entry:
 * - a function, where grammar needs one (plurals, word order), for words made on the server;
 * - a template with `{name}` places (fill.ts), for words a client component fills in the
 *   browser, since only strings cross from server to client components.
 */
export interface Words {
  ui: UiWords
  lists: ListWords
  markdown: MarkdownWords
}

export interface UiWords {
  home: string
  menu: string
  openMenu: string
  tableOfContents: string
  openTableOfContents: string
  bookNavigation: string
  /** The language menu's name (hugo-book's translate icon says it). */
  languages: string
  breadcrumbs: string
  skipToContent: string
  /** The link at the window's corner on a long page, to the page's top. */
  backToTop: string
  previous: string
  next: string
  /** Followed by a space and the date. */
  lastModified: string
  editPage: string
  readingTime: (minutes: number) => string
  /** The link to the page's original source… */
  originalSource: string
  /** …and its host after it, in brackets. */
  sourceHost: (host: string) => string
  categories: string
  tags: string
  /** Template `{title}`: the checkbox of a menu section (also drawn in the browser). */
  expandSection: string
  themeLabel: string
  themeNames: { auto: string; light: string; dark: string }
  /** "Label: value" with the language's colon ("Theme: Dark", "配色：深色"); value may be ''. */
  labelValue: (label: string, value: string) => string
  notFoundTitle: string
  notFoundText: string
  backHome: string
  inThisSection: string
  copyLink: string
  /** The page's "copy as Markdown" control (with JavaScript), … */
  copyMarkdown: string
  /** …the same link without JavaScript, which opens the page's Markdown, … */
  viewMarkdown: string
  /** …and what it says once copied. */
  markdownCopied: string
  /** Read after an external link's name by screen readers. */
  opensInNewTab: string
  /** The enlarged image's dialog: its name, and its close button. */
  imageZoom: { label: string; close: string }
  codeBlock: CodeBlockWords
  search: SearchWords
}

/** A code block's copy button, drawn in the browser: strings and templates only. */
export interface CodeBlockWords {
  /** The button's text… */
  copy: string
  /** …and its name, which says what it copies. */
  copyLabel: string
  /** Shown on the button, and said to screen readers, once the code is on the clipboard. */
  copied: string
  /** Template `{key}` (Ctrl+C, ⌘C): where the page may not write the clipboard, the code is selected instead. */
  selectedPressKey: string
  /** The same, on a touch screen. */
  selectedTouchAndHold: string
}

/** The search box and dialog's words, all used in the browser: strings and templates only. */
export interface SearchWords {
  label: string
  placeholder: string
  dialogLabel: string
  results: string
  loading: string
  failed: string
  retry: string
  /** Template `{query}`. */
  noResults: string
  /** Above the results when a misspelled word was searched as the book's closest word. */
  showingResultsFor: string
  close: string
  closeShort: string
  open: string
  /** Template `{terms}`: the bar on a page opened from a search result; `{terms}` is the quoted query as typed. */
  highlighted: string
  /** Template `{text}`: the query in the language's quotation marks. */
  quote: string
  clearHighlight: string
  noScript: string
  /** The empty search dialog: what can be searched. */
  emptyHint: string
  /** Template `{key}` (the key is drawn by the component): shown where there is a keyboard. */
  shortcutHint: string
  /** The empty dialog's list of the reader's last queries, and its button that forgets them. */
  recentSearches: string
  clearRecentSearches: string
  /** Template `{count}`, said to screen readers once results settle: how many results the list shows. */
  resultCount: PluralTemplates
}

/**
 * A counted template in each plural form its language has (Intl.PluralRules' categories:
 * English one/other, Russian one/few/many/other, Chinese other only), chosen in the browser
 * by fillCount (fill.ts): a function could not cross from the server to a client component.
 */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/** The list pages' words: taxonomies, terms, the blog list. */
export interface ListWords {
  /** "Tags: Go"; called with term '' for the heading's kicker. */
  termTitle: (taxonomy: string, term: string) => string
  pageNumber: (number: number) => string
  pagination: string
  pageCount: (count: number) => string
  noTerms: (taxonomy: string) => string
  noPosts: string
  termDescription: (taxonomy: string, term: string, count: number) => string
  taxonomyDescription: (taxonomy: string, count: number) => string
  titleWithPage: (title: string, number: number) => string
}

/** The words the Markdown pipeline writes into a page's HTML. */
export interface MarkdownWords {
  /** The footnotes section's heading (remark-rehype footnoteLabel). */
  footnotesLabel: string
  /** The ↩ link's label (remark-rehype footnoteBackLabel): both indexes as remark-rehype gives them. */
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => string
  /** GitHub alerts' titles, `> [!NOTE]`. */
  alerts: { note: string; tip: string; important: string; warning: string; caution: string }
  /** The `#` link beside a heading. */
  headingAnchorLabel: (text: string) => string
  /** Shown in place of an image whose file does not exist. */
  imageMissing: string
  /** The name of the link around an image without alt text, which leads to its full-size file. */
  imageFullSize: string
  /** The label of a table's scrolling box. */
  table: string
  /** `{{< details >}}` without a title. */
  detailsSummary: string
  /** `{{< expand >}}` without a label. */
  expandSummary: string
  /** `{{< tab >}}` without a name, numbered from 1. */
  tabName: (number: number) => string
  /** Hugo's embeds, shown as links to the content on its site: what one is called without a title, and the link's words. */
  embeds: Record<EmbedKind, { name: string; open: string }>
}

/** The sites Hugo's embed shortcodes show content from. */
export type EmbedKind = 'youtube' | 'vimeo' | 'gist' | 'x' | 'instagram'
