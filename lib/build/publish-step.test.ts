import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BuildStopped } from './common/build-stopped'
import { folderIdentity, publishStep, undoPublish } from './publish-step'

/** Writes `files` (relative path → text) into a new folder `name` under `parent`. */
function folder(parent: string, name: string, files: Record<string, string>): string {
  const dir = path.join(parent, name)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

/** Every file of a folder: relative path → text. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(dir, file), readFileSync(file, 'utf8')]
      }),
  )
}

const OLD_SITE = { 'index.html': '<title>the site already there</title>', 'docs/a/index.html': 'a', _headers: 'old' }
const NEW_SITE = { 'index.html': '<title>the new site</title>', 'docs/b/index.html': 'b', _headers: 'new' }

/** Stopping on the first call of the publish step, as a disk that fills up does. */
function diskFull(from: string, to: string): void {
  mkdirSync(to)
  writeFileSync(path.join(to, 'index.html'), readFileSync(path.join(from, 'index.html')))
  throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${from}/docs'`), { code: 'ENOSPC' })
}

/** A real, small tmpfs (mounting needs root; elsewhere the full disk is made by `diskFull`). */
function tmpfs(megabytes: number): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'book-tmpfs-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    return undefined
  }
}

describe('the publish step', () => {
  it('swaps the new site in by renames and leaves nothing beside it but the old one going', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'book-publish-'))
    const target = folder(parent, 'out', OLD_SITE)
    const exportDir = folder(mkdtempSync(path.join(tmpdir(), 'book-export-')), 'export', NEW_SITE)
    publishStep(exportDir, target)
    expect(contents(target)).toEqual(NEW_SITE)
    expect(existsSync(exportDir)).toBe(false)
    expect(readdirSync(parent).filter((name) => name !== 'out' && !name.startsWith('out.previous-'))).toEqual([])
  })

  it('removes what a build killed outright left beside the target', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'book-publish-'))
    folder(parent, 'out', OLD_SITE)
    // No process has this pid (above the kernel's pid_max).
    folder(parent, 'out.next-99999999', { 'index.html': 'half a site' })
    publishStep(folder(mkdtempSync(path.join(tmpdir(), 'book-export-')), 'export', NEW_SITE), path.join(parent, 'out'))
    expect(existsSync(path.join(parent, 'out.next-99999999'))).toBe(false)
  })

  it('when the disk fills up, leaves the site already there whole, removes the copy and says what to do', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'book-publish-'))
    const target = folder(parent, 'out', OLD_SITE)
    const before = contents(target)
    const exportDir = folder(mkdtempSync(path.join(tmpdir(), 'book-export-')), 'export', NEW_SITE)
    expect(() => publishStep(exportDir, target, { move: diskFull })).toThrow(
      new BuildStopped(
        `The build stopped: the new site could not be written beside ${target} (the disk is full). ${target} is as it was; free space on its disk, or set OUT_DIR to a folder elsewhere.`,
      ),
    )
    expect(contents(target)).toEqual(before)
    expect(readdirSync(parent)).toEqual(['out'])
  })

  const mounted: string[] = []
  afterAll(() => {
    for (const dir of mounted) execFileSync('umount', [dir])
  })

  it('with OUT_DIR on a small file system that fills up, leaves the site there whole', (context) => {
    const disk = tmpfs(1)
    if (!disk) return context.skip('mounting a tmpfs needs root')
    mounted.push(disk)
    const target = folder(disk, 'out', OLD_SITE)
    const before = contents(target)
    // 2 MB of pages: more than the 1 MB file system holds.
    const pages = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`docs/${index}/index.html`, 'x'.repeat(100_000)]),
    )
    const exportDir = folder(mkdtempSync(path.join(tmpdir(), 'book-export-')), 'export', { ...NEW_SITE, ...pages })
    expect(() => publishStep(exportDir, target)).toThrow(
      /^The build stopped: .* \(the disk is full\)\. .* is as it was; free space on its disk, or set OUT_DIR to a folder elsewhere\.$/,
    )
    expect(contents(target)).toEqual(before)
    expect(readdirSync(disk).filter((name) => name !== 'lost+found')).toEqual(['out'])
    rmSync(exportDir, { recursive: true, force: true })
  })

  it('undone after a build was killed halfway through the swap, puts the old site back and removes the new one', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'book-publish-'))
    const target = path.join(parent, 'out')
    // Killed between its two renames: the old site aside, the new one beside, none in place.
    folder(parent, 'out.previous-4242', OLD_SITE)
    folder(parent, 'out.next-4242', NEW_SITE)
    const before = folderIdentity(path.join(parent, 'out.previous-4242'))
    undoPublish(target, 4242)
    expect(contents(target)).toEqual(OLD_SITE)
    expect(folderIdentity(target)).toBe(before)
    expect(readdirSync(parent)).toEqual(['out'])
  })

  it('undone after a build was killed while copying beside the target, removes the copy', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'book-publish-'))
    const target = folder(parent, 'out', OLD_SITE)
    folder(parent, 'out.next-4242', { 'index.html': 'half' })
    undoPublish(target, 4242)
    expect(contents(target)).toEqual(OLD_SITE)
    expect(readdirSync(parent)).toEqual(['out'])
  })
})
