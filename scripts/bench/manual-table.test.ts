import { describe, expect, it } from 'vitest'
import { TABLE_END, TABLE_START, withBenchTable } from './manual-table'

describe('withBenchTable', () => {
  it('replaces what is between the markers and keeps the rest of the page', () => {
    const page = `# Performance\n\nIntro.\n\n${TABLE_START}\n\nold table\n\n${TABLE_END}\n\nAfter.\n`
    expect(withBenchTable(page, '| a |\n| --- |\n| 1 |\n')).toBe(
      `# Performance\n\nIntro.\n\n${TABLE_START}\n\n| a |\n| --- |\n| 1 |\n\n${TABLE_END}\n\nAfter.\n`,
    )
  })

  it('names the page and says what to add when a marker is missing', () => {
    expect(() => withBenchTable('# Performance\n', '| a |', 'docs/p.md')).toThrow(
      /^docs\/p\.md: the lines .* are missing; put them where the table goes$/,
    )
  })
})
