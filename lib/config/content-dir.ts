import path from 'node:path'
import { readHugoSite } from './hugo-config'

type Env = Record<string, string | undefined>

/**
 * The content folder being built: `CONTENT_DIR` when set (any Hugo content folder); else,
 * with `HUGO_SITE` (a Hugo site folder), the content folder its configuration names
 * (contentDir, or the default language's); else `./content`.
 */
export function resolveContentDir(env: Env = process.env, cwd: string = process.cwd()): string {
  if (env['CONTENT_DIR']) return path.resolve(cwd, env['CONTENT_DIR'])
  const site = resolveHugoSiteDir(env, cwd)
  if (site) return readHugoSite(site, { cwd }).contentDir
  return path.resolve(cwd, 'content')
}

/** The Hugo site folder named by `HUGO_SITE`, or undefined. */
export function resolveHugoSiteDir(env: Env = process.env, cwd: string = process.cwd()): string | undefined {
  return env['HUGO_SITE'] ? path.resolve(cwd, env['HUGO_SITE']) : undefined
}
