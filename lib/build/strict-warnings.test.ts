import { describe, expect, it } from 'vitest'
import { isStrict, warningsOutcome } from './strict-warnings'

describe('--strict', () => {
  it('is asked for by the flag or by BOOK_STRICT=1', () => {
    expect(isStrict(['node', 'build.ts', '--strict'], {})).toBe(true)
    expect(isStrict(['node', 'build.ts'], { BOOK_STRICT: '1' })).toBe(true)
    expect(isStrict(['node', 'build.ts'], { BOOK_STRICT: '0' })).toBe(false)
  })
})

describe('warningsOutcome', () => {
  it('says nothing without warnings, strict or not', () => {
    expect(warningsOutcome(0, false)).toEqual({})
    expect(warningsOutcome(0, true)).toEqual({})
  })

  it('counts the warnings and goes on', () => {
    expect(warningsOutcome(1, false)).toEqual({ summary: '1 warning (listed above with file and line)' })
    expect(warningsOutcome(3, false)).toEqual({ summary: '3 warnings (listed above with file and line)' })
  })

  it('stops the build with --strict', () => {
    expect(warningsOutcome(2, true)).toEqual({
      summary: '2 warnings (listed above with file and line)',
      stop: 'The build stopped: --strict turns the 2 warnings above into errors. Nothing was written.',
    })
  })
})
