import book from '../../site.config'
import { loadBuildContext as loadFor, type BuildContext, type Env } from '../config/build-context'

/**
 * The build context of this checkout (lib/config/build-context.ts): the default book's own
 * settings, site.config.ts, unless HUGO_SITE names a Hugo site. Read once per process.
 */
export function loadBuildContext(env: Env = process.env, cwd: string = process.cwd()): BuildContext {
  return loadFor(book, env, cwd)
}
