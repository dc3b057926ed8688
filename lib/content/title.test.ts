import { describe, expect, it } from 'vitest'
import { folderTitle, humanizeTitle, linkTitle, pageTitle } from './title'

describe('titles', () => {
  it('prefers title, then the first # heading, then the humanised file name', () => {
    expect(pageTitle({ title: '标题', firstHeading: '正文标题', baseName: 'file' })).toBe('标题')
    expect(pageTitle({ firstHeading: '2024-2025年人工智能领域主要进展调研报告', baseName: 'ai-progress-report-2024-2025' })).toBe('2024-2025年人工智能领域主要进展调研报告')
    expect(pageTitle({ baseName: 'ai-progress-report' })).toBe('Ai Progress Report')
  })

  it('uses linkTitle in the menu', () => {
    expect(linkTitle({ linkTitle: '短', title: '很长的标题', baseName: 'x' })).toBe('短')
    expect(linkTitle({ title: '很长的标题', baseName: 'x' })).toBe('很长的标题')
  })

  it('names a page without a title by its file name in the menu, not by its first heading (hugo-book’s docs/title)', () => {
    // exampleSite: table-of-contents/_index.md opens with "# Ubi loqui"; Hugo's menu shows "Table of Contents".
    expect(linkTitle({ firstHeading: 'Ubi loqui', baseName: 'table-of-contents' })).toBe('Table of Contents')
    expect(linkTitle({ firstHeading: 'Mermaid Chart', baseName: 'mermaid' })).toBe('Mermaid')
    expect(pageTitle({ firstHeading: 'Mermaid Chart', baseName: 'mermaid' })).toBe('Mermaid Chart')
  })

  it('humanises like Hugo’s humanize | title (AP style: short words lower case)', () => {
    expect(humanizeTitle('3rd-level')).toBe('3rd Level')
    expect(humanizeTitle('getting_started-with-the-book')).toBe('Getting Started With the Book')
    expect(humanizeTitle('of-mice-and-men')).toBe('Of Mice and Men')
    expect(humanizeTitle('入门-指南')).toBe('入门 指南')
  })

  it('titles a top-level folder without _index.md as Hugo does: its name made plural; a deeper one by the menu’s rule', () => {
    expect(folderTitle('guide')).toBe('Guides')
    expect(folderTitle('person')).toBe('People')
    expect(folderTitle('docs')).toBe('Docs')
    expect(folderTitle('docs/guide')).toBeUndefined()
    expect(folderTitle('')).toBeUndefined()
  })
})
