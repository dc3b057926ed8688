import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../test/support/content'
import { splitLeadingHeading } from '../markdown/leading-heading'
import { tocFor } from './toc-for'
import type { Site } from '../site/site'

describe('a page whose body opens with its title', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(
      writeFixture({
        'docs/_index.md': '---\ntitle: 文档\n---\n',
        'docs/llm.md': '---\ntitle: 大模型\n---\n\n## 大模型\n\n开头。\n\n## 引言\n\n正文。\n',
        'docs/deep.md': '---\ntitle: Deep Dive\n---\n\n### deep **dive**\n\n开头。\n\n## 细节\n',
        'docs/other.md': '---\ntitle: 大模型\n---\n\n## 引言\n\n开头。\n\n## 大模型\n',
        'docs/own-h1.md': '---\ntitle: 前言\n---\n\n# 正文的标题\n\n## 一\n',
      }),
    )
  })

  const tocTexts = (url: string) => tocFor(site.config, site.page(url)!).map((item) => item.text)

  it('shows the heading once, as the H1, keeping its id and dropping its # link', () => {
    const page = site.page('/docs/llm/')!
    expect(page.startsWithHeading).toBe(true)
    const leading = splitLeadingHeading(page.html)
    expect(leading).toMatchObject({ headingHtml: '大模型', id: '大模型' })
    expect(leading?.rest).not.toContain('大模型')
    expect(tocTexts('/docs/llm/')).toEqual(['引言'])
  })

  it('does the same for a level-3 heading that differs only in case and markup', () => {
    const page = site.page('/docs/deep/')!
    expect(page.startsWithHeading).toBe(true)
    expect(splitLeadingHeading(page.html)).toMatchObject({ headingHtml: 'deep <strong>dive</strong>', id: 'deep-dive' })
    expect(tocTexts('/docs/deep/')).toEqual(['细节'])
  })

  it('keeps both when the first heading says something else, or the title comes later', () => {
    expect(site.page('/docs/other/')!.startsWithHeading).toBe(false)
    expect(tocTexts('/docs/other/')).toEqual(['引言', '大模型'])
  })

  it('still shows an opening # heading as the H1 when front matter has another title (hugo-book pages)', () => {
    const page = site.page('/docs/own-h1/')!
    expect(page).toMatchObject({ title: '前言', startsWithHeading: true })
    expect(splitLeadingHeading(page.html)?.headingHtml).toBe('正文的标题')
    expect(tocTexts('/docs/own-h1/')).toEqual(['一'])
  })
})
