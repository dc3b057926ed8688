import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { placeNotFoundPage } from './not-found-page'

describe('placeNotFoundPage', () => {
  it('makes the book’s 404 route the export’s 404.html and 404/index.html, and removes the route', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'not-found-'))
    mkdirSync(path.join(out, 'not-found-page'))
    writeFileSync(path.join(out, 'not-found-page', 'index.html'), '<p>book 404</p>')
    writeFileSync(path.join(out, 'not-found-page', 'index.txt'), 'payload')
    writeFileSync(path.join(out, '404.html'), '<p>boundary</p>')
    placeNotFoundPage(out)
    expect(readFileSync(path.join(out, '404.html'), 'utf8')).toBe('<p>book 404</p>')
    expect(readFileSync(path.join(out, '404', 'index.html'), 'utf8')).toBe('<p>book 404</p>')
    expect(existsSync(path.join(out, 'not-found-page'))).toBe(false)
  })

  it('stops when next build did not export the route', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'not-found-'))
    expect(() => placeNotFoundPage(out)).toThrow(/not-found-page\/index\.html is missing/)
  })
})
