import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { displayPath, type SourcePage } from '../../content/sources'
import type { BuildWarning } from '../../diagnostics/build-warnings'
import { counted } from '../common/messages'
import { parseShortcodes, type ShortcodeChild } from '../../markdown/shortcodes/parse'
import { BUILTIN_SHORTCODES } from '../../markdown/shortcodes/render'

const SITE_FOLDER = 'layouts/shortcodes'

/**
 * The Hugo site's own shortcode templates (`layouts/shortcodes/*.html`) and the ones of its
 * themes that a page calls, which have no module in `shortcodes/` and are not built in: Go
 * templates are not run here, so each call shows only its inner text. A theme's template no
 * page calls changes nothing (hugo-book's own `html`). Said once per build, in one line, with
 * the content files (file:line) that call each one.
 */
export function unimplementedShortcodes(
  siteDir: string,
  implemented: readonly string[],
  pages: readonly Pick<SourcePage, 'filePath' | 'body'>[],
  cwd: string = process.cwd(),
): BuildWarning | undefined {
  const known = new Set([...implemented, ...BUILTIN_SHORTCODES])
  const templates = templateFolders(siteDir).flatMap((folder) =>
    templateNames(path.join(siteDir, folder)).map((name) => ({ name, folder })),
  )
  const calls = shortcodeCalls(pages)
  const missing = templates.filter(
    (template) => !known.has(template.name) && (template.folder === SITE_FOLDER || calls.has(template.name)),
  )
  const names = [...new Set(missing.map((template) => template.name))].sort()
  if (names.length === 0) return undefined
  const listed = names.map((name) => `${name} (${usesOf(calls.get(name) ?? [])})`)
  const folders = [...new Set(missing.map((template) => template.folder))].join(' and ')
  return {
    file: displayPath(siteDir, SITE_FOLDER, cwd),
    message: `${counted(names.length, 'shortcode')} of ${folders} ${names.length === 1 ? 'has' : 'have'} no implementation in shortcodes/: ${listed.join(', ')} — their inner text is shown; see the manual: docs/content/docs/migrating/own-shortcodes.md`,
  }
}

const MAX_USES = 5

function usesOf(uses: string[]): string {
  if (uses.length === 0) return 'not used'
  return uses.length > MAX_USES
    ? `${uses.slice(0, MAX_USES).join(', ')}, ${uses.length - MAX_USES} more`
    : uses.join(', ')
}

/** `layouts/shortcodes`, then each theme's; a file in `themes/` (a `.DS_Store`) is no theme, as in Hugo. */
function templateFolders(siteDir: string): string[] {
  const themes = path.join(siteDir, 'themes')
  const themeFolders = isDirectory(themes)
    ? readdirSync(themes)
        .sort()
        .filter((theme) => isDirectory(path.join(themes, theme)))
        .map((theme) => `themes/${theme}/layouts/shortcodes`)
    : []
  return [SITE_FOLDER, ...themeFolders].filter((folder) => isDirectory(path.join(siteDir, folder)))
}

/** Hugo's names: `members.html`, `members.en.html` and `members.amp.html` are all `members`. */
function templateNames(folder: string): string[] {
  return readdirSync(folder)
    .filter((entry) => !entry.startsWith('.') && statSync(path.join(folder, entry)).isFile())
    .map((entry) => entry.split('.')[0]!)
    .filter((name) => name !== '')
}

/** Every shortcode call in the pages: name → `docs/team.md:12`, in file order. */
function shortcodeCalls(pages: readonly Pick<SourcePage, 'filePath' | 'body'>[]): Map<string, string[]> {
  const calls = new Map<string, string[]>()
  const visit = (filePath: string, children: ShortcodeChild[]) => {
    for (const child of children) {
      if (child.type !== 'shortcode') continue
      calls.set(child.name, [...(calls.get(child.name) ?? []), `${filePath}:${child.line}`])
      visit(filePath, child.children)
    }
  }
  for (const page of [...pages].sort((a, b) => a.filePath.localeCompare(b.filePath)))
    visit(page.filePath, parseShortcodes(page.body).children)
  return calls
}

/** False for a path that is missing or runs through a file (`themes/.DS_Store/layouts`). */
function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    throw error
  }
}
