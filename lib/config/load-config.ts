import siteConfig from '../../site.config'
import { resolveContentDir, resolveHugoSiteDir } from './content-dir'
import { readHugoSite } from './hugo-config'
import { DEFAULT_SITE_CONFIG, defineSiteConfig, type SiteConfig, type SiteConfigInput } from './site-config'

type Env = Record<string, string | undefined>

let cached: { key: string; config: SiteConfig } | undefined

/**
 * The site configuration in effect for this build: `site.config.ts`, with the Hugo site's
 * configuration laid over it when `HUGO_SITE` names one.
 */
export function loadSiteConfig(env: Env = process.env, cwd: string = process.cwd()): SiteConfig {
  const siteDir = resolveHugoSiteDir(env, cwd)
  if (!siteDir) return siteConfig
  const key = JSON.stringify([siteDir, env['CONTENT_DIR'], env['SITE_URL'], cwd])
  if (cached?.key !== key) {
    const hugo = readHugoSite(siteDir, { contentDir: resolveContentDir(env, cwd), cwd })
    cached = { key, config: withHugoConfig(siteConfig, hugo.config, env['SITE_URL']) }
  }
  return cached.config
}

/**
 * The Hugo configuration over site.config.ts: what the Hugo site sets wins; what it leaves
 * unset comes from site.config.ts, except the default book's own title, description, menu
 * entries and repository, which belong to that book and not to the migrated one.
 * SITE_URL, when set, still decides the site address.
 */
export function withHugoConfig(base: SiteConfig, hugo: SiteConfigInput, siteUrl?: string): SiteConfig {
  return defineSiteConfig({
    ...base,
    title: DEFAULT_SITE_CONFIG.title,
    description: DEFAULT_SITE_CONFIG.description,
    repository: undefined,
    ...hugo,
    baseURL: siteUrl || hugo.baseURL || base.baseURL,
    toc: { ...base.toc, ...hugo.toc },
    menu: { before: hugo.menu?.before ?? [], after: hugo.menu?.after ?? [] },
    math: { ...base.math, ...hugo.math },
  })
}
