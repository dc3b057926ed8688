import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext } from '../config/build-context'

/**
 * Where a site's own shortcode modules live: `shortcodes/` in the Hugo site folder (HUGO_SITE),
 * else in the project folder (the default book, CONTENT_DIR builds). `members.tsx` (or
 * `members.ts`) implements `{{< members >}}`, as Hugo's `layouts/shortcodes/members.html` does.
 */
export function shortcodesFolder(context: Pick<BuildContext, 'siteDir'>, cwd: string = process.cwd()): string {
  return path.join(context.siteDir ?? cwd, 'shortcodes')
}

const MODULE_FILE = /^([\w-]+)\.tsx?$/

/** The shortcode names a folder implements, without loading anything: `members` for members.tsx. */
export function shortcodeModuleNames(folder: string): string[] {
  return moduleFiles(folder).map((file) => file.name)
}

/** The module files of a folder, by shortcode name (test files and declarations left out). */
export function moduleFiles(folder: string): { name: string; file: string }[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return []
  return readdirSync(folder)
    .filter((entry) => MODULE_FILE.test(entry) && !/\.(?:test|d)\.tsx?$/.test(entry))
    .sort()
    .map((entry) => ({ name: MODULE_FILE.exec(entry)![1]!, file: path.join(folder, entry) }))
}
