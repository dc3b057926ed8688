import { fork, type ChildProcess } from 'node:child_process'
import { isContentError } from '../diagnostics/content-error'

/**
 * Work a build step shares between processes, one per core: each worker (a module run with
 * tsx, `lib/build/*-worker.ts`) is told `init` once, then takes jobs one at a time as it
 * finishes the last (the largest first, so that none is left alone with a big one at the end).
 * Jobs and results cross as structured clones over the IPC channel: no file between them.
 * Resolves with the results in the jobs' order; a worker that dies fails the step with what it wrote.
 */
export async function runInWorkers<Job, Result>(
  module: URL,
  init: unknown,
  jobs: readonly Job[],
  options: { workers: number; weight?: (job: Job) => number },
): Promise<Result[]> {
  const order = jobs.map((_, index) => index)
  if (options.weight) order.sort((a, b) => options.weight!(jobs[b]!) - options.weight!(jobs[a]!))
  const results: Result[] = new Array<Result>(jobs.length)
  let next = 0
  const workers = Math.max(1, Math.min(options.workers, jobs.length))
  const children: ChildProcess[] = []
  try {
    await Promise.all(
      Array.from({ length: workers }, () => {
        const child = fork(module, [], {
          execArgv: ['--import', 'tsx'],
          serialization: 'advanced',
          stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
        })
        children.push(child)
        let errors = ''
        child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
        return new Promise<void>((resolve, reject) => {
          let current: number | undefined
          const give = () => {
            if (next >= order.length) {
              current = undefined
              child.disconnect()
              return
            }
            current = order[next++]!
            child.send({ job: jobs[current] })
          }
          child.on('message', (message: { result: Result }) => {
            results[current!] = message.result
            give()
          })
          child.on('exit', (code, signal) => {
            if (current === undefined && code === 0) resolve()
            else
              reject(
                new Error(errors.trim() || `a worker (${module.pathname}) stopped: ${signal ?? `exit code ${code}`}`),
              )
          })
          child.send({ init })
          give()
        })
      }),
    )
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill()
  }
  return results
}

/**
 * The worker's side: answers each job with `work(job)`, after `start(init)` has made what every
 * job needs (once). Ends when the step has no more jobs for it.
 */
export function serveJobs<Init, Job, Result>(start: (init: Init) => Promise<(job: Job) => Promise<Result>>): void {
  let worker: Promise<(job: Job) => Promise<Result>> | undefined
  // The step sends the next job once this one's result has come back: one at a time.
  process.on('message', async (message: { init?: Init; job?: Job }) => {
    if (message.init !== undefined) worker = start(message.init)
    if (message.job === undefined) return
    try {
      const work = await worker!
      process.send!({ result: await work(message.job) })
    } catch (error) {
      // An author's problem (a shortcode module that does not load) as the build prints it; else the stack.
      console.error(
        isContentError(error)
          ? error.format()
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error),
      )
      process.exit(1)
    }
  })
  process.on('disconnect', () => process.exit(0))
}
