/**
 * Builds each site of the migration corpus (scripts/migration/sites.ts) with Hugo and hugo-book
 * f8a0fc4 and with this project, then compares them page by page: the page URLs, the menu, the
 * heading ids and the visible text of each page's article. One line per site; `--verbose` lists
 * the differences.
 *
 *   npx tsx scripts/migration/compare.ts [--verbose] [site names…]
 *
 * Needs `hugo` (0.111) and the sites' repositories mirrored locally (MIRROR_DIR, default
 * /work/.mirror/<owner>+<name>/repo, a bare git directory); it uses no network. Our builds run
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
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  countMenuItems,
  diffMenus,
  hugoArticle,
  hugoMenu,
  idsDiff,
  isRedirectPage,
  ourArticle,
  ourMenu,
  textDiff,
} from './compare-html'
import { HUGO_BOOK, SITES, type CorpusSite } from './sites'

const MIRROR_DIR = process.env['MIRROR_DIR'] ?? '/work/.mirror'
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

/** The page whose menu stands for the site's: the shortest URL that has one. */
function menuPage(
  pages: Map<string, string>,
  menuOf: (html: string, url: string) => unknown[],
): { url: string; html: string } | undefined {
  const urls = [...pages.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b))
  for (const url of urls) {
    const html = readFileSync(pages.get(url)!, 'utf8')
    if (menuOf(html, url).length > 0) return { url, html }
  }
  return undefined
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n')
}

function compareSite(site: CorpusSite, verbose: boolean): string {
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
  const hugoSite = path.join(work, 'hugo-site')
  cpSync(path.join(work, 'repo', site.folder), hugoSite, { recursive: true })
  rmSync(path.join(hugoSite, 'themes', 'hugo-book'), { recursive: true, force: true })
  extract(themeGitDir, HUGO_BOOK.commit, '', path.join(hugoSite, 'themes', 'hugo-book'))
  rmSync(path.join(hugoSite, 'themes', 'hugo-book', 'exampleSite'), { recursive: true, force: true })
  site.prepare?.(hugoSite)
  const ourSite = path.join(work, 'next-site')
  cpSync(hugoSite, ourSite, { recursive: true })

  // The extracted copy is not a git checkout: Hugo's enableGitInfo would fail on it.
  const hugoOut = path.join(work, 'hugo-out')
  const hugo = run('hugo', ['--source', hugoSite, '--destination', hugoOut, ...(site.hugoArgs ?? [])], {
    env: { ...process.env, HUGO_ENABLEGITINFO: 'false' },
  })
  writeFileSync(path.join(work, 'hugo.log'), hugo.stdout + hugo.stderr)
  // Hugo exits with an error for problems it still builds past (a ref to a missing page): compare what it wrote.
  const hugoErrors = (hugo.stdout + hugo.stderr).split('\n').filter((line) => line.startsWith('ERROR')).length
  if (!hugo.ok && !existsSync(path.join(hugoOut, 'index.html')))
    return `${site.name.padEnd(18)} Hugo failed (${path.join(work, 'hugo.log')}):\n${lastLines(hugo.stderr, 6)}`

  const oursOut = path.join(work, 'next-out')
  const env: NodeJS.ProcessEnv = { ...process.env, HUGO_SITE: ourSite, OUT_DIR: oursOut }
  delete env['CONTENT_DIR']
  const ours = run('npm', ['run', 'build'], { cwd: REPO_DIR, env })
  writeFileSync(path.join(work, 'next.log'), ours.stdout + ours.stderr)
  if (!ours.ok)
    return `${site.name.padEnd(18)} our build failed (${path.join(work, 'next.log')}):\n${lastLines(ours.stderr || ours.stdout, 8)}`

  const hugoPages = contentPages(hugoOut, false)
  const ourPages = contentPages(oursOut, true)
  const common = [...hugoPages.pages.keys()].filter((url) => ourPages.pages.has(url)).sort()
  const onlyHugo = [...hugoPages.pages.keys()].filter((url) => !ourPages.pages.has(url)).sort()
  const onlyOurs = [...ourPages.pages.keys()].filter((url) => !hugoPages.pages.has(url)).sort()

  const details: string[] = []
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return
    details.push(`  ${title} (${items.length}):`)
    for (const item of items.slice(0, SHOWN)) details.push(`    ${item}`)
    if (items.length > SHOWN) details.push(`    … and ${items.length - SHOWN} more`)
  }
  list('pages only Hugo builds', onlyHugo)
  list('pages only we build', onlyOurs)
  const taxonomyOnlyHugo = hugoPages.taxonomy.filter((url) => !ourPages.taxonomy.includes(url))
  const taxonomyOnlyOurs = ourPages.taxonomy.filter((url) => !hugoPages.taxonomy.includes(url))
  details.push(`  taxonomy pages (not compared): Hugo ${hugoPages.taxonomy.length}, ours ${ourPages.taxonomy.length}`)
  list('taxonomy pages only Hugo builds', taxonomyOnlyHugo)
  list('taxonomy pages only we build', taxonomyOnlyOurs)

  const menuFile = existsSync(path.join(oursOut, 'menu'))
    ? readdirSync(path.join(oursOut, 'menu')).find((name) => /^tree\.[0-9a-f]+\.json$/.test(name))
    : undefined
  const menuJson = menuFile ? readFileSync(path.join(oursOut, 'menu', menuFile), 'utf8') : undefined
  const hugoMenuPage = menuPage(hugoPages.pages, (html, url) => hugoMenu(html, url, site.baseURL))
  const ourMenuPage = menuPage(ourPages.pages, (html, url) => ourMenu(html, url, site.baseURL, menuJson))
  const hugoItems = hugoMenuPage ? hugoMenu(hugoMenuPage.html, hugoMenuPage.url, site.baseURL) : []
  const ourItems = ourMenuPage ? ourMenu(ourMenuPage.html, ourMenuPage.url, site.baseURL, menuJson) : []
  const menuDiff = diffMenus(hugoItems, ourItems)
  const menuSummary =
    menuDiff.length === 0
      ? `menu identical (${countMenuItems(hugoItems)} entries)`
      : `menu ${menuDiff.length} differences (Hugo ${countMenuItems(hugoItems)} entries, ours ${countMenuItems(ourItems)})`
  if (menuDiff.length > 0)
    list(`menu differences (Hugo's menu on ${hugoMenuPage?.url ?? '—'}, ours on ${ourMenuPage?.url ?? '—'})`, menuDiff)

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
  const idDiffs: string[] = []
  const textDiffs: string[] = []
  for (const [url, ourUrl] of pairs) {
    const hugoContent = hugoArticle(readFileSync(hugoPages.pages.get(url)!, 'utf8'))
    if (!hugoContent) continue
    const ourContent = ourArticle(readFileSync(ourPages.pages.get(ourUrl)!, 'utf8'), hugoContent.text) ?? {
      ids: [],
      text: '',
    }
    compared++
    const ids = idsDiff(hugoContent.ids, ourContent.ids)
    if (ids === undefined) sameIds++
    else idDiffs.push(`${url}  ${ids}`)
    const text = textDiff(hugoContent.text, ourContent.text)
    if (text === undefined) sameText++
    else textDiffs.push(`${url}  ${text}`)
  }
  list('pages whose heading ids differ', idDiffs)
  list('pages whose text differs', textDiffs)

  const share = compared === 0 ? '' : ` (${Math.round((100 * sameText) / compared)}%)`
  const summary = [
    site.name.padEnd(18),
    `pages ${common.length}/${hugoPages.pages.size}${onlyOurs.length > 0 ? ` (+${onlyOurs.length} only ours)` : ''}`,
    menuSummary,
    `ids ${sameIds}/${compared} pages`,
    `text ${sameText}/${compared} pages${share}`,
    ...(paired > 0 ? [`(${paired} pages compared with ours without their language folder)`] : []),
    ...(missing.length > 0 ? [`(${missing.length} files absent from the mirror, e.g. ${missing[0]})`] : []),
    ...(hugoErrors > 0 ? [`(Hugo logged ${hugoErrors} errors: ${path.join(work, 'hugo.log')})`] : []),
  ].join('  ')
  return verbose ? [summary, ...details].join('\n') : summary
}

function main(): void {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  const names = args.filter((arg) => !arg.startsWith('--'))
  const unknown = names.filter((name) => !SITES.some((site) => site.name === name))
  if (unknown.length > 0) {
    console.error(`Unknown site ${unknown.join(', ')}; the corpus has: ${SITES.map((site) => site.name).join(', ')}`)
    process.exit(2)
  }
  const chosen = names.length === 0 ? SITES : SITES.filter((site) => names.includes(site.name))
  for (const site of chosen) {
    try {
      console.log(compareSite(site, verbose))
    } catch (error) {
      console.log(`${site.name.padEnd(18)} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

main()
