import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'contentlayer/generated'
import type { SiteConfig } from '../config/site-config'

/**
 * What the build hands to `next build` (and `npm run dev` to `next dev`): two files, read by
 * next.config.ts and the routes, and nothing else (no environment variable of the book's).
 *   - the documents, contentlayer's generated `Page` documents of every language
 *     (lib/build/documents-step.ts writes them, the one copy of every page Next reads);
 *   - this plan: the build id, the path the site is served under, every language with its
 *     settings and, for an incremental export, the page routes to render.
 */
export const BUILD_PLAN_FILE = path.join('.book', 'build-plan.json')
export const DOCUMENTS_FILE = path.join('.contentlayer', 'generated', 'Page', '_index.json')
/** Where `next build` exports the site (next.config.ts's distDir): the build completes it there, then publishes it. */
export const EXPORT_DIR = path.join('.book', 'export')

export interface BuildPlan {
  /** Next's build id: the same code gives the same id (lib/build/site-step.ts). */
  buildId: string
  /** The path the whole site is served under (`/repo`): Next's basePath. */
  basePath: string
  /** The pages show the site's languages (a language menu, hreflang links). */
  multilingual: boolean
  /** Every language, in Hugo's order. */
  languages: PlannedLanguage[]
  /** The published export this plan's pages were exported into, with what the next build needs to keep them. */
  exported?: ExportState
  /**
   * When the book has MDX pages: the folder holding the project and every content folder, which
   * Next's bundler (Turbopack's root, next.config.ts) must see to bundle what the pages import.
   */
  moduleRoot?: string
}

export interface PlannedLanguage {
  /** The route parameter `[lang]` and hreflang: Hugo's key (`en`, `zh`), the language code for a site with one. */
  key: string
  /** What the language menu shows. */
  name: string
  /** Its folder in the site: '' for the default language at the root. */
  folder: string
  isDefault: boolean
  /** Its settings; basePath is the site's plus its folder. */
  config: SiteConfig
  /** Site path of the menu file the pages of a large book load their left-out sections from (`/menu/tree.<hash>.json`). */
  menuFile: string
  /** The page routes (site paths) an incremental export renders; all when absent. */
  render?: string[]
}

/** What the build remembers of a published export: where it went and what each page route was made of. */
export interface ExportState {
  /** The published folder (absolute path). */
  target: string
  /** The build id of the code that exported it. */
  buildId: string
  /** A hash of what every page shows of every other page, the settings and the code (lib/build/export/incremental-export.ts). */
  sharedKey: string
  /** Page route (public path, `/zh/docs/a/`) → its key and the file its inline scripts were moved into. */
  routes: Record<string, { key: string; script?: string }>
}

export function readBuildPlan(cwd: string = process.cwd()): BuildPlan {
  const file = path.join(cwd, BUILD_PLAN_FILE)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildPlan
  } catch (error) {
    throw new Error(
      `cannot read ${BUILD_PLAN_FILE}: run "npm run build" or "npm run dev", which write it. ${String(error)}`,
      {
        cause: error,
      },
    )
  }
}

/** The plan of the last build, if there is one that can be read. */
export function lastBuildPlan(cwd: string = process.cwd()): BuildPlan | undefined {
  try {
    return readBuildPlan(cwd)
  } catch {
    return undefined
  }
}

/**
 * Every page of every language, in the order the build wrote them. Read from disk rather than
 * imported, so that the book's text is not bundled into the server build.
 */
export function readDocuments(cwd: string = process.cwd()): Page[] {
  const file = path.join(cwd, DOCUMENTS_FILE)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Page[]
  } catch (error) {
    throw new Error(
      `cannot read ${DOCUMENTS_FILE}: run "npm run build" or "npm run dev", which write it. ${String(error)}`,
      {
        cause: error,
      },
    )
  }
}
