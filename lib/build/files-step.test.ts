import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import book from '../../site.config'
import { sitesOf } from '../../test/support/content'
import { loadBuildContext } from '../config/build-context'
import { siteFiles } from './files-step'

/** The small hugo-book site of lib/site/feeds.test.ts, with the index.xml files Hugo 0.111.3 wrote for it. */
const SITE_DIR = path.join(import.meta.dirname, '..', 'site', 'fixtures', 'feeds')

describe('the files written beside the pages of a Hugo site', () => {
  it('has Hugo’s RSS feeds at Hugo’s paths, with its hugo.toml’s title, language and baseURL', async () => {
    const context = loadBuildContext(book, { HUGO_SITE: SITE_DIR })
    const { files } = await siteFiles({ context, sites: await sitesOf(context), buildId: 'test' })
    const feeds = [...files.keys()].filter((file) => file.endsWith('index.xml')).sort()
    expect(feeds).toEqual(
      [
        'index.xml',
        'docs/index.xml',
        'docs/guide/index.xml',
        'docs/news/index.xml',
        'docs/中文/index.xml',
        'tags/index.xml',
        'tags/c++/index.xml',
        'tags/go/index.xml',
        'tags/release/index.xml',
        'categories/index.xml',
        'categories/updates/index.xml',
      ]
        .map((file) => path.join(...file.split('/')))
        .sort(),
    )
    for (const file of feeds) expect(files.get(file)).toBe(readFileSync(path.join(SITE_DIR, 'expected', file), 'utf8'))
  }, 60_000)
})
