/**
 * How much longer than on an idle machine the browser tests may wait. A busy machine (a build
 * running beside the tests, a CI runner shared with others) stretches every step, and a test
 * that would pass must not fail only because its clock ran out. Every timeout of the suite is
 * its idle value times this factor: 1 plus the machine's load per core when the run starts
 * (the suite's own browsers and servers will add to it), at most 5; `E2E_TIME_SCALE` sets it.
 * The configuration writes it into the environment, so its worker processes share one factor.
 */
import { availableParallelism, loadavg } from 'node:os'

const MOST = 5

function timeScale(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = Number(env['E2E_TIME_SCALE'])
  if (Number.isFinite(given) && given > 0) return given
  const perCore = Math.max(...loadavg().slice(0, 2)) / availableParallelism()
  return Math.min(MOST, Math.round((1 + perCore) * 10) / 10)
}

export const TIME_SCALE = timeScale()

/** An idle machine's timeout, in milliseconds, stretched for this one. */
export function scaled(milliseconds: number): number {
  return Math.round(milliseconds * TIME_SCALE)
}
