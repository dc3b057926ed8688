import { describe, expect, it } from 'vitest'
import { isDangerousUrl, safeUrl } from './urls'

describe('isDangerousUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
  ])('rejects %j', (url) => expect(isDangerousUrl(url)).toBe(true))

  it.each([
    'https://example.org/a?javascript:1',
    '/docs/a/',
    '#top',
    'mailto:a@example.org',
    './javascript.md',
    'docs/data:x',
    '',
  ])('accepts %j', (url) => expect(isDangerousUrl(url)).toBe(false))
})

describe('safeUrl', () => {
  it('drops dangerous URLs and keeps the rest as written', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('https://example.org/')).toBe('https://example.org/')
    expect(safeUrl(undefined)).toBeUndefined()
  })
})
