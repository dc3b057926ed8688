import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContentSources } from '../../content/sources'
import { writeFixture } from '../../../test/support/content'
import { publishedFiles } from '../../content/published-files'
import { copyContentAssets, copyStaticFolders } from './copy-files'

const DISK = { timeout: 30_000 }

/** Every file under `dir`, `/`-separated, with its text. */
function files(dir: string, relative = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`
      return entry.isDirectory()
        ? Object.entries(files(dir, child))
        : [[child, readFileSync(path.join(dir, child), 'utf8')]]
    }),
  )
}

/** An export as next build leaves it. */
function builtSite(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'copy-out-'))
  mkdirSync(path.join(out, 'docs'))
  writeFileSync(path.join(out, 'index.html'), 'built home')
  writeFileSync(path.join(out, 'sitemap.xml'), 'built sitemap')
  writeFileSync(path.join(out, 'docs', 'index.html'), 'built docs')
  return out
}

describe('copyContentAssets', () => {
  it('copies the files the source step found beside the pages, at their content path, and nothing else', DISK, () => {
    const content = writeFixture({
      '_index.md': '# 首页',
      'docs/guide/index.md': '# 指南',
      'docs/guide/diagram.png': 'png',
      'docs/files/report.pdf': 'pdf',
      'docs/.DS_Store': 'hidden',
      'node_modules/pkg/index.js': 'a dependency',
      '.git/HEAD': 'ref',
    })
    const out = builtSite()

    const sources = readContentSources(content)
    const { copied } = copyContentAssets(content, out, publishedFiles(sources.pages, sources.assets))

    expect(copied).toBe(2)
    expect(files(out)).toEqual({
      'index.html': 'built home',
      'sitemap.xml': 'built sitemap',
      'docs/index.html': 'built docs',
      'docs/guide/diagram.png': 'png',
      'docs/files/report.pdf': 'pdf',
    })
  })

  it('publishes a file reached by a symbolic link as a file, not as a link back into the content folder', DISK, () => {
    const content = writeFixture({ 'docs/guide/index.md': '# 指南', 'shared/chart.png': 'png' })
    symlinkSync('../../shared/chart.png', path.join(content, 'docs', 'guide', 'chart.png'))
    const out = builtSite()
    const sources = readContentSources(content)
    copyContentAssets(content, out, publishedFiles(sources.pages, sources.assets))
    const published = path.join(out, 'docs', 'guide', 'chart.png')
    expect(lstatSync(published).isSymbolicLink()).toBe(false)
    expect(readFileSync(published, 'utf8')).toBe('png')
  })
})

describe('copyStaticFolders', () => {
  it('publishes the static folders at the site root; a file the build wrote is kept and named as skipped', DISK, () => {
    const site = writeFixture({
      'static/images/logo.png': 'logo',
      'static/favicon.ico': 'icon',
      'static/sitemap.xml': 'a hand-made sitemap',
      'static/docs/index.html': 'a static page',
    })
    const out = builtSite()

    const result = copyStaticFolders([path.join(site, 'static')], out)

    expect(result).toEqual({ copied: 2, skipped: ['docs/index.html', 'sitemap.xml'] })
    expect(files(out)).toEqual({
      'index.html': 'built home',
      'sitemap.xml': 'built sitemap',
      'docs/index.html': 'built docs',
      'favicon.ico': 'icon',
      'images/logo.png': 'logo',
    })
  })

  it(
    'merges several folders as Hugo does (the last one wins a name) and passes over folders that do not exist',
    DISK,
    () => {
      const site = writeFixture({ 'static/a.txt': 'first a', 'static/b.txt': 'first b', 'static_en/a.txt': 'last a' })
      const out = builtSite()

      const result = copyStaticFolders(
        [path.join(site, 'static'), path.join(site, 'no-such-folder'), path.join(site, 'static_en')],
        out,
      )

      expect(result).toEqual({ copied: 2, skipped: [] })
      expect(files(out)['a.txt']).toBe('last a')
      expect(files(out)['b.txt']).toBe('first b')
    },
  )

  it('copies nothing when no static folder exists', DISK, () => {
    const out = builtSite()
    expect(copyStaticFolders([path.join(out, 'static')], out)).toEqual({ copied: 0, skipped: [] })
  })
})
