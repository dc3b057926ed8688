/**
 * Writes lib/content/hugo-titles.json, the titles Hugo and hugo-book give pages and folders by
 * their names, that lib/content/title-case.test.ts checks this project's titles against. The
 * titles are read from the menus Hugo builds; nothing is computed here.
 *
 *   npx tsx scripts/generate-hugo-titles.ts <hugo-book folder> [names.txt …]
 *
 * `hugo` (or the binary HUGO names) must be Hugo 0.111, the version this project follows, and
 * the folder hugo-book at f8a0fc4 (`git clone https://github.com/alex-shpak/hugo-book` and check
 * that commit out). The
 * names are the table's own, those of the files given (one name a line) and a few made to try
 * each rule. Three sites are built, each name being in turn:
 * - a page without a title (`<name>.md`): hugo-book's docs/title partial, `humanize | title`;
 * - a section without a title (`<name>/_index.md`): the same, of the folder's name;
 * - a top-level folder without `_index.md`: Hugo's own title for it, made plural.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TABLE = path.join(ROOT, 'lib/content/hugo-titles.json')
/** Hugo 0.111: `hugo` on the PATH, or the binary HUGO names. */
const HUGO = process.env['HUGO'] ?? 'hugo'

/** Names made to try each rule: small words, acronyms, whole numbers, separators, symbols, accents and case. */
const MADE_NAMES = [
  '0001.Two-Sum',
  '0006.ZigZag-Conversion',
  '3rd-level',
  'getting-started',
  'of-mice-and-men',
  'a-tale-of-two-cities',
  'the-end',
  'go-to-the-end-of',
  'rock-vs-paper',
  'rock-vs.-paper',
  'v.-and-via',
  'in-and-out',
  'api-reference',
  'http_server',
  'json-api-id',
  'HTTPServer',
  'userID',
  'IDs',
  'my-url',
  'pop3-mail',
  'w3c',
  '1',
  '2',
  '3',
  '11',
  '12',
  '13',
  '21',
  '102',
  '0001',
  '+7',
  '-1',
  '9223372036854775808',
  '3.14',
  '1e5',
  '0001~0099',
  'a~b',
  'a+b',
  'C#',
  'C++',
  'x=y',
  'a`b`c',
  'foo:bar',
  'a  b',
  '--lead-and-trail--',
  '__init__',
  'CamelCaseName',
  'camelCaseWords',
  'ALLCAPS',
  'iOS_setup',
  'macOS',
  'GitHub',
  'x86_64',
  'v1.2.3',
  'straße',
  'ǆungla',
  'ᾳ-test',
  'éa-a-b',
  'Ĳa-a-b',
  'café-of-paris',
  'cafe\u0301-au-lait',
  'naïve-of-x',
  'Ωmega',
  'İstanbul',
  'ΣΊΣΥΦΟΣ',
  '½-half',
  'don’t-stop',
  '“quoted”-title',
  'a–b-of-c',
  'wait…-of',
  '入门-指南',
  '第1章-简介',
  '日本語のタイトル',
  '한국어-제목',
  'emoji-🎉-party',
  'guide',
  'person',
  'child',
  'index-of',
  'box',
  'city',
  'boss',
  'half',
  'news',
  'analysis',
  'photo',
  'potato',
  'matrix',
  'wife',
  'life',
  'leaf',
  'series',
]

function main(): void {
  const [themeArg, ...nameFiles] = process.argv.slice(2)
  if (!themeArg || !existsSync(path.join(themeArg, 'layouts/partials/docs/title.html'))) {
    console.error('usage: npx tsx scripts/generate-hugo-titles.ts <hugo-book folder> [names.txt …]')
    process.exit(2)
  }
  const theme = path.resolve(themeArg)
  const version = execFileSync(HUGO, ['version'], { encoding: 'utf8' }).trim()
  if (!/\bv0\.111\./.test(version)) console.warn(`warning: this project follows Hugo 0.111; this is ${version}`)
  const previous = existsSync(TABLE) ? (JSON.parse(readFileSync(TABLE, 'utf8')) as { names: string[] }).names : []
  const given = nameFiles.flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  // Hugo lower-cases URLs: of two names differing only in case, one page would hide the other.
  const byUrl = new Map(
    [...previous, ...MADE_NAMES, ...given].filter(usableName).map((name) => [name.toLowerCase(), name]),
  )
  const names = [...new Set(byUrl.values())].sort()

  const work = mkdtempSync(path.join(tmpdir(), 'hugo-titles-'))
  try {
    const pages = buildMenu(work, theme, 'pages', names, (name, index) => [
      [`${name}.md`, `---\nweight: ${index + 1}\n---\nx\n`],
    ])
    const sections = buildMenu(work, theme, 'sections', names, (name, index) => [
      [`${name}/_index.md`, `---\nweight: ${index + 1}\n---\nx\n`],
    ])
    // A folder without _index.md has no weight: its one page, titled by its number, tells which it is.
    const folderMenu = buildMenu(work, theme, 'folders', names, (name, index) => [
      [`${name}/page.md`, `---\ntitle: "n${index}"\n---\nx\n`],
    ])
    const folders: string[] = new Array<string>(names.length)
    for (let index = 0; index + 1 < folderMenu.length; index += 2) {
      const number = /^n(\d+)$/.exec(folderMenu[index + 1]!)
      if (!number) throw new Error(`unexpected menu entry after ${folderMenu[index]}: ${folderMenu[index + 1]}`)
      folders[Number(number[1])] = folderMenu[index]!
    }
    for (const [kind, titles] of [
      ['pages', pages],
      ['sections', sections],
      ['folders', folders],
    ] as const) {
      if (titles.length !== names.length || titles.some((title) => title === undefined))
        throw new Error(`${kind}: ${titles.length} menu entries for ${names.length} names: ${JSON.stringify(titles)}`)
    }
    const table = {
      about: `Menu titles built by ${version} with hugo-book, by scripts/generate-hugo-titles.ts`,
      names,
      pages,
      sections,
      folders,
    }
    writeFileSync(TABLE, `${JSON.stringify(table, null, 1)}\n`)
    console.log(`${path.relative(ROOT, TABLE)}: ${names.length} names`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** A name that can be a file and a folder that Hugo reads as content (not hidden, not a backup, not a bundle's). */
function usableName(name: string): boolean {
  return (
    name.trim() !== '' &&
    !/[/\0\n\r]/.test(name) &&
    !/^[._#]/.test(name) &&
    !name.endsWith('~') &&
    name !== 'index' &&
    !['page', 'tags', 'categories'].includes(name.toLowerCase()) &&
    Buffer.byteLength(name) < 200
  )
}

/** Builds a site of the files made for each name, with hugo-book's menu of everything, and returns the menu's texts in order. */
function buildMenu(
  work: string,
  theme: string,
  kind: string,
  names: readonly string[],
  files: (name: string, index: number) => [string, string][],
): string[] {
  const site = path.join(work, kind)
  mkdirSync(path.join(site, 'content'), { recursive: true })
  mkdirSync(path.join(site, 'themes'), { recursive: true })
  writeFileSync(
    path.join(site, 'hugo.toml'),
    'baseURL = "https://example.org/"\ntitle = "Titles"\ntheme = "hugo-book"\n[params]\nBookSection = "/"\n',
  )
  execFileSync('ln', ['-s', theme, path.join(site, 'themes', 'hugo-book')])
  names.forEach((name, index) => {
    for (const [file, text] of files(name, index)) {
      mkdirSync(path.dirname(path.join(site, 'content', file)), { recursive: true })
      writeFileSync(path.join(site, 'content', file), text)
    }
  })
  execFileSync(HUGO, ['--source', site, '--destination', path.join(site, 'public'), '--quiet'], { stdio: 'inherit' })
  const html = readFileSync(path.join(site, 'public/index.html'), 'utf8')
  const menu = html.slice(html.indexOf('id="book-search-results"'), html.indexOf('</nav>'))
  return [...menu.matchAll(/<(a|span)\b[^>]*>([^<]*)<\/\1>/g)].map((match) => decodeHtml(match[2]!))
}

function decodeHtml(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#')
      return String.fromCodePoint(
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
      )
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity.toLowerCase()]!
  })
}

main()
