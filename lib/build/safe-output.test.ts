import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { moveOutputAside, previousOutput, publishOutput, restorePrevious } from './safe-output'

const DISK = { timeout: 30_000 }

/** A folder of `{ name: text }` files, made in `dir`. */
function site(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]))
}

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'safe-output-'))
  return { root, out: path.join(root, 'out') }
}

describe('the previous output, kept aside while next build writes out/', () => {
  it('waits beside out/ as .out-previous', () => {
    expect(previousOutput('out')).toBe('.out-previous')
    expect(previousOutput('/work/book/out')).toBe('/work/book/.out-previous')
  })

  it('comes back when a step fails: the half-built out/ is discarded', DISK, () => {
    const { root, out } = workspace()
    site(out, { 'index.html': 'previous', 'marker.txt': 'kept' })
    moveOutputAside(out)
    expect(existsSync(out)).toBe(false)
    site(out, { 'index.html': 'half built' })

    expect(restorePrevious(out)).toBe(true)

    expect(contents(out)).toEqual({ 'index.html': 'previous', 'marker.txt': 'kept' })
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('leaves out/ alone when nothing was put aside', DISK, () => {
    const { root, out } = workspace()
    site(out, { 'index.html': 'current' })
    expect(restorePrevious(out)).toBe(false)
    expect(contents(out)).toEqual({ 'index.html': 'current' })
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('replaces an older output left aside by a killed build, and is no error when there is no out/', DISK, () => {
    const { root, out } = workspace()
    site(previousOutput(out), { 'index.html': 'older' })
    site(out, { 'index.html': 'previous' })
    moveOutputAside(out)
    expect(contents(previousOutput(out))).toEqual({ 'index.html': 'previous' })
    moveOutputAside(out)
    expect(readdirSync(root)).toEqual([])
  })
})

describe('publishOutput', () => {
  it('moves the new site to OUT_DIR, replacing what was there, and puts the previous out/ back', DISK, () => {
    const { root, out } = workspace()
    site(out, { 'index.html': 'previous' })
    const target = path.join(root, 'sites', 'book')
    site(target, { 'stale.html': 'from an older build' })
    moveOutputAside(out)
    site(out, { 'index.html': 'new' })

    publishOutput(out, target)

    expect(contents(target)).toEqual({ 'index.html': 'new' })
    expect(contents(out)).toEqual({ 'index.html': 'previous' })
    expect(readdirSync(root).sort()).toEqual(['out', 'sites'])
  })

  it('keeps the new site in out/ when that is the target, and drops the previous one', DISK, () => {
    const { root, out } = workspace()
    site(out, { 'index.html': 'previous' })
    moveOutputAside(out)
    site(out, { 'index.html': 'new' })

    publishOutput(out, out)

    expect(contents(out)).toEqual({ 'index.html': 'new' })
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('makes the folders above OUT_DIR, and leaves no out/ when there was none before', DISK, () => {
    const { root, out } = workspace()
    moveOutputAside(out)
    site(out, { 'index.html': 'new' })
    const target = path.join(root, 'a', 'b', 'site')

    publishOutput(out, target)

    expect(contents(target)).toEqual({ 'index.html': 'new' })
    expect(readdirSync(root)).toEqual(['a'])
  })
})
