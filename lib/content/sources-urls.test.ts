import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/files'
import { readContentSources } from './sources'

describe('readContentSources with the site’s URL rules', () => {
  const dir = writeFixture({
    'posts/_index.md': '---\ntitle: Posts\n---\n',
    'posts/First-Post.md': '---\ntitle: First Post\ndate: 2024-02-29\n---\n',
    'posts/sub/_index.md': '---\ntitle: Sub\n---\n',
    'posts/sub/Deep.md': '---\ntitle: Deep\ndate: 2022-01-09\nslug: Deeper\n---\n',
    'Docs/gRPC.md': '---\ntitle: gRPC\n---\n',
  })
  const urls = (rules = {}) => Object.fromEntries(readContentSources(dir, { urls: rules }).pages.map((page) => [page.filePath, page.url]))

  it('applies disablePathToLower and the permalinks of a section to its pages (date, title, slug from front matter)', () => {
    expect(urls({ keepCase: true, permalinks: { posts: '/:sections/:year/:month/:slug/' } })).toEqual({
      'posts/_index.md': '/posts/',
      'posts/First-Post.md': '/posts/2024/02/First-Post/',
      'posts/sub/_index.md': '/posts/sub/',
      'posts/sub/Deep.md': '/posts/sub/2022/01/Deeper/',
      'Docs/gRPC.md': '/Docs/gRPC/',
    })
  })

  it('keeps Hugo’s defaults without rules', () => {
    expect(urls()['posts/First-Post.md']).toBe('/posts/first-post/')
    expect(urls()['Docs/gRPC.md']).toBe('/docs/grpc/')
  })

  it('reports two pages a permalink pattern gives the same URL, as any other duplicate', () => {
    const clash = writeFixture({ 'posts/a.md': '---\ntitle: Same\n---\n', 'posts/b.md': '---\ntitle: Same\n---\n' })
    const sources = readContentSources(clash, { urls: { permalinks: { posts: '/:section/:title/' } } })
    expect(sources.errors.map((error) => error.message)).toEqual([expect.stringMatching(/same URL \/posts\/same\//)])
  })
})
