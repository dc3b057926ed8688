/**
 * Running a command while measuring it: wall time (minus any wait for another build's
 * lock), and peak memory as the sum of the RSS of the process and all its descendants,
 * polled from /proc every 200 ms (next build forks workers; one process's maxRSS would miss them).
 */
import { spawn, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const PAGE_SIZE = 4096

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined // the process ended between the listing and the read
  }
}

/** Sum of the resident memory of `root` and its descendants, in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readProc(`/proc/${name}/stat`)
    if (!stat) continue
    // Fields after the command name, which may itself hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
  }
  let total = 0
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!
    const statm = readProc(`/proc/${pid}/statm`)
    if (statm) total += Number(statm.split(' ')[1]) * PAGE_SIZE
    queue.push(...(children.get(pid) ?? []))
  }
  return total
}

/** One line of a command's output (stdout or stderr) and when it was complete, in ms since the start, lock waiting not counted. */
export interface TimedLine {
  ms: number
  text: string
}

export interface Measured {
  code: number | null
  /** Wall time without the time spent waiting for another build's lock. */
  wallMs: number
  waitedMs: number
  peakRss: number
  output: string
  lines: TimedLine[]
}

/** Runs a command to its end; `waitStarts`/`waitEnds` mark lock waiting in its output. */
export function runMeasured(
  command: string,
  args: string[],
  options: SpawnOptions & { waitStarts?: RegExp; waitEnds?: RegExp } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let peakRss = 0
    let waitStart: number | undefined
    let waitedMs = 0
    const lines: TimedLine[] = []
    // Per stream: a chunk may end in the middle of a line, and the two streams interleave.
    const onData = (pending: { text: string }) => (chunk: Buffer) => {
      const text = chunk.toString()
      output += text
      const complete = (pending.text + text).split('\n')
      pending.text = complete.pop()!
      for (const line of complete) {
        if (options.waitStarts?.test(line) && waitStart === undefined) waitStart = performance.now()
        if (waitStart !== undefined && waitedMs === 0 && options.waitEnds?.test(line))
          waitedMs = performance.now() - waitStart
        lines.push({ ms: performance.now() - start - waitedMs, text: line })
      }
    }
    const stdoutRest = { text: '' }
    const stderrRest = { text: '' }
    child.stdout!.on('data', onData(stdoutRest))
    child.stderr!.on('data', onData(stderrRest))
    const poll = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid))
    }, 200)
    child.on('error', (error) => {
      clearInterval(poll)
      reject(error)
    })
    child.on('close', (code) => {
      clearInterval(poll)
      const wallMs = performance.now() - start - waitedMs
      for (const rest of [stdoutRest, stderrRest]) if (rest.text !== '') lines.push({ ms: wallMs, text: rest.text })
      resolve({ code, wallMs, waitedMs, peakRss, output, lines })
    })
  })
}
