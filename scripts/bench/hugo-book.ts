/**
 * The reference: the same content folder built by Hugo with the hugo-book theme, when `hugo` is
 * on PATH (or HUGO=/path/to/hugo) and HUGO_BOOK_THEME names a hugo-book checkout. A temporary site: a minimal hugo.toml
 * (the theme linked into its own themes folder, contentDir the book, publishDir a temporary folder).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runMeasured, type Measured } from './process-tree'

export type HugoSetup = { ok: true; hugo: string; version: string; theme: string } | { ok: false; reason: string }

/** Whether Hugo and hugo-book are there, and if not, why. */
export function hugoSetup(env: NodeJS.ProcessEnv = process.env): HugoSetup {
  const hugo = env['HUGO'] || 'hugo'
  const version = spawnSync(hugo, ['version'], { encoding: 'utf8' })
  if (version.error || version.status !== 0)
    return {
      ok: false,
      reason: env['HUGO'] ? `HUGO=${hugo} does not run` : '`hugo` is not on PATH (or set HUGO=/path/to/hugo)',
    }
  const theme = env['HUGO_BOOK_THEME']
  if (!theme)
    return {
      ok: false,
      reason: 'HUGO_BOOK_THEME is not set (a hugo-book checkout, e.g. alex-shpak/hugo-book at f8a0fc4 for Hugo 0.111)',
    }
  if (!existsSync(path.join(theme, 'layouts')))
    return { ok: false, reason: `HUGO_BOOK_THEME=${theme} has no layouts/ folder: not a hugo-book checkout` }
  return {
    ok: true,
    hugo,
    version: /v\d+\.\d+\.\d+/.exec(version.stdout)?.[0] ?? version.stdout.trim(),
    theme: path.resolve(theme),
  }
}

/** Builds `contentDir` with Hugo + hugo-book in a site under `dir`, measured. */
export async function buildWithHugo(
  setup: Extract<HugoSetup, { ok: true }>,
  contentDir: string,
  dir: string,
): Promise<Measured> {
  const site = path.join(dir, 'site')
  mkdirSync(path.join(site, 'themes'), { recursive: true })
  symlinkSync(setup.theme, path.join(site, 'themes', 'hugo-book'))
  const toml = (text: string) => JSON.stringify(text) // a TOML basic string is a JSON string for these paths
  writeFileSync(
    path.join(site, 'hugo.toml'),
    [
      "baseURL = 'http://localhost/'",
      "title = 'bench'",
      "theme = 'hugo-book'",
      `contentDir = ${toml(path.resolve(contentDir))}`,
      `publishDir = ${toml(path.join(dir, 'public'))}`,
      `cacheDir = ${toml(path.join(dir, 'cache'))}`,
      '',
    ].join('\n'),
  )
  const result = await runMeasured(setup.hugo, ['--source', site], { env: process.env })
  if (result.code !== 0)
    throw new Error(`The Hugo build of ${contentDir} failed (exit code ${result.code}):\n${result.output.slice(-4000)}`)
  return result
}
