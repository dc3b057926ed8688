/**
 * The floor for build time: a bare Next.js app, with the same installed Next.js and React
 * (node_modules linked from this project), that exports the same URLs as our build of a book,
 * each with the same article HTML (dangerouslySetInnerHTML) and a plain server-rendered menu
 * (nested `<ul><li><a>`) with as many links as our page's menu. What our build costs above
 * it is ours; what it costs is Next's.
 *
 * The pages come from contentlayer's output (`.contentlayer/generated/Page/_index.json`), read
 * right after our build; they are written as one JSON file that the route reads once.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'contentlayer/generated'
import { runMeasured, type Measured } from './process-tree'

export interface FloorPage {
  url: string
  html: string
}

export interface FloorMenuItem {
  url: string
  title: string
  children: FloorMenuItem[]
}

/** Links in our page's menu: `<a … class="menu-link …">`. */
export function countMenuLinks(html: string): number {
  return html.match(/<a\b[^>]*\bclass="(?:[^"]*\s)?menu-link(?:\s[^"]*)?"/g)?.length ?? 0
}

/** One page per URL, in URL order, with the article HTML our build rendered. */
export function floorPages(documents: readonly Page[]): FloorPage[] {
  const byUrl = new Map(documents.map((page) => [page.url, { url: page.url, html: page.html }]))
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
}

/** A menu of exactly `links` entries: the first pages in URL order (the home page left out), nested under their parent URL. */
export function floorMenu(pages: readonly { url: string; title: string }[], links: number): FloorMenuItem[] {
  const chosen = [...pages]
    .filter((page) => page.url !== '/')
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .slice(0, links)
  if (chosen.length < links)
    throw new Error(
      `The floor's menu needs ${links} links but the book has ${chosen.length} pages besides the home page`,
    )
  const items = new Map<string, FloorMenuItem>()
  const roots: FloorMenuItem[] = []
  for (const page of chosen) {
    const item: FloorMenuItem = { url: page.url, title: page.title, children: [] }
    items.set(page.url, item)
    const parent = items.get(page.url.replace(/[^/]+\/$/, ''))
    if (parent) parent.children.push(item)
    else roots.push(item)
  }
  return roots
}

const PAGE_ROUTE = `import { readFileSync } from 'node:fs'
import path from 'node:path'

// Every page's data, read once when the module loads; nothing per page is read here.
const data = JSON.parse(readFileSync(path.join(process.cwd(), 'pages.json'), 'utf8'))
const htmlByUrl = new Map(data.pages.map((page) => [page.url, page.html]))
const segments = (url) => url.split('/').filter(Boolean)
const decode = (segment) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export const dynamicParams = false

export function generateStaticParams() {
  return data.pages.map((page) => ({ slug: segments(page.url) }))
}

function Menu({ items }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.url}>
          <a href={item.url}>{item.title}</a>
          {item.children.length > 0 ? <Menu items={item.children} /> : null}
        </li>
      ))}
    </ul>
  )
}

export default async function Page({ params }) {
  const { slug = [] } = await params
  const url = slug.length === 0 ? '/' : '/' + slug.map(decode).join('/') + '/'
  return (
    <>
      <nav>
        <Menu items={data.menu} />
      </nav>
      <main dangerouslySetInnerHTML={{ __html: htmlByUrl.get(url) }} />
    </>
  )
}
`

const files: Record<string, string> = {
  'package.json': '{ "name": "floor-next", "private": true }\n',
  // The linked node_modules lies outside this folder: Turbopack must see the whole filesystem.
  // Every core renders pages (Next's default, cores − 1, leaves one of two idle): the floor is the fastest Next does.
  'next.config.mjs':
    "import { availableParallelism } from 'node:os'\n\nexport default { output: 'export', trailingSlash: true, turbopack: { root: '/' }, experimental: { cpus: availableParallelism() } }\n",
  'app/layout.jsx':
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="zh-CN">\n      <body>{children}</body>\n    </html>\n  )\n}\n',
  'app/[[...slug]]/page.jsx': PAGE_ROUTE,
}

/**
 * Writes the floor app for `documents` into `dir` (not built yet): call it right after our build,
 * before anything else replaces contentlayer's output. Returns the number of pages.
 */
export function writeFloorNext(dir: string, documents: readonly Page[], menuLinks: number): number {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'))
  const pages = floorPages(documents)
  const menu = floorMenu(
    documents.map((page) => ({ url: page.url, title: page.linkTitle || page.title })),
    menuLinks,
  )
  writeFileSync(path.join(dir, 'pages.json'), JSON.stringify({ menu, pages }))
  return pages.length
}

/** `next build` of the floor app written in `dir`, measured; its export is `dir/out`. */
export async function buildFloorNext(dir: string): Promise<Measured> {
  const result = await runMeasured(path.resolve('node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  })
  if (result.code !== 0)
    throw new Error(
      `The floor's next build in ${dir} failed (exit code ${result.code}):\n${result.output.slice(-4000)}`,
    )
  return result
}
