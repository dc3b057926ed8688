import { withBasePath } from '../formats/base-path'
import { loadBuildContext } from './settings'

/**
 * A URL of the site as the HTML writes it: site paths (`/docs/a/`) under the base path the
 * site is served from (`/repo/docs/a/`, lib/formats/base-path.ts); other URLs as they are.
 * Pages, menus and lists keep site paths; every `href` and `src` the components write goes through here.
 */
export function publicUrl(url: string): string {
  return withBasePath(loadBuildContext().config.basePath, url)
}
