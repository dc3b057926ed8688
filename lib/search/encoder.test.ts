import { Charset, Document, Index } from 'flexsearch'
import { describe, expect, it } from 'vitest'
import { normalizeText, splitTerms, tokenize } from './encoder'
import { buildSearchIndex, exportSearchIndex } from './search-index'
import type { SearchRecord } from './records'

describe('tokenize', () => {
  it('splits Chinese into characters and overlapping pairs', () => {
    expect(tokenize('开源权重')).toEqual(['开', '源', '权', '重', '开源', '源权', '权重'])
    expect(tokenize('推理')).toEqual(['推', '理', '推理'])
    expect(tokenize('书')).toEqual(['书'])
  })

  it('keeps English words whole and lower-cased', () => {
    expect(tokenize('Claude Code')).toEqual(['claude', 'code'])
    expect(tokenize('RLVR')).toEqual(['rlvr'])
  })

  it('splits mixed text at the script boundary', () => {
    expect(tokenize('使用RLVR训练')).toEqual(['使', '用', '使用', 'rlvr', '训', '练', '训练'])
    expect(tokenize('DeepSeek 550万美元')).toEqual(['deepseek', '550', '万', '美', '元', '万美', '美元'])
  })

  it('normalizes full-width letters and digits (NFKC) and case', () => {
    expect(tokenize('ＲＬＶＲ')).toEqual(['rlvr'])
    expect(tokenize('１２０')).toEqual(['120'])
    expect(tokenize('ｇｐｔ－ｏｓｓ－１２０Ｂ')).toEqual(tokenize('gpt-oss-120b'))
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123')
  })

  it('emits hyphenated and dotted names whole, by part and by run of parts', () => {
    expect(tokenize('gpt-oss-120B')).toEqual(['gpt-oss-120b', 'gpt', 'oss', '120b', 'gpt-oss', 'oss-120b'])
    expect(tokenize('GLM-4.7')).toEqual(['glm-4.7', 'glm', '4', '7', 'glm-4', '4.7'])
    expect(tokenize('Qwen-Image-Layered')).toContain('qwen-image')
  })

  it('drops Chinese and Latin punctuation, which separates tokens', () => {
    expect(tokenize('“推理”之年！')).toEqual(['推', '理', '推理', '之', '年', '之年'])
    expect(tokenize('Hello, world. (test)')).toEqual(['hello', 'world', 'test'])
    expect(tokenize('Claude（Opus）、Gemini；')).toEqual(['claude', 'opus', 'gemini'])
    expect(tokenize('—— … ？！')).toEqual([])
  })

  it('handles Japanese, Korean and characters outside the BMP by code point', () => {
    expect(tokenize('カタカナ')).toContain('カタ')
    expect(tokenize('한국어')).toEqual(['한', '국', '어', '한국', '국어'])
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀', '𠀁', '𠀀𠀁'])
  })

  it('gives the query terms: CJK runs and Latin words', () => {
    expect(splitTerms('Claude Code，开源权重')).toEqual([
      { text: 'claude', cjk: false },
      { text: 'code', cjk: false },
      { text: '开源权重', cjk: true },
    ])
  })
})

const record = (id: number, text: string): SearchRecord => ({ id, url: `/p${id}/`, pageTitle: `Page ${id}`, breadcrumb: '', text })

describe('the FlexSearch index with our encoder', () => {
  const texts = ['他们使用RLVR训练推理模型', 'Claude Code 悄然发布', 'OpenAI 的 gpt-oss-120B 排第六', '中国开源权重模型霸榜', 'Claude 很好，但 code 在别处']
  const index = buildSearchIndex(texts.map((text, id) => record(id, text)))

  it('stores exactly the tokens of tokenize()', async () => {
    const parts = (JSON.parse(await exportSearchIndex(index)) as { parts: [string, [string, unknown][]][] }).parts
    const textKeys = parts.filter(([key]) => key.startsWith('text.') && key.endsWith('.map')).flatMap(([, entries]) => entries.map(([token]) => token))
    expect(new Set(textKeys)).toEqual(new Set(texts.flatMap(tokenize)))
  })

  it.each([
    ['RLVR', 0],
    ['rlvr', 0],
    ['推理', 0],
    ['Claude Code', 1],
    ['gpt-oss-120B', 2],
    ['oss', 2],
    ['120B', 2],
    ['开源权重', 3],
  ])('finds %s', (query, id) => {
    const ids = index.search(query, { index: ['text'] }).flatMap((result) => result.result)
    expect(ids).toContain(id)
  })
})

describe('FlexSearch 0.8 traps (why the encoder is ours)', () => {
  it('ignores a function given as tokenize', () => {
    let calls = 0
    const index = new Index({ tokenize: ((text: string) => (calls++, text.split(''))) as never })
    index.add(1, '开源权重模型')
    expect(calls).toBe(0)
    expect(index.search('权重')).toEqual([])
  })

  it('Charset.CJK splits Latin words into letters', () => {
    const index = new Index({ encoder: Charset.CJK })
    index.add(1, 'RL and VR')
    expect(index.search('rlvr')).toEqual([1])
  })

  it('the default encoder keeps a Chinese sentence as one word', () => {
    const index = new Index()
    index.add(1, '中国的开源权重模型登上了排行榜')
    expect(index.search('权重')).toEqual([])
  })

  it('the built-in highlighter marks the wrong characters in Chinese', () => {
    const document = new Document({ encoder: Charset.CJK, document: { id: 'id', index: ['text'], store: true } })
    document.add({ id: 1, text: '中国的开源权重模型登上了排行榜' })
    const [field] = document.search('权重', { highlight: '<b>$1</b>', enrich: true })
    expect(field?.result[0]?.highlight).not.toContain('<b>权重</b>')
  })
})
