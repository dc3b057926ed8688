import { fork } from 'node:child_process'
import { isContentError } from '../../diagnostics/content-error'

/**
 * Work a build step shares between processes, one per core: each worker (a module run with
 * tsx, `lib/build/*-worker.ts`) is told `init` once, then takes jobs one at a time as it
 * finishes the last (the largest first, so that none is left alone with a big one at the end).
 * Jobs and results cross as structured clones over the IPC channel: no file between them.
 * A pool can be started before its jobs are known, so that its workers load their code while
 * the build does something else.
 */
export interface WorkerPool<Job, Result> {
  /** How many workers it has. */
  readonly size: number
  /**
   * Resolves with the results in the jobs' order, then ends the workers; one that dies fails it with
   * what it wrote. A worker still on one job after `budget.ms` is killed and the run fails with `budget.overrun(job)`.
   */
  run(jobs: readonly Job[], weight?: (job: Job) => number, budget?: JobBudget<Job>): Promise<Result[]>
  /** Ends the workers without work. */
  stop(): void
}

/** How long one job may take, and the error that says which job did not finish in time. */
export interface JobBudget<Job> {
  ms: number
  overrun: (job: Job) => Error
}

export function startWorkers<Job, Result>(module: URL, init: unknown, count: number): WorkerPool<Job, Result> {
  const workers = Array.from({ length: Math.max(1, count) }, () => {
    const child = fork(module, [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    })
    const worker = { child, errors: '', exited: undefined as string | undefined }
    child.stderr?.on('data', (chunk: Buffer) => (worker.errors += chunk.toString()))
    child.on('exit', (code, signal) => (worker.exited = signal ?? String(code)))
    child.send({ init })
    return worker
  })
  const stop = () => {
    for (const { child } of workers) if (child.exitCode === null && child.signalCode === null) child.kill()
  }
  return {
    size: workers.length,
    stop,
    async run(jobs, weight, budget) {
      const order = jobs.map((_, index) => index)
      if (weight) order.sort((a, b) => weight(jobs[b]!) - weight(jobs[a]!))
      const results: Result[] = new Array<Result>(jobs.length)
      let next = 0
      try {
        await Promise.all(
          workers.map(
            (worker) =>
              new Promise<void>((resolve, reject) => {
                const { child } = worker
                let current: number | undefined
                let timer: NodeJS.Timeout | undefined
                const fail = () =>
                  reject(new Error(worker.errors.trim() || `a worker (${module.pathname}) stopped: ${worker.exited}`))
                const give = () => {
                  clearTimeout(timer)
                  if (next >= order.length) {
                    current = undefined
                    child.disconnect()
                    return
                  }
                  current = order[next++]!
                  child.send({ job: jobs[current] })
                }
                if (worker.exited !== undefined) return fail()
                child.on('message', (message: { result: Result } | { started: true }) => {
                  // The clock starts when the worker starts on the job, once its code has loaded.
                  // A job that never finishes (a hang in a parser) would otherwise hold the build for ever.
                  if ('started' in message) {
                    const job = jobs[current!]!
                    if (budget)
                      timer = setTimeout(() => {
                        reject(budget.overrun(job))
                        child.kill('SIGKILL')
                      }, budget.ms)
                    return
                  }
                  results[current!] = message.result
                  give()
                })
                child.on('exit', (code) => {
                  clearTimeout(timer)
                  if (current === undefined && code === 0) resolve()
                  else fail()
                })
                give()
              }),
          ),
        )
      } finally {
        stop()
      }
      return results
    },
  }
}

/** Starts `workers` workers (no more than there are jobs), runs the jobs, ends them. */
export function runInWorkers<Job, Result>(
  module: URL,
  init: unknown,
  jobs: readonly Job[],
  options: { workers: number; weight?: (job: Job) => number; budget?: JobBudget<Job> },
): Promise<Result[]> {
  const pool = startWorkers<Job, Result>(module, init, Math.min(options.workers, jobs.length))
  return pool.run(jobs, options.weight, options.budget)
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
      process.send!({ started: true })
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
