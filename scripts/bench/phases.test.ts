import { describe, expect, it } from 'vitest'
import { formatPhases, splitPhases } from './phases'

/** Lines as `[seconds, text]`, the way a build prints them. */
const at = (lines: [number, string][]) => lines.map(([seconds, text]) => ({ ms: seconds * 1000, text }))

// What `npm run build` printed for the default book (Next 16.4, one worker), times made round.
const build = at([
  [1, ''],
  [1, '▸ Reading the content in content'],
  [1.5, '  8 pages from 8 Markdown files'],
  [2, '▸ Building documents (contentlayer2)'],
  [9, 'Generated 8 documents in .contentlayer'],
  [10, '▸ Building the site (next build)'],
  [11, '▲ Next.js 16.4.6 (Turbopack)'],
  [11, '  Creating an optimized production build ...'],
  [25, '✓ Compiled successfully in 11.7s'],
  [26, '  Running TypeScript ...'],
  [36, '  Finished TypeScript in 10.2s ...'],
  [36, '  Collecting page data using 1 worker ...'],
  [40, '  Generating static pages using 1 worker (0/44) ...'],
  [45, '  Generating static pages using 1 worker (22/44) '],
  [50, '✓ Generating static pages using 1 worker (44/44) in 597ms'],
  [51, '  Finalizing page optimization ...'],
  [53, 'Route (app)'],
  [55, '▸ Moving inline scripts into files and writing the security headers (CSP)'],
  [58, '▸ Copying images and other files beside the pages'],
  [59, '✓ The site is in out/'],
])

const seconds = (phases: { name: string; ms: number }[]) => phases.map(({ name, ms }) => [name, ms / 1000])

describe('splitPhases', () => {
  it('starts a phase at every ▸ line and splits the next build step at Next’s own progress lines', () => {
    expect(seconds(splitPhases(build, 60_000))).toEqual([
      ['start-up', 1],
      ['Reading the content in content', 1],
      ['Building documents (contentlayer2)', 8],
      ['next compile', 15],
      ['next type check', 11],
      ['next collecting page data', 4],
      ['next static generation', 10],
      ['next finalizing/export', 5],
      ['Moving inline scripts into files and writing the security headers (CSP)', 3],
      ['Copying images and other files beside the pages', 2],
    ])
  })

  it('accounts for the whole run: the phases add up to the wall time', () => {
    expect(splitPhases(build, 60_000).reduce((sum, phase) => sum + phase.ms, 0)).toBe(60_000)
  })

  it('leaves out a part Next skipped: without a type check, the time after compiling is collecting page data', () => {
    // As Next 16.4 prints it with typescript.ignoreBuildErrors.
    const lines = at([
      [0, '▸ Build'],
      [1, '▲ Next.js 16.4.6 (Turbopack)'],
      [5, '✓ Compiled successfully in 4s'],
      [5.5, '  Skipping validation of types'],
      [5.6, '  Finished TypeScript config validation in 8ms ...'],
      [6, '  Collecting page data using 2 workers ...'],
      [8, '  Generating static pages using 2 workers (0/10) ...'],
      [9, '✓ Generating static pages using 2 workers (10/10) in 1s'],
    ])
    expect(seconds(splitPhases(lines, 10_000))).toEqual([
      ['next compile', 5],
      ['next collecting page data', 3],
      ['next static generation', 1],
      ['next finalizing/export', 1],
    ])
  })

  it('does not split a step that does not run Next, even if its lines look like Next’s', () => {
    const lines = at([
      [0, '▸ Building documents (contentlayer2)'],
      [2, '✓ Compiled successfully'],
      [3, '▸ A step the build added later'],
    ])
    expect(seconds(splitPhases(lines, 4000))).toEqual([
      ['Building documents (contentlayer2)', 3],
      ['A step the build added later', 1],
    ])
  })

  it('splits a bare next build (no ▸ lines: the floor) from its first line: start-up counts as compile', () => {
    const lines = at([
      [1, '▲ Next.js 16.4.6 (Turbopack)'],
      [6, '✓ Compiled successfully in 4s'],
      [7, '  Collecting page data using 1 worker ...'],
      [8, '  Generating static pages using 1 worker (0/10) ...'],
      [10, '✓ Generating static pages using 1 worker (10/10) in 2s'],
    ])
    expect(seconds(splitPhases(lines, 11_000))).toEqual([
      ['next compile', 6],
      ['next collecting page data', 2],
      ['next static generation', 2],
      ['next finalizing/export', 1],
    ])
  })

  it('ignores colour codes and a build without any step line is all start-up', () => {
    expect(seconds(splitPhases(at([[1, '\u001b[1m▸ Coloured\u001b[22m']]), 3000))).toEqual([
      ['start-up', 1],
      ['Coloured', 2],
    ])
    expect(seconds(splitPhases(at([[1, 'Nothing to build']]), 2000))).toEqual([['start-up', 2]])
  })
})

describe('formatPhases', () => {
  it('prints one phase after another and adds up phases of the same name (a multilingual build runs each step per language)', () => {
    expect(
      formatPhases([
        { name: 'contentlayer', ms: 1000 },
        { name: 'next compile', ms: 12_340 },
        { name: 'contentlayer', ms: 500 },
      ]),
    ).toBe('contentlayer 1.5 s · next compile 12.3 s')
  })
})
