/**
 * A worker for lib/build/common/worker-pool.test.ts: answers a job with it in capitals, except
 * `hang:<file>`, for which it writes its process id to <file> and never answers (a parser that loops).
 */
import { writeFileSync } from 'node:fs'
import { serveJobs } from '../../lib/build/common/worker-pool'

serveJobs<null, string, string>(async () => async (job) => {
  if (!job.startsWith('hang:')) return job.toUpperCase()
  writeFileSync(job.slice('hang:'.length), String(process.pid))
  for (;;);
})
