import { describe, expect, it } from 'vitest'
import { loadDictionary } from './dictionary'

describe('loadDictionary', () => {
  it('reads CC-CEDICT: simplified words, numbered pinyin and English senses', () => {
    const entries = loadDictionary()
    expect(entries.length).toBeGreaterThan(100_000)
    expect(entries).toContainEqual({ simplified: '鹈鹕', pinyin: 'ti2 hu2', english: ['pelican'] })
    expect(entries.find((entry) => entry.simplified === '绿色')?.pinyin).toBe('lu:4 se4')
  })

  it('parses the file once per process', () => {
    expect(loadDictionary()).toBe(loadDictionary())
  })
})
