import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatWarning, readWarnings, reportWarning, WARNINGS_FILE_VARIABLE } from './build-warnings'
import { writeFixture } from '../../test/support/content'

afterEach(() => {
  vi.restoreAllMocks()
  delete process.env[WARNINGS_FILE_VARIABLE]
})

describe('build warnings', () => {
  it('print file, line, message and fix', () => {
    expect(formatWarning({ file: 'content/a.md', line: 3, message: 'image "x.png" not found', hint: 'add it' })).toBe(
      'warning: content/a.md:3: image "x.png" not found\n  fix: add it',
    )
  })

  it('are collected across processes when the build asks for it, without repeats', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const file = path.join(writeFixture({}), 'warnings.jsonl')
    process.env[WARNINGS_FILE_VARIABLE] = file
    reportWarning({ file: 'a.md', line: 1, message: 'one' })
    reportWarning({ file: 'a.md', line: 1, message: 'one' })
    reportWarning({ file: 'b.md', message: 'two' })
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(3)
    expect(readWarnings(file)).toEqual([
      { file: 'a.md', line: 1, message: 'one' },
      { file: 'b.md', message: 'two' },
    ])
  })
})
