import path from 'node:path'
import { locateContentFile } from './paths'

/**
 * Hugo's page finder, as Hugo 0.111 looks a page up for `ref`/`relref` (getPageRef), `.GetPage`
 * (hugo-book's portable links) and menu `pageRef`s: hugolib/pagecollections.go getContentNode and
 * getSectionOrPage, over the keys of hugolib/content_map.go. Every path is lower-cased, on both
 * sides; the extension is dropped from the last name whatever it is; a path is tried relative to
 * the page's folder, then from the content root; a bare name (`setup`, `/setup.md`) is then looked
 * up by base name, which two pages sharing it make ambiguous. The index is built once: a lookup
 * costs a few map reads, not a scan of the pages.
 */

/** What a lookup gives: the page, the pages a bare name could mean, or nothing. */
export type FoundPage<T> = { page: T } | { ambiguous: T[] } | undefined

export interface PageFinder<T> {
  /**
   * `target` as written, from the page of the content file `fromFile` (undefined: from no page,
   * as a menu's pageRef). `byName`: a bare name may be a page's base name, as `ref` and
   * `relref` allow, and any lookup from no page (Hugo's `.GetPage` from a page does not).
   */
  find(target: string, fromFile: string | undefined, options: { byName: boolean }): FoundPage<T>
}

export interface PageFinderOptions<T> {
  /** The language's key: Hugo drops `.<key>` after the extension (`setup.en.md`). */
  language?: string
  /**
   * The content folder as seen from the site's folder (`content`): Hugo also finds a page by
   * `/content/docs/a.md`, its file's path in the project.
   */
  contentFolder?: string
  /** The page of a folder Hugo makes a section without an `_index.md` (the home page, top-level folders). */
  sectionWithoutFile?: (dir: string) => T | undefined
  /** Taxonomy list pages (`tags`), which Hugo finds by their name too. */
  taxonomies?: ReadonlyArray<{ name: string; page: T }>
}

interface Section<T> {
  /** None for a folder without `_index.md` when no page is given for it. */
  page: T | undefined
  /** The file's name as written (`_index.md`): `docs/_index.md` names the section. */
  fileName?: string
}

/** Hugo's module name for the project's own files (modules/collect.go createProjectModule). */
const PROJECT_MODULE = 'project'

export function createPageFinder<T extends { filePath?: string | undefined }>(
  pages: readonly T[],
  options: PageFinderOptions<T> = {},
): PageFinder<T> {
  const language = options.language?.toLowerCase()
  // Section keys end with a slash (`/`, `/docs/guide/`), page keys do not (`/docs/guide/setup`):
  // Hugo's sections and pages trees (content_map.go cleanTreeKey / cleanSectionTreeKey).
  const sections = new Map<string, Section<T>>()
  const regular = new Map<string, T>()
  const taxonomies = new Map<string, T>()
  // Hugo's pageReverseIndex: the base name of every page, section and taxonomy, lower case.
  const byBaseName = new Map<string, T[]>()
  // …and of every file by its path in the project (`project/content/docs/a.md`).
  const byProjectPath = new Map<string, T[]>()
  const add = (index: Map<string, T[]>, key: string, page: T) => {
    const known = index.get(key)
    if (known) known.push(page)
    else index.set(key, [page])
  }
  const rootSections = new Set<string>()

  for (const page of pages) {
    if (page.filePath === undefined) continue
    const location = locateContentFile(page.filePath)
    const fileName = page.filePath.slice(page.filePath.lastIndexOf('/') + 1)
    let key: string
    if (location.kind === 'home' || location.kind === 'section') {
      key = sectionKey(location.dir)
      setOnce(sections, key, { page, fileName })
    } else {
      // A leaf bundle is its folder; a page its path without the extension (content_map.go getBundleDir).
      const stem = location.isBundle ? '' : fileName.replace(/\.[^.]*$/, '')
      key = treeKey(stem === '' ? location.dir : `${location.dir}/${stem}`)
      setOnce(regular, key, page)
    }
    // Hugo makes every top-level folder that holds a page or a section a section (CreateMissingNodes).
    const parts = key.split('/')
    if (parts.length > 2 && parts[1] !== '') rootSections.add(parts[1]!)
    add(byBaseName, path.posix.basename(key) || '/', page)
    const projectPath = path.posix.join(PROJECT_MODULE, options.contentFolder ?? 'content', page.filePath)
    add(byProjectPath, projectPath.normalize('NFC').toLowerCase(), page)
  }
  const implicit = ['', ...rootSections].filter((dir) => !sections.has(sectionKey(dir)))
  for (const dir of implicit) {
    const page = options.sectionWithoutFile?.(dir)
    sections.set(sectionKey(dir), { page })
    if (page !== undefined) add(byBaseName, dir === '' ? '/' : dir.toLowerCase(), page)
  }
  for (const { name, page } of options.taxonomies ?? []) {
    taxonomies.set(sectionKey(name), page)
    add(byBaseName, name.toLowerCase(), page)
  }

  /** The longest section key that starts `withSlash` (Hugo's radix-tree LongestPrefix). */
  const longestSection = (withSlash: string): string | undefined => {
    // Section keys end with a slash: only the prefixes that end after one of the path's slashes can be.
    for (let end = withSlash.length; end > 0; end = end === 1 ? 0 : withSlash.lastIndexOf('/', end - 2) + 1) {
      if (sections.has(withSlash.slice(0, end))) return withSlash.slice(0, end)
    }
    return undefined
  }

  /** pagecollections.go getSectionOrPage: a section, else a page of the section the path is in; and the path's name. */
  const sectionOrPage = (ref: string): { page?: T; name: string } => {
    const withSlash = ref.endsWith('/') ? ref : `${ref}/`
    const section = longestSection(withSlash)
    if (section !== undefined && section === withSlash) return { ...pageOf(sections.get(section)!.page), name: '' }
    const fileName = (section !== undefined && ref.startsWith(section) ? ref.slice(section.length) : ref).replace(/^\//, '')
    let name = withoutExtension(fileName)
    if (language && name.endsWith(`.${language}`)) name = name.slice(0, -language.length - 1)
    // index and _index are stored by their folder's name.
    name = name.replace(/\/_?index$/, '')
    if (section === undefined) return { name }
    const found = sections.get(section)!
    if (found.fileName !== undefined && found.fileName.normalize('NFC') === fileName) return { ...pageOf(found.page), name }
    return { ...pageOf(regular.get(section + name)), name }
  }

  const byName = (index: ReadonlyMap<string, T[]>, key: string): FoundPage<T> => {
    const found = index.get(key)
    if (found === undefined) return undefined
    return found.length === 1 ? { page: found[0]! } : { ambiguous: found }
  }

  return {
    find(target, fromFile, { byName: allowByName }) {
      let ref = target.trim().normalize('NFC').toLowerCase().replaceAll('\\', '/')
      if (ref === '') ref = '/'
      const written = ref
      const goesUp = ref.startsWith('..')
      const simpleLookup = (allowByName || fromFile === undefined) && isBareName(ref)
      if (fromFile !== undefined && !ref.startsWith('/')) {
        let base = path.posix.dirname(fromFile)
        // A leaf bundle's page looks from its parent folder, unless told to go up (`../x`).
        if (locateContentFile(fromFile).isBundle && !goesUp) base = path.posix.dirname(base)
        // Go's path.Join, which also drops a trailing slash (`mybundle/` finds the bundle this way).
        ref = path.posix.join('/', base === '.' ? '' : base.toLowerCase(), ref).replace(/(.)\/+$/, '$1')
      }
      if (!ref.startsWith('/')) ref = `/${ref}`

      const first = sectionOrPage(ref)
      if (first.page !== undefined) return { page: first.page }
      // Many people write "post/foo.md" meaning from the content root.
      if (!written.startsWith('/')) {
        const fromRoot = sectionOrPage(`/${written}`)
        if (fromRoot.page !== undefined) return { page: fromRoot.page }
      }
      const withSlash = ref.endsWith('/') ? ref : `${ref}/`
      const taxonomy = [...taxonomies.keys()].find((key) => withSlash.startsWith(key))
      if (taxonomy !== undefined) {
        // A term (`/tags/go/`) is not among the pages here: Hugo stops at the taxonomy too.
        return taxonomy === withSlash ? { page: taxonomies.get(taxonomy)! } : undefined
      }
      const inProject = byName(byProjectPath, PROJECT_MODULE + ref)
      if (inProject !== undefined) return inProject
      if (!simpleLookup) return undefined
      // Ref/relref supports this potentially ambiguous lookup.
      return byName(byBaseName, goBase(first.name))
    },
  }
}

/** pagecollections.go shouldDoSimpleLookup: `name`, `name.md`, `/name`, not `./name` or `dir/name`. */
function isBareName(ref: string): boolean {
  if (ref.startsWith('.')) return false
  const slashes = ref.split('/').length - 1
  if (slashes > 1) return false
  return slashes === 0 || ref.startsWith('/')
}

/** content_map.go cleanTreeKey: `/` and the path lower case, without `.` or `/` at either end. */
function treeKey(dir: string): string {
  return `/${path.posix
    .normalize(dir)
    .replace(/^[./]+|[./]+$/g, '')
    .normalize('NFC')
    .toLowerCase()}`
}

function sectionKey(dir: string): string {
  const key = treeKey(dir)
  return key === '/' ? key : `${key}/`
}

/** Go's paths.PathNoExt: without what path.Ext calls the extension (from the last dot of the last name). */
function withoutExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > name.lastIndexOf('/') ? name.slice(0, dot) : name
}

/** Go's path.Base: the last name, trailing slashes ignored; `.` for nothing. */
function goBase(name: string): string {
  const trimmed = name.replace(/\/+$/, '')
  if (trimmed === '') return name === '' ? '.' : '/'
  return trimmed.slice(trimmed.lastIndexOf('/') + 1)
}

function pageOf<T>(page: T | undefined): { page?: T } {
  return page === undefined ? {} : { page }
}

/** Two files Hugo gives the same key (`A.md`, `a.md`): the first keeps it. */
function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value)
}
