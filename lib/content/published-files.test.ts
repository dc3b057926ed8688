import { describe, expect, it } from 'vitest'
import { publishedFiles } from './published-files'

describe('where the content folder’s other files are published (as Hugo 0.111 does)', () => {
  it('puts bundle resources under the page’s URL, other files at their content path', () => {
    // The same tree was built with Hugo: public/docs/sub/Img.PNG, public/Docs/Sub/images/B.png,
    // public/docs/leaf/pics/C.png, public/Docs/D.png.
    const pages = [
      { filePath: 'Docs/Sub/_index.md', url: '/docs/sub/' },
      { filePath: 'Docs/Leaf/index.md', url: '/docs/leaf/' },
      { filePath: 'Docs/page.md', url: '/docs/page/' },
    ]
    const files = ['Docs/Sub/Img.PNG', 'Docs/Sub/images/B.png', 'Docs/Leaf/pics/C.png', 'Docs/D.png']
    expect(Object.fromEntries(publishedFiles(pages, files))).toEqual({
      'Docs/Sub/Img.PNG': 'docs/sub/Img.PNG',
      'Docs/Sub/images/B.png': 'Docs/Sub/images/B.png',
      'Docs/Leaf/pics/C.png': 'docs/leaf/pics/C.png',
      'Docs/D.png': 'Docs/D.png',
    })
  })

  it('follows a bundle moved by a permalink or url, and the home page’s own files', () => {
    const pages = [
      { filePath: 'posts/hello/index.md', url: '/2024/05/hello/' },
      { filePath: '_index.md', url: '/' },
    ]
    expect(Object.fromEntries(publishedFiles(pages, ['posts/hello/cover.jpg', 'logo.png', 'posts/other.png']))).toEqual({
      'posts/hello/cover.jpg': '2024/05/hello/cover.jpg',
      'logo.png': 'logo.png',
      'posts/other.png': 'posts/other.png',
    })
  })
})
