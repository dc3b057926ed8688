/**
 * A build stopped from outside, as `npm run build` is stopped: SIGTERM to the process running
 * scripts/build.ts (a CI's cancel, `kill`), and SIGINT to the whole process group (Ctrl-C in a
 * terminal), while the pages render and while `next build` runs. Each time the build exits
 * with one line saying so, no process of it is left running, the previous output folder is
 * byte for byte as it was, and the build lock is released. Each case starts a real build of a
 * small book and stops it: a minute or so each on a busy 2-core machine, hence the timeouts.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFixture } from '../support/content'

const ROOT = path.join(import.meta.dirname, '..', '..')
const LOCK = path.join(ROOT, '.book', 'build.lock')

/** 120 pages: enough for the render step to start its worker processes on two cores. */
function book(): string {
  const pages = Object.fromEntries(
    Array.from({ length: 120 }, (_, index) => [
      `docs/page-${index}.md`,
      `---\ntitle: 第 ${index} 页\nweight: ${index}\n---\n## 一节\n\n正文 ${index}。\n\n\`\`\`ts\nconst n = ${index}\n\`\`\`\n`,
    ]),
  )
  return writeFixture({
    '_index.md': '---\ntitle: 首页\n---\n欢迎。',
    'docs/_index.md': '---\ntitle: 文档\n---\n',
    ...pages,
  })
}

/** A previous build's output: files no build writes, to be found as they were. */
function previousOutput(): { dir: string; files: () => Record<string, string> } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'book-out-')), 'out')
  const files = () =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name)
          return [path.relative(dir, file), readFileSync(file, 'base64')]
        }),
    )
  mkdirSync(dir)
  for (const [file, text] of [
    ['index.html', '<title>the previous build</title>'],
    ['serve.json', '{"headers":[]}'],
    ['_headers', '/*\n  X-Content-Type-Options: nosniff\n'],
  ] as const) {
    writeFileSync(path.join(dir, file), text)
  }
  return { dir, files }
}

/** The processes whose environment carries `marker`: every process of one build, however deep. */
function processesOf(marker: string): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue
    try {
      if (!readFileSync(`/proc/${name}/environ`, 'utf8').includes(`BOOK_STOP_TEST=${marker}`)) continue
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim()
      // The last output's removal goes on by design after a build; a zombie has no command line.
      if (command !== '' && !command.includes('rmSync')) found.push({ pid: Number(name), command })
    } catch {
      // Gone meanwhile.
    }
  }
  return found
}

/** `npm run build` in a process group of its own, as a terminal runs it. */
function startBuild(contentDir: string, outDir: string) {
  const marker = randomUUID()
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, BOOK_STOP_TEST: marker }
  delete env['HUGO_SITE']
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    marker,
    group: child.pid!,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves once the build has printed `text` and `running` finds its process. */
    async reached(text: string, running: (command: string) => boolean): Promise<void> {
      while (!stdout.includes(text) || !processesOf(marker).some(({ command }) => running(command))) {
        if (child.exitCode !== null) throw new Error(`the build ended before "${text}":\n${stdout}\n${stderr}`)
        await sleep(200)
      }
    },
    /** The pid of the build's process whose command line `is` describes. */
    process(is: (command: string) => boolean): number {
      const found = processesOf(marker).find(({ command }) => is(command))
      if (!found) throw new Error(`not found among ${JSON.stringify(processesOf(marker))}`)
      return found.pid
    },
  }
}

/** Waits (generously) for the build's processes to be gone, then says which are left. */
async function leftOver(marker: string): Promise<string[]> {
  for (let tries = 0; tries < 100 && processesOf(marker).length > 0; tries++) await sleep(300)
  return processesOf(marker).map(({ command }) => command)
}

const RENDERING = '▸ Rendering the Markdown'
const NEXT_BUILD = '▸ Building the site (next build)'
const renderWorker = (command: string) => command.includes('render-worker.ts')
const nextBuild = (command: string) => /\bnext build\b/.test(command)
/** The processes `npm run build` runs, by their command lines: tsx, the node process it starts, the build's own. */
const TSX = (command: string) => /node_modules\/\.bin\/tsx scripts\/build\.ts$/.test(command)
const BUILD_SCRIPT = (command: string) => /^\S*node .*--import \S+ scripts\/build\.ts$/.test(command)
const BUILD_ITSELF = (command: string) => command.endsWith('scripts/build-site.ts')

describe('a build stopped from outside', () => {
  // A build this test failed to stop does not run on behind it.
  let started: string | undefined
  afterEach(() => {
    for (const { pid } of started ? processesOf(started) : []) process.kill(pid, 'SIGKILL')
  })
  const cases = [
    { signal: 'SIGTERM', to: 'tsx', process: TSX, at: RENDERING, running: renderWorker },
    { signal: 'SIGTERM', to: 'scripts/build.ts', process: BUILD_SCRIPT, at: NEXT_BUILD, running: nextBuild },
    { signal: 'SIGINT', to: 'the process group (Ctrl-C)', process: undefined, at: NEXT_BUILD, running: nextBuild },
    { signal: 'SIGTERM', to: 'the build itself', process: BUILD_ITSELF, at: NEXT_BUILD, running: nextBuild },
  ] as const
  for (const { signal, to, process: receiver, at, running } of cases)
    it(
      `by ${signal} to ${to} at "${at}" ends every process of it, keeps the last output and releases the lock`,
      { timeout: 600_000 },
      async () => {
        const out = previousOutput()
        const before = out.files()
        const build = startBuild(book(), out.dir)
        started = build.marker
        await build.reached(at, running)

        if (receiver) process.kill(build.process(receiver), signal)
        else process.kill(-build.group, signal)
        const code = await build.exited

        expect(code).not.toBe(0)
        expect(await leftOver(build.marker)).toEqual([])
        expect(out.files()).toEqual(before)
        expect(readdirSync(path.dirname(out.dir))).toEqual(['out'])
        expect(existsSync(LOCK)).toBe(false)
        const { stderr } = build.output()
        expect(stderr.split('\n').filter((line) => line.startsWith('✗'))).toEqual([
          `✗ The build was stopped (${signal}); ${out.dir}/ is as it was.`,
        ])
        expect(stderr).not.toMatch(/^\s+at /m) // no stack trace
      },
    )
})
