/**
 * BookMenuBundle on the fixture site e2e/fixtures/menu-bundle (the browser test is in
 * e2e/hugo-site.spec.ts): the bundle is rendered with the pages' Markdown chain, refs
 * resolved, and shown as the menu; it makes no page of its own.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { sitesOfBuild } from '../../test/support/content'
import { menuBundleFiles, menuBundleHtml } from './menu-bundle'
import type { Site } from './site'

const SITE_DIR = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'menu-bundle')

let site: Site
beforeAll(async () => {
  ;[site] = [...(await sitesOfBuild({ HUGO_SITE: SITE_DIR })).values()] as [Site]
}, 60_000)

describe('BookMenuBundle', () => {
  it('finds the bundle as Hugo’s GetPage does', () => {
    expect(menuBundleFiles('/menu').slice(0, 3)).toEqual(['menu/index.md', 'menu/_index.md', 'menu.md'])
    expect(menuBundleFiles('menu/')[0]).toBe('menu/index.md')
    expect(menuBundleFiles('/menu/index.md')[0]).toBe('menu/index.md')
  })

  it('renders the bundle’s Markdown as the menu, refs resolved, and builds no page for it', () => {
    expect(site.config.menuBundle).toBe('/menu')
    expect(site.menuBundle).toContain('<a href="/docs/"><strong>Start here</strong></a>')
    expect(site.menuBundle).toMatch(
      /<a href="\/docs\/second\/">Second, listed first<\/a>\s*<ul>\s*<li><a href="\/docs\/first\/">The first page<\/a><\/li>/,
    )
    expect(site.menuBundle).toContain('<strong>Elsewhere</strong>')
    expect(site.page('/menu/')).toBeUndefined()
    expect(site.pages.map((page) => page.url).sort()).toEqual(['/', '/docs/', '/docs/first/', '/docs/second/'])
  })

  it('styles its links as menu links and marks the page being read, as hugo-book’s class=active', () => {
    const html = menuBundleHtml(site.menuBundle!, '/docs/first/')
    expect(html).toContain('<a class="menu-link active" aria-current="page" href="/docs/first/">The first page</a>')
    expect(html).toContain('<a class="menu-link" href="/docs/second/">')
    expect(html.match(/aria-current/g)).toHaveLength(1)
  })
})
