import siteConfig from '../../site.config'
import type { SiteConfig } from './site-config'

/** The site configuration in effect for this build. */
export function loadSiteConfig(): SiteConfig {
  return siteConfig
}
