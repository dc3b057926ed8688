import { describe, expect, it } from 'vitest'
import { readingMinutes } from './reading-time'
import { summarize } from './summary'

describe('summarize', () => {
  it('keeps a short text whole', () => {
    expect(summarize('  短短的一句话。 ')).toBe('短短的一句话。')
  })

  it('cuts Chinese at about 120 characters, on a sentence end when one is near', () => {
    const sentence = '这是一句二十个字左右的中文句子用来测试摘要。'
    const text = sentence.repeat(10)
    const summary = summarize(text)
    expect(summary.endsWith('。')).toBe(true)
    expect(summary.length).toBeLessThanOrEqual(120)
    expect(summary.length).toBeGreaterThan(72)
  })

  it('cuts a text without sentence ends with an ellipsis', () => {
    const summary = summarize('字'.repeat(300))
    expect(summary).toBe(`${'字'.repeat(120)}…`)
  })

  it('counts English by words (70)', () => {
    const words = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ')
    expect(summarize(words).split(' ')).toHaveLength(70)
  })
})

describe('readingMinutes', () => {
  it('counts Chinese characters (400 a minute) and English words (200 a minute)', () => {
    expect(readingMinutes('字'.repeat(1200))).toBe(3)
    expect(readingMinutes(Array.from({ length: 600 }, () => 'word').join(' '))).toBe(3)
    expect(readingMinutes(`${'字'.repeat(800)} ${Array.from({ length: 200 }, () => 'word').join(' ')}`)).toBe(3)
  })

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1)
  })
})
