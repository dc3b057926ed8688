import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { displayPath, type SourcePage } from '../../content/sources'
import type { BuildWarning } from '../../diagnostics/build-warnings'
import { counted } from '../common/messages'
import { parseShortcodes, type ShortcodeChild } from '../../markdown/shortcodes/parse'
import { BUILTIN_SHORTCODES } from '../../markdown/shortcodes/render'

/**
 * The Hugo site's own shortcode templates (`layouts/shortcodes/*.html`, and those of its themes
 * other than hugo-book's, which are built in) that have no module in `shortcodes/`: Go templates
 * are not run here, so each call shows only its inner text. Said once per build, in one line,
 * with the content files (file:line) that call each one.
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
  const missing = templates.filter((template) => !known.has(template.name))
  const names = [...new Set(missing.map((template) => template.name))].sort()
  if (names.length === 0) return undefined
  const calls = shortcodeCalls(pages)
  const listed = names.map((name) => `${name} (${usesOf(calls.get(name) ?? [])})`)
  const folders = [...new Set(missing.map((template) => template.folder))].join(' and ')
  return {
    file: displayPath(siteDir, 'layouts/shortcodes', cwd),
    message: `${counted(names.length, 'shortcode')} of ${folders} ${names.length === 1 ? 'has' : 'have'} no implementation in shortcodes/: ${listed.join(', ')} — their inner text is shown; see README "Your own shortcodes"`,
  }
}

const MAX_USES = 5

function usesOf(uses: string[]): string {
  if (uses.length === 0) return 'not used'
  return uses.length > MAX_USES
    ? `${uses.slice(0, MAX_USES).join(', ')}, ${uses.length - MAX_USES} more`
    : uses.join(', ')
}

/** `layouts/shortcodes`, then each theme's, hugo-book's own shortcodes being built in. */
function templateFolders(siteDir: string): string[] {
  const themes = path.join(siteDir, 'themes')
  const themeFolders = isDirectory(themes)
    ? readdirSync(themes)
        .sort()
        .map((theme) => `themes/${theme}/layouts/shortcodes`)
    : []
  return ['layouts/shortcodes', ...themeFolders].filter((folder) => isDirectory(path.join(siteDir, folder)))
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

function isDirectory(folder: string): boolean {
  return statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false
}
