import { describe, expect, it } from 'vitest'
import { opensWithTitle, sameTitleText } from './title-heading'

describe('opensWithTitle', () => {
  it('takes an opening # heading as the title whatever it says', () => {
    expect(opensWithTitle({ level: 1, text: '另一个标题' }, '大模型')).toBe(true)
  })

  it('takes an opening heading of level 2 or 3 as the title when it reads as the title', () => {
    expect(opensWithTitle({ level: 2, text: '大模型' }, '大模型')).toBe(true)
    expect(opensWithTitle({ level: 3, text: '大模型' }, '大模型')).toBe(true)
  })

  it('keeps an opening heading that says something else', () => {
    expect(opensWithTitle({ level: 2, text: '引言' }, '大模型')).toBe(false)
    expect(opensWithTitle(undefined, '大模型')).toBe(false)
  })
})

describe('sameTitleText', () => {
  it('ignores white space at the ends and inside, width (NFKC) and Latin case', () => {
    expect(sameTitleText('  Deep   Dive ', 'deep dive')).toBe(true)
    expect(sameTitleText('ＡＩ 动态', 'AI 动态')).toBe(true)
  })

  it('ignores a trailing # or ¶ mark', () => {
    expect(sameTitleText('大模型 #', '大模型')).toBe(true)
    expect(sameTitleText('大模型¶', '大模型')).toBe(true)
  })

  it('tells different titles apart, and an empty text is no title', () => {
    expect(sameTitleText('大模型', '大模型综述')).toBe(false)
    expect(sameTitleText('', '')).toBe(false)
  })
})
