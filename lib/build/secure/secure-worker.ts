/**
 * One of the secure step's worker processes (secure-step.ts): moves the inline scripts of the
 * pages it is given into files, one page at a time.
 */
import { pageSecurer, type SecureInit } from '../secure-step'
import { serveJobs } from '../common/worker-pool'

serveJobs<SecureInit, string, ReturnType<ReturnType<typeof pageSecurer>>>(async (init) => {
  const secure = pageSecurer(init)
  return async (file) => secure(file)
})
