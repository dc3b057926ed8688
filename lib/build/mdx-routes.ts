import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'contentlayer/generated'
import { ContentError } from '../diagnostics/content-error'
import { sha256Hex } from '../formats/digest'
import { urlToSegments } from '../content/paths'

/**
 * MDX pages are React: Next must bundle each page's module with the components it imports, and
 * only a route of its own keeps a page's client components off the other pages (one route's
 * client code is loaded by all its pages). So each build writes, under the gitignored
 * `app/[lang]/(mdx)/`, every MDX page's compiled module (`_modules/<hash>.tsx`; `_` keeps
 * Next from routing it) and, for every site path that is an MDX page in some language, a route
 * `<path>/page.tsx` (app/_site/mdx-page.tsx renders it); the catch-all route leaves those paths
 * out. Everything there is written anew by each build: nothing of an earlier one survives.
 */

const MDX_ROUTES_DIR = path.join('app', '[lang]', '(mdx)')
const MODULES = '_modules'

/** Folder names Next gives a meaning (groups, dynamic segments, slots) cannot be a page's path. */
const NEXT_SPECIAL = /^[([@]|[[\]]/

/** A path segment as a route folder: a leading `_` (Next's private folders) is written `%5F`, as Next asks. */
function routeFolder(segment: string, page: Page): string {
  if (NEXT_SPECIAL.test(segment))
    throw new ContentError({
      file: page.filePath ?? page.url,
      message: `the MDX page's URL ${page.url} has the segment "${segment}", which Next.js reads as a route group, dynamic segment or slot`,
      hint: 'give the page another URL (rename the file or its folder, or set url or slug in its front matter)',
    })
  // Characters beyond ASCII are written percent-encoded: a route named in plain Chinese fails its
  // prerender (the name goes into a header). The export is moved to the decoded path afterwards
  // (decodeMdxRouteFolders).
  const encoded = segment.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run))
  return encoded.startsWith('_') ? `%5F${encoded.slice(1)}` : encoded
}

/**
 * The compiled module with its imports made relative to where it is written: Turbopack does
 * not resolve absolute paths, and resolves relative ones anywhere under its root (next.config.ts).
 */
function relocated(code: string, moduleDir: string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\/[^"']+)\2/g,
    (_, keyword: string, quote: string, target: string) => {
      const relative = path.relative(moduleDir, target).split(path.sep).join('/')
      return `${keyword}${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote}`
    },
  )
}

const identifier = (lang: string) => `Content_${lang.replace(/[^A-Za-z0-9]/g, '_')}`

/** Writes the modules and routes of the book's MDX pages (none: the folder is removed). Returns how many routes. */
export function writeMdxRoutes(cwd: string, documents: readonly Page[]): number {
  const root = path.join(cwd, MDX_ROUTES_DIR)
  rmSync(root, { recursive: true, force: true })
  const mdxPages = documents.filter((page) => page.mdx !== undefined)
  if (mdxPages.length === 0) return 0
  const modulesDir = path.join(root, MODULES)
  mkdirSync(modulesDir, { recursive: true })

  const byUrl = new Map<string, Page[]>()
  for (const page of mdxPages) {
    if (page.kind === 'home')
      throw new ContentError({
        file: page.filePath ?? '_index.mdx',
        message: 'the home page cannot be an MDX page: its route is the one every other page shares',
        hint: 'write the home page as _index.md, and put the interactive part on a page of its own',
      })
    byUrl.set(page.url, [...(byUrl.get(page.url) ?? []), page])
  }
  for (const [url, pages] of [...byUrl].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const routeDir = path.join(root, ...urlToSegments(url).map((segment) => routeFolder(segment, pages[0]!)))
    mkdirSync(routeDir, { recursive: true })
    const imports: string[] = []
    const entries: string[] = []
    for (const page of [...pages].sort((a, b) => (a.language < b.language ? -1 : 1))) {
      const name = `${sha256Hex(page.language, page.filePath ?? url).slice(0, 16)}.tsx`
      // @ts-nocheck: the author's module, compiled; its components are checked where they are written.
      writeFileSync(path.join(modulesDir, name), `// @ts-nocheck\n${relocated(page.mdx!, modulesDir)}`)
      const from = path.relative(routeDir, path.join(modulesDir, name)).split(path.sep).join('/')
      imports.push(`import ${identifier(page.language)} from '${from.replace(/\.tsx$/, '')}'`)
      entries.push(`  ${JSON.stringify(page.language)}: ${identifier(page.language)},`)
    }
    writeFileSync(
      path.join(routeDir, 'page.tsx'),
      [
        `// Written by the build for ${pages.map((page) => page.filePath).join(', ')} (lib/build/mdx-routes.ts).`,
        `import { mdxPageRoute } from '@/app/_site/mdx-page'`,
        ...imports,
        '',
        `const route = mdxPageRoute(${JSON.stringify(url)}, {`,
        ...entries,
        '})',
        'export const dynamicParams = false',
        'export const generateStaticParams = route.generateStaticParams',
        'export const generateMetadata = route.generateMetadata',
        'export default route.Page',
        '',
      ].join('\n'),
    )
  }
  return byUrl.size
}

/**
 * Next exports a route whose folder is percent-encoded (a Chinese path: routeFolder) under that
 * encoded name; the page belongs at its decoded path, where the catch-all route's Chinese pages are
 * written too. Moves each such route's own files there, in the export (`<language key>/<path>`).
 */
export function decodeMdxRouteFolders(exportDir: string, documents: readonly Page[]): number {
  let moved = 0
  for (const page of documents) {
    if (page.mdx === undefined) continue
    const segments = urlToSegments(page.url)
    const encoded = segments.map((segment) => routeFolder(segment, page))
    if (encoded.every((segment, i) => segment === segments[i])) continue
    const from = path.join(exportDir, page.language, ...encoded)
    const to = path.join(exportDir, page.language, ...segments)
    if (!existsSync(from) || from === to) continue
    mkdirSync(to, { recursive: true })
    for (const name of readdirSync(from))
      if (statSync(path.join(from, name)).isFile()) renameSync(path.join(from, name), path.join(to, name))
    // Its encoded parents are left empty when nothing else was written under them.
    for (
      let dir = from;
      dir !== path.join(exportDir, page.language) && readdirSync(dir).length === 0;
      dir = path.dirname(dir)
    )
      rmdirSync(dir)
    moved++
  }
  return moved
}
