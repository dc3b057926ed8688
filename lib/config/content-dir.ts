import path from 'node:path'

/** The content folder being built: `CONTENT_DIR` when set (any Hugo content folder), else `./content`. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env['CONTENT_DIR'] || 'content')
}
