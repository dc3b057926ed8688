import { describe, expect, it } from 'vitest'
import { formatWarning } from './build-warnings'

describe('build warnings', () => {
  it('print file, line, message and fix', () => {
    expect(formatWarning({ file: 'content/a.md', line: 3, message: 'image "x.png" not found', hint: 'add it' })).toBe(
      'warning: content/a.md:3: image "x.png" not found\n  fix: add it',
    )
    expect(formatWarning({ file: 'hugo.toml', message: 'ignored' })).toBe('warning: hugo.toml: ignored')
  })
})
