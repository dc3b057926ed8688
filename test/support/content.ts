import { defineSiteConfig, type SiteConfigInput } from '../../lib/config/site-config'
import { readContentSources } from '../../lib/content/sources'
import { renderSite } from '../../lib/site/render-site'
import type { Site } from '../../lib/site/site'

/**
 * The site of a fixture folder, built by the production path without contentlayer
 * (lib/site/render-site.ts: the same sources, renderer and site model). The fixtures are
 * Chinese books, so their settings default to the default book's language and date layout.
 */
export async function siteFromFolder(contentDir: string, config: SiteConfigInput = {}): Promise<Site> {
  return renderSite(
    readContentSources(contentDir),
    defineSiteConfig({ title: 'Test Book', language: 'zh-CN', dateFormat: '2006年1月2日', theme: 'auto', ...config }),
  )
}

export { contentErrorOf, writeFixture } from './files'
