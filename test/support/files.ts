/** Temporary fixture folders and the ContentError a call throws: light, for any layer's tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isContentError, type ContentError } from '../../lib/diagnostics/content-error'

/** Writes `{ 'docs/a.md': '…' }` into a new temporary folder and returns its path. */
export function writeFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'book-fixture-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

/** The ContentError that `run` throws (anything else thrown, or nothing, fails the test). */
export function contentErrorOf(run: () => unknown): ContentError {
  try {
    run()
  } catch (error) {
    if (isContentError(error)) return error
    throw error
  }
  throw new Error('expected a ContentError')
}
