import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createContentLookup, type ContentLookup } from '../content/lookup'
import type { ContentSources } from '../content/sources'
import type { SourceRecord } from '../site/page-record'

/**
 * The hand-over from the source step to contentlayer, which runs in its own process.
 *
 * contentlayer parses front matter itself (gray-matter), and skips with a mere warning any
 * file it cannot read (YAML with CRLF line endings) or whose `type:` names no document type
 * (Hugo's common `type: docs`). So it never sees the author's files: it reads `.book/content/`,
 * where each page is its body alone (front matter blanked, same line numbers), and takes
 * everything else about the page from `.book/sources.json`, the source step's records.
 */
const STAGE_ROOT = '.book'
export const STAGED_CONTENT = path.join(STAGE_ROOT, 'content')
const STAGED_SOURCES = path.join(STAGE_ROOT, 'sources.json')

interface StagedSourcesFile {
  contentDir: string
  /** What every page's render depends on besides its own body and record (lib/build/render-cache.ts). */
  renderFingerprint: string
  pages: SourceRecord[]
  assets: string[]
  staticFiles?: string[]
}

/** Where a content file is staged: its path with a `.md` extension (contentlayer reads no `.markdown`). */
export function stagedPath(filePath: string): string {
  return filePath.replace(/\.(md|markdown)$/i, '.md')
}

/**
 * Writes the stage for these sources. A page's staged file is rewritten (or touched) only
 * when its body or its record changed, so that contentlayer's cache, keyed by the file's
 * time, renders exactly the pages that changed; files of removed pages are deleted. With
 * `touchAll`, every page is rendered again (a page was added, removed or moved: refs and
 * links elsewhere may now lead somewhere else), and so it is when the render fingerprint changed
 * (the engine, a setting, the set of pages: lib/build/render-cache.ts).
 */
export function writeStage(
  sources: ContentSources,
  options: { cwd?: string; touchAll?: boolean; fingerprint: string },
): { written: number; removed: number } {
  const cwd = options.cwd ?? process.cwd()
  const contentRoot = path.join(cwd, STAGED_CONTENT)
  const sourcesFile = path.join(cwd, STAGED_SOURCES)
  const { records: previous, fingerprint: previousFingerprint } = readPreviousStage(sourcesFile)
  const touchAll = options.touchAll === true || previousFingerprint !== options.fingerprint
  const pages = sources.pages.map(({ body: _body, ...record }) => record)
  mkdirSync(contentRoot, { recursive: true })
  // The records first: contentlayer reads them when a staged file changes.
  const staged: StagedSourcesFile = {
    contentDir: sources.contentDir,
    renderFingerprint: options.fingerprint,
    pages,
    assets: sources.assets,
    ...(sources.staticFiles ? { staticFiles: sources.staticFiles } : {}),
  }
  writeFileSync(sourcesFile, JSON.stringify(staged))

  let written = 0
  const keep = new Set<string>()
  const now = new Date()
  for (const [index, page] of sources.pages.entries()) {
    const relative = stagedPath(page.filePath)
    keep.add(relative)
    const file = path.join(contentRoot, relative)
    const recordChanged = previous.get(page.filePath) !== JSON.stringify(pages[index])
    const bodyChanged = !existsSync(file) || readFileSync(file, 'utf8') !== page.body
    if (bodyChanged) {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, page.body)
      written++
    } else if (recordChanged || touchAll) {
      utimesSync(file, now, now)
      written++
    }
  }
  let removed = 0
  for (const relative of listFiles(contentRoot)) {
    if (keep.has(relative)) continue
    rmSync(path.join(contentRoot, relative))
    removed++
  }
  return { written, removed }
}

/** The staged records, as contentlayer's process reads them. */
export interface StagedSources {
  contentDir: string
  renderFingerprint: string
  byStagedPath: ReadonlyMap<string, SourceRecord>
  lookup: ContentLookup
}

/**
 * Reads the staged records; under `npm run dev` the file changes while contentlayer runs,
 * so a reader made once returns a new snapshot whenever the file's time or size changed.
 */
export function stagedSourcesReader(
  cwd: string = process.cwd(),
  options: { basePath?: string } = {},
): () => StagedSources {
  const file = path.join(cwd, STAGED_SOURCES)
  let snapshot: { version: string; sources: StagedSources } | undefined
  return () => {
    const stat = statSync(file, { throwIfNoEntry: false })
    if (!stat)
      throw new Error(
        `${STAGED_SOURCES} is missing: run "npm run build" (or "npm run dev"), which stages the content before contentlayer runs`,
      )
    const version = `${stat.mtimeMs}:${stat.size}`
    if (snapshot?.version !== version) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as StagedSourcesFile
      snapshot = {
        version,
        sources: {
          contentDir: data.contentDir,
          renderFingerprint: data.renderFingerprint,
          byStagedPath: new Map(data.pages.map((page) => [stagedPath(page.filePath), page])),
          lookup: createContentLookup(data, options),
        },
      }
    }
    return snapshot.sources
  }
}

function readPreviousStage(file: string): { records: Map<string, string>; fingerprint?: string } {
  if (!existsSync(file)) return { records: new Map() }
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as StagedSourcesFile
    return {
      records: new Map(data.pages.map((page) => [page.filePath, JSON.stringify(page)])),
      fingerprint: data.renderFingerprint,
    }
  } catch {
    return { records: new Map() }
  }
}

function listFiles(root: string, relative = ''): string[] {
  const dir = path.join(root, relative)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`
    return entry.isDirectory() ? listFiles(root, child) : [child]
  })
}
