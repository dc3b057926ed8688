import { execFileSync } from 'node:child_process'
import { parseHugoDate, type IsoDate } from '../formats/dates'

/**
 * Last commit date of every file under `dir`, from one `git log` call for the whole
 * folder (not one per file). Paths are relative to `dir`. Empty when `dir` is not in
 * a git repository or git is missing.
 */
export function gitLastModified(dir: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>()
  let log: string
  try {
    log = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch {
    return dates
  }
  let current: IsoDate | undefined
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) current = parseHugoDate(line.slice(1))
    else if (line !== '' && current && !dates.has(line)) dates.set(line, current)
  }
  return dates
}
