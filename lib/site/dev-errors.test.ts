import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError } from '../diagnostics/content-error'
import { DEV_ERRORS_FILE, readDevErrors, writeDevErrors } from './dev-errors'

describe('what npm run dev hands the open page about its last update', () => {
  it('is the problems and the stop as printed while the update stopped, and nothing once one builds', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'dev-errors-'))
    expect(readDevErrors(cwd)).toBeUndefined() // no update yet

    const problem = new ContentError({
      file: 'content/docs/a.md',
      line: 3,
      message: 'weight: bad',
      hint: 'write weight: 10',
    })
    writeDevErrors({ problems: [problem], stop: 'The build stopped: 1 problem in the content.' }, cwd)
    expect(readDevErrors(cwd)).toEqual({
      problems: [{ where: 'content/docs/a.md:3', message: 'weight: bad', hint: 'write weight: 10' }],
      stop: 'The build stopped: 1 problem in the content.',
    })

    writeDevErrors(undefined, cwd)
    expect(readDevErrors(cwd)).toBeUndefined()
    // Still there: the page's version check sees the update that built (app/_site/load.ts).
    expect(existsSync(path.join(cwd, DEV_ERRORS_FILE))).toBe(true)
    expect(readdirSync(path.join(cwd, path.dirname(DEV_ERRORS_FILE)))).toEqual([path.basename(DEV_ERRORS_FILE)])
  })
})
