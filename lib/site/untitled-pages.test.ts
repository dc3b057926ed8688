import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../test/support/content'
import type { Site } from './site'

// What hugo-book's docs/title partial shows for pages without a title (checked with Hugo 0.111 +
// hugo-book f8a0fc4): a section by its folder's name, a page by its file's, a bundle by `index`.
describe('pages without a title, named as on the Hugo site', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(
      writeFixture({
        'docs/_index.md': '---\ntitle: 文档\n---\n',
        'docs/my-guide/index.md': '---\nweight: 1\n---\n\n正文。\n',
        'docs/0001.Two-Sum.md': '---\nweight: 2\n---\n\n正文。\n',
        'docs/getting_started/_index.md': '---\nweight: 3\n---\n',
      }),
    )
  }, 120_000)

  it('a bundle (index.md) is "Index", at its folder’s URL', () => {
    expect(site.page('/docs/my-guide/')?.linkTitle).toBe('Index')
    expect(site.page('/docs/my-guide/')?.title).toBe('Index')
  })

  it('a page by its file name, a section by its folder name, humanized and title-cased', () => {
    expect(site.page('/docs/0001.two-sum/')?.linkTitle).toBe('0001. Two Sum')
    expect(site.page('/docs/getting_started/')?.linkTitle).toBe('Getting Started')
  })
})
