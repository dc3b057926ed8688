/**
 * Builds each site of the migration corpus (scripts/migration/sites.ts) with Hugo and hugo-book
 * f8a0fc4 and with this project, then compares them page by page: the page URLs, the menu, the
 * heading ids and the visible text of each page's article. One line per site; `--verbose` lists
 * the differences.
 *
 *   npx tsx scripts/migration/compare.ts [--verbose] [site names…]
 *
 * Needs `hugo` (0.111) and the sites' repositories cloned locally (MIRROR_DIR, default
 * ~/.cache/hugo-book-corpus; each at <owner>+<name>/repo, a bare clone); it uses no network. Our builds run
 * `npm run build` in the folder the script is started from. Work folders: WORK_DIR (default
 * <tmp>/hugo-migration/<site>), replaced on each run and kept afterwards for a look.
 *
 * Compared, and left out of the comparison (both sides, unless said):
 * - pages: every `**\/index.html`, as a URL (`docs/a/index.html` → `/docs/a/`). Left out: pages
 *   that only redirect (Hugo's aliases such as `/en/` and `/posts/page/1/`), taxonomy pages
 *   (`/tags/…`, `/categories/…`, counted apart), RSS and other non-HTML outputs (not index.html),
 *   and our own `/404/`, `/_not-found/` and `/search-index/…` (in each language's folder too).
 * - menu: Hugo's home page menu (`aside.book-menu nav`) against ours (`.menu-before`, `.menu-tree`,
 *   `.menu-after`, with deferred sections read from `/menu/tree.<hash>.json`): titles, order,
 *   nesting, links as site paths.
 * - ids and text: for each page both have, hugo-book's `article.book-article` against our
 *   `article .markdown-body` (see compare-html.ts for the leading heading).
 * - feeds: every RSS `index.xml` (home, sections, taxonomies, terms), as a URL, and the items each
 *   lists in order, by their links (see compare-feeds.ts).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import {
  articleLinks,
  brokenOnlyInOurs,
  countMenuItems,
  diffMenus,
  hugoArticle,
  hugoMenu,
  idsDiff,
  isRedirectPage,
  leakIn,
  menuFileFor,
  type NormalisationName,
  siteURL,
  withHugoRepeats,
  ourArticle,
  withPassthroughMath,
  ourMenu,
  textDiff,
} from './compare-html'
import { compareFeeds, readFeeds } from './compare-feeds'
import { HUGO_BOOK, SITES, type CorpusSite } from './sites'

const MIRROR_DIR = process.env['MIRROR_DIR'] ?? path.join(homedir(), '.cache', 'hugo-book-corpus')
const WORK_DIR = process.env['WORK_DIR'] ?? path.join(tmpdir(), 'hugo-migration')
const REPO_DIR = process.cwd()
const SHOWN = 8

const TAXONOMY_PAGE = /^\/(?:[a-z]{2}(?:-[a-z]+)?\/)?(?:tags|categories)\//i
// Also in each language's folder (`/ru/404/`): every language is an export of its own.
const OURS_ONLY_OUTPUT = /^\/(?:[a-z]{2,3}(?:-[a-z]+)?\/)?(?:404|_not-found|search-index|menu)\//i

function mirrorOf(repo: string): string {
  return path.join(MIRROR_DIR, repo.replace('/', '+'), 'repo')
}

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: Buffer } = {},
): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env,
    input: options.input,
    maxBuffer: 1 << 30,
  })
  return {
    ok: result.status === 0,
    stdout: result.stdout?.toString('utf8') ?? '',
    stderr: (result.stderr?.toString('utf8') ?? '') + (result.error ? String(result.error) : ''),
  }
}

/**
 * `git archive <commit> [folder]` of a mirror, unpacked into `into`. A mirror may lack large
 * files (the snapshots leave out files of 4 MiB and more): then the files it has are written one
 * by one and the missing ones are returned, to be named in the report.
 */
function extract(gitDir: string, commit: string, folder: string, into: string): string[] {
  mkdirSync(into, { recursive: true })
  const archive = spawnSync(
    'git',
    ['--git-dir', gitDir, 'archive', '--format=tar', commit, ...(folder ? [folder] : [])],
    { maxBuffer: 1 << 30 },
  )
  if (archive.status === 0) {
    const unpack = run('tar', ['-x', '-C', into], { input: archive.stdout })
    if (!unpack.ok) throw new Error(`unpacking ${gitDir} into ${into} failed: ${unpack.stderr.trim()}`)
    return []
  }
  const listing = run('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit, ...(folder ? [folder] : [])])
  if (!listing.ok) throw new Error(`git ls-tree ${commit} in ${gitDir} failed: ${listing.stderr.trim()}`)
  const files = listing.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t') as [string, string]
      const [mode, type, sha] = meta.split(' ') as [string, string, string]
      return { mode, type, sha, file }
    })
    .filter((entry) => entry.type === 'blob')
  const missing: string[] = []
  for (const entry of files) {
    const blob = spawnSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', entry.sha], { maxBuffer: 1 << 30 })
    if (blob.status !== 0) {
      missing.push(entry.file)
      continue
    }
    const target = path.join(into, entry.file)
    mkdirSync(path.dirname(target), { recursive: true })
    if (entry.mode === '120000') continue // symbolic links are not needed by any corpus site
    writeFileSync(target, blob.stdout)
  }
  return missing
}

/** Page URLs of a built site, `docs/a/index.html` → `/docs/a/`. */
function pageUrls(outDir: string): Map<string, string> {
  const pages = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'index.html') {
        const relative = path.relative(outDir, path.dirname(full)).split(path.sep).join('/')
        pages.set(relative === '' ? '/' : `/${relative}/`, full)
      }
    }
  }
  walk(outDir)
  return pages
}

interface Pages {
  pages: Map<string, string>
  taxonomy: string[]
}

function contentPages(outDir: string, ours: boolean): Pages {
  const pages = new Map<string, string>()
  const taxonomy: string[] = []
  for (const [url, file] of pageUrls(outDir)) {
    if (ours && OURS_ONLY_OUTPUT.test(url)) continue
    if (TAXONOMY_PAGE.test(url)) taxonomy.push(url)
    else if (!isRedirectPage(readFileSync(file, 'utf8'))) pages.set(url, file)
  }
  return { pages, taxonomy }
}

/** The page whose menu stands for its language's: the shortest URL of that language that has one. */
function menuPage(
  pages: Map<string, string>,
  ofLanguage: (url: string) => boolean,
  menuOf: (html: string, url: string) => unknown[],
): { url: string; html: string } | undefined {
  const urls = [...pages.keys()].filter(ofLanguage).sort((a, b) => a.length - b.length || a.localeCompare(b))
  for (const url of urls) {
    const html = readFileSync(pages.get(url)!, 'utf8')
    if (menuOf(html, url).length > 0) return { url, html }
  }
  return undefined
}

/** Our menu files (`menu/tree.<hash>.json`, `cn/menu/tree.<hash>.json`: one per language), as paths in the export. */
function ourMenuFiles(outDir: string): string[] {
  const files: string[] = []
  const walk = (dir: string, depth: number): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '_next') continue
      const full = path.join(dir, entry.name)
      if (entry.name === 'menu')
        for (const name of readdirSync(full))
          if (/^tree\.[0-9a-f]+\.json$/.test(name))
            files.push(path.relative(outDir, path.join(full, name)).split(path.sep).join('/'))
      // A language folder is one level down (`cn/`, `zh-tw/`): no need to walk the pages.
      if (depth === 0) walk(full, depth + 1)
    }
  }
  walk(outDir, 0)
  return files.sort()
}

/** Whether a site path (`/sub/path/docs/a/#x`) is a page or a file of the export in `outDir`. */
function existsInExport(outDir: string, href: string, baseURL: string): boolean {
  const base = siteURL(baseURL).pathname.replace(/\/?$/, '/')
  const local = href.replace(/[?#].*$/, '')
  if (!local.startsWith(base)) return false
  const file = path.join(outDir, local.slice(base.length))
  return (
    existsSync(local.endsWith('/') ? path.join(file, 'index.html') : file) || existsSync(path.join(file, 'index.html'))
  )
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n')
}

interface Builds {
  work: string
  hugoOut: string
  oursOut: string
  /** Files absent from the mirror (large files a snapshot leaves out). */
  missing: string[]
  hugoErrors: number
}

const MISSING_LIST = 'absent-from-mirror.txt'

/** Hugo's lines starting ERROR: problems it reports and still builds past (a ref to a missing page). */
function hugoErrorCount(log: string): number {
  return log.split('\n').filter((line) => line.startsWith('ERROR')).length
}

/** Both builds of a site in its work folder, made afresh; a line saying why when one fails. */
function buildSite(site: CorpusSite): Builds | string {
  const gitDir = mirrorOf(site.repo)
  const themeGitDir = mirrorOf(HUGO_BOOK.repo)
  for (const [repo, dir] of [
    [site.repo, gitDir],
    [HUGO_BOOK.repo, themeGitDir],
  ] as const) {
    if (!existsSync(dir))
      return `${site.name.padEnd(18)} skipped: no mirror of ${repo} at ${dir} — clone it first: git clone --bare https://github.com/${repo} ${dir}`
  }

  const work = path.join(WORK_DIR, site.name)
  rmSync(work, { recursive: true, force: true })
  const missing = extract(gitDir, site.commit, site.folder, path.join(work, 'repo'))
  writeFileSync(path.join(work, MISSING_LIST), missing.map((file) => `${file}\n`).join(''))
  const hugoSite = path.join(work, 'hugo-site')
  cpSync(path.join(work, 'repo', site.folder), hugoSite, { recursive: true })
  rmSync(path.join(hugoSite, 'themes', 'hugo-book'), { recursive: true, force: true })
  extract(themeGitDir, HUGO_BOOK.commit, '', path.join(hugoSite, 'themes', 'hugo-book'))
  rmSync(path.join(hugoSite, 'themes', 'hugo-book', 'exampleSite'), { recursive: true, force: true })
  site.prepare?.(hugoSite, path.join(work, 'repo', site.folder))
  const ourSite = path.join(work, 'next-site')
  cpSync(hugoSite, ourSite, { recursive: true })

  // The extracted copy is not a git checkout: Hugo's enableGitInfo would fail on it.
  const hugoOut = path.join(work, 'hugo-out')
  const hugo = run('hugo', ['--source', hugoSite, '--destination', hugoOut, ...(site.hugoArgs ?? [])], {
    env: { ...process.env, HUGO_ENABLEGITINFO: 'false' },
  })
  writeFileSync(path.join(work, 'hugo.log'), hugo.stdout + hugo.stderr)
  // Hugo exits with an error for problems it still builds past (a ref to a missing page): compare what it wrote.
  if (!hugo.ok && !existsSync(path.join(hugoOut, 'index.html')))
    return `${site.name.padEnd(18)} Hugo failed (${path.join(work, 'hugo.log')}):\n${lastLines(hugo.stderr, 6)}`

  const oursOut = path.join(work, 'next-out')
  const env: NodeJS.ProcessEnv = { ...process.env, HUGO_SITE: ourSite, OUT_DIR: oursOut }
  delete env['CONTENT_DIR']
  const ours = run('npm', ['run', 'build'], { cwd: REPO_DIR, env })
  writeFileSync(path.join(work, 'next.log'), ours.stdout + ours.stderr)
  if (!ours.ok)
    return `${site.name.padEnd(18)} our build failed (${path.join(work, 'next.log')}):\n${lastLines(ours.stderr || ours.stdout, 8)}`
  return { work, hugoOut, oursOut, missing, hugoErrors: hugoErrorCount(hugo.stdout + hugo.stderr) }
}

/** The builds an earlier run left in the site's work folder (`--reuse`: the comparison changed, not the site). */
function builtSite(site: CorpusSite): Builds | string {
  const work = path.join(WORK_DIR, site.name)
  const hugoOut = path.join(work, 'hugo-out')
  const oursOut = path.join(work, 'next-out')
  if (!existsSync(path.join(hugoOut, 'index.html')) || !existsSync(path.join(oursOut, 'index.html')))
    return `${site.name.padEnd(18)} nothing to reuse in ${work}: run without --reuse first`
  const list = path.join(work, MISSING_LIST)
  const missing = existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : []
  const hugoErrors = hugoErrorCount(readFileSync(path.join(work, 'hugo.log'), 'utf8'))
  return { work, hugoOut, oursOut, missing, hugoErrors }
}

function compareSite(site: CorpusSite, verbose: boolean, reuse: boolean): string {
  const builds = reuse ? builtSite(site) : buildSite(site)
  if (typeof builds === 'string') return builds
  const { work, hugoOut, oursOut, missing, hugoErrors } = builds

  const hugoPages = contentPages(hugoOut, false)
  const ourPages = contentPages(oursOut, true)
  const common = [...hugoPages.pages.keys()].filter((url) => ourPages.pages.has(url)).sort()
  const onlyHugo = [...hugoPages.pages.keys()].filter((url) => !ourPages.pages.has(url)).sort()
  const onlyOurs = [...ourPages.pages.keys()].filter((url) => !hugoPages.pages.has(url)).sort()

  // `--verbose` shows the first few of each kind; differences.txt in the work folder has them all.
  const details: string[] = []
  const everything: string[] = []
  let shortened = false
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return
    details.push(`  ${title} (${items.length}):`)
    everything.push(`  ${title} (${items.length}):`)
    for (const item of items.slice(0, SHOWN)) details.push(`    ${item}`)
    if (items.length > SHOWN) {
      details.push(`    … and ${items.length - SHOWN} more`)
      shortened = true
    }
    for (const item of items) everything.push(`    ${item}`)
  }
  list('pages only Hugo builds', onlyHugo)
  list('pages only we build', onlyOurs)
  const taxonomyOnlyHugo = hugoPages.taxonomy.filter((url) => !ourPages.taxonomy.includes(url))
  const taxonomyOnlyOurs = ourPages.taxonomy.filter((url) => !hugoPages.taxonomy.includes(url))
  details.push(`  taxonomy pages (not compared): Hugo ${hugoPages.taxonomy.length}, ours ${ourPages.taxonomy.length}`)
  everything.push(details.at(-1)!)
  list('taxonomy pages only Hugo builds', taxonomyOnlyHugo)
  list('taxonomy pages only we build', taxonomyOnlyOurs)

  // Each language has its menu (and our menu file) in its folder: each is compared on its shortest page.
  const menuFiles = ourMenuFiles(oursOut)
  const menuSummaries: string[] = []
  for (const file of menuFiles.length > 0 ? menuFiles : [undefined]) {
    const ofLanguage = (url: string): boolean => menuFileFor(url, menuFiles) === file
    const json = file === undefined ? undefined : readFileSync(path.join(oursOut, file), 'utf8')
    const hugoMenuPage = menuPage(hugoPages.pages, ofLanguage, (html, url) => hugoMenu(html, url, site.baseURL))
    const ourMenuPage = menuPage(ourPages.pages, ofLanguage, (html, url) => ourMenu(html, url, site.baseURL, json))
    const hugoItems = hugoMenuPage ? hugoMenu(hugoMenuPage.html, hugoMenuPage.url, site.baseURL) : []
    const ourItems = ourMenuPage ? ourMenu(ourMenuPage.html, ourMenuPage.url, site.baseURL, json) : []
    const menuDiff = diffMenus(hugoItems, ourItems)
    const folder = file === undefined ? '' : path.posix.dirname(path.posix.dirname(file))
    const language = menuFiles.length > 1 ? `${folder === '.' ? '/' : `/${folder}/`} ` : ''
    menuSummaries.push(
      menuDiff.length === 0
        ? `${language}identical (${countMenuItems(hugoItems)} entries)`
        : `${language}${menuDiff.length} differences (Hugo ${countMenuItems(hugoItems)} entries, ours ${countMenuItems(ourItems)})`,
    )
    if (menuDiff.length > 0)
      list(
        `menu differences (Hugo's menu on ${hugoMenuPage?.url ?? '—'}, ours on ${ourMenuPage?.url ?? '—'})`,
        menuDiff,
      )
  }
  const menuSummary = `menu ${menuSummaries.join(', ')}`

  // A page Hugo puts under a language folder (`/cn/a/`: defaultContentLanguageInSubdir) and we at
  // the root (`/a/`) is counted as a URL difference above, but its content is still compared.
  const unmatchedOurs = new Set(onlyOurs)
  const pairs: [string, string][] = common.map((url) => [url, url])
  for (const url of onlyHugo) {
    const bare = url.replace(/^\/[a-z]{2}(?:-[a-z]+)?\//i, '/')
    if (bare !== url && unmatchedOurs.has(bare)) {
      pairs.push([url, bare])
      unmatchedOurs.delete(bare)
    }
  }
  const paired = pairs.length - common.length
  let compared = 0
  let sameIds = 0
  let sameText = 0
  const normalisedPages = new Map<NormalisationName, number>()
  const leaks: string[] = []
  const brokenLinks: string[] = []
  const idDiffs: string[] = []
  const textDiffs: string[] = []
  for (const [url, ourUrl] of pairs) {
    const hugoHtml = readFileSync(hugoPages.pages.get(url)!, 'utf8')
    const options = { passthroughMath: site.passthroughMath }
    const hugoContent = hugoArticle(hugoHtml, options)
    if (!hugoContent) continue
    const ourHtml = readFileSync(ourPages.pages.get(ourUrl)!, 'utf8')
    const ourContent = ourArticle(ourHtml, hugoContent.text, hugoContent.idlessHeadings, options) ?? {
      ids: [],
      text: '',
      normalised: [],
    }
    compared++
    for (const name of new Set([...hugoContent.normalised, ...ourContent.normalised]))
      normalisedPages.set(name, (normalisedPages.get(name) ?? 0) + 1)
    const leak = leakIn(ourHtml, hugoHtml)
    if (leak) leaks.push(`${ourUrl}  ${leak}`)
    const broken = brokenOnlyInOurs(
      articleLinks(hugoHtml, url, site.baseURL),
      articleLinks(ourHtml, ourUrl, site.baseURL),
      (href) => existsInExport(hugoOut, href, site.baseURL),
      (href) => existsInExport(oursOut, href, site.baseURL),
    )
    brokenLinks.push(...broken.map((href) => `${ourUrl}  ${href}`))
    const repeats = withHugoRepeats(hugoContent.ids, ourContent.ids)
    if (repeats.changed)
      normalisedPages.set('unique ids in shortcodes', (normalisedPages.get('unique ids in shortcodes') ?? 0) + 1)
    const ids = idsDiff(hugoContent.ids, repeats.ids)
    if (ids === undefined) sameIds++
    else idDiffs.push(`${url}  ${ids}`)
    let [hugoText, ourText] = [hugoContent.text, ourContent.text]
    if (site.passthroughMath) {
      const math = withPassthroughMath(hugoText, ourText)
      ;[hugoText, ourText] = [math.hugo, math.ours]
      if (math.changed) normalisedPages.set('passthrough math', (normalisedPages.get('passthrough math') ?? 0) + 1)
    }
    const text = textDiff(hugoText, ourText)
    if (text === undefined) sameText++
    else textDiffs.push(`${url}  ${text}`)
  }
  list('pages whose HTML shows a shortcode placeholder or a stray -->', leaks)
  list('links that lead nowhere in ours but somewhere in Hugo’s (page, link)', brokenLinks)
  list('pages whose heading ids differ', idDiffs)
  list('pages whose text differs', textDiffs)

  const feeds = compareFeeds(readFeeds(hugoOut), readFeeds(oursOut))
  list('feeds only Hugo writes', feeds.onlyHugo)
  list('feeds only we write', feeds.onlyOurs)
  list('feeds whose items differ', feeds.itemDiffs)
  const hugoFeedCount = feeds.common + feeds.onlyHugo.length

  const share = compared === 0 ? '' : ` (${Math.round((100 * sameText) / compared)}%)`
  const summary = [
    site.name.padEnd(18),
    `pages ${common.length}/${hugoPages.pages.size}${onlyOurs.length > 0 ? ` (+${onlyOurs.length} only ours)` : ''}`,
    menuSummary,
    `ids ${sameIds}/${compared} pages`,
    `text ${sameText}/${compared} pages${share}`,
    `leaks ${leaks.length}`,
    `links broken only in ours ${brokenLinks.length}`,
    `feeds ${feeds.common}/${hugoFeedCount}${feeds.onlyOurs.length > 0 ? ` (+${feeds.onlyOurs.length} only ours)` : ''}, same items ${feeds.sameItems}/${feeds.common}`,
    ...(normalisedPages.size > 0
      ? [`(normalised: ${[...normalisedPages].map(([name, pages]) => `${name} on ${pages} pages`).join(', ')})`]
      : []),
    ...(paired > 0 ? [`(${paired} pages compared with ours without their language folder)`] : []),
    ...(missing.length > 0 ? [`(${missing.length} files absent from the mirror, e.g. ${missing[0]})`] : []),
    ...(hugoErrors > 0 ? [`(Hugo logged ${hugoErrors} errors: ${path.join(work, 'hugo.log')})`] : []),
  ].join('  ')
  const differences = path.join(work, 'differences.txt')
  writeFileSync(differences, [summary, ...everything, ''].join('\n'))
  if (shortened) details.push(`  (every difference: ${differences})`)
  return verbose ? [summary, ...details].join('\n') : summary
}

function main(): void {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  const reuse = args.includes('--reuse')
  const names = args.filter((arg) => !arg.startsWith('--'))
  const unknown = names.filter((name) => !SITES.some((site) => site.name === name))
  if (unknown.length > 0) {
    console.error(`Unknown site ${unknown.join(', ')}; the corpus has: ${SITES.map((site) => site.name).join(', ')}`)
    process.exit(2)
  }
  const chosen = names.length === 0 ? SITES : SITES.filter((site) => names.includes(site.name))
  for (const site of chosen) {
    try {
      console.log(compareSite(site, verbose, reuse))
    } catch (error) {
      console.log(`${site.name.padEnd(18)} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

main()
