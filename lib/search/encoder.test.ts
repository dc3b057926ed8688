import { Charset, Document, Index } from 'flexsearch'
import { describe, expect, it } from 'vitest'
import { countTokens, junctionToken, normalizeText, splitTerms, tokenize, useHanFolding } from './encoder'
import { fullHanFoldTable } from './han-fold-full'

describe('tokenize', () => {
  it('splits Chinese into characters and overlapping pairs', () => {
    expect(tokenize('开源权重')).toEqual(['开', '源', '权', '重', '开源', '源权', '权重'])
    expect(tokenize('推理')).toEqual(['推', '理', '推理'])
    expect(tokenize('书')).toEqual(['书'])
  })

  it('keeps English words whole and lower-cased', () => {
    expect(tokenize('Claude Code')).toEqual(['claude', 'code', 'claudecode'])
    expect(tokenize('RLVR')).toEqual(['rlvr'])
  })

  it('splits mixed text at the script boundary', () => {
    expect(tokenize('使用RLVR训练')).toEqual(['使', '用', '使用', 'rlvr', '用rlvr', '训', '练', '训练', 'rlvr训'])
    expect(tokenize('DeepSeek 550万美元')).toEqual([
      'deepseek',
      '550',
      'deepseek550',
      '万',
      '美',
      '元',
      '万美',
      '美元',
      '550万',
    ])
  })

  it('normalizes full-width letters and digits (NFKC) and case', () => {
    expect(tokenize('ＲＬＶＲ')).toEqual(['rlvr'])
    expect(tokenize('１２０')).toEqual(['120'])
    expect(tokenize('ｇｐｔ－ｏｓｓ－１２０Ｂ')).toEqual(tokenize('gpt-oss-120b'))
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123')
  })

  it('emits hyphenated and dotted names whole, by part and by run of parts, without - and _', () => {
    expect(tokenize('gpt-oss-120B')).toEqual(['gptoss120b', 'gpt', 'oss', '120b', 'gptoss', 'oss120b'])
    expect(tokenize('GLM-4.7')).toEqual(['glm4.7', 'glm', '4', '7', 'glm4', '4.7'])
    expect(tokenize('Qwen-Image-Layered')).toContain('qwenimage')
    expect(tokenize('claude_code')).toEqual(tokenize('claude-code'))
  })

  it('joins two terms side by side (at most 3 separators apart) into a junction token', () => {
    expect(tokenize('Vibe Coding')).toContain('vibecoding')
    expect(tokenize('AI 动态')).toContain('ai动')
    expect(tokenize('模型 - DeepSeek')).toContain('型deepseek')
    expect(tokenize('鹈鹕，自行车')).toContain('鹕自')
    expect(tokenize('vibe — … — coding')).not.toContain('vibecoding') // 7 characters apart
    expect(junctionToken({ text: 'gpt-oss', cjk: false }, { text: '开源', cjk: true })).toBe('gptoss开')
  })

  it('counts how often each token occurs in a text', () => {
    const counts = countTokens('RLVR 与 RLVR，还有推理和推理')
    expect(counts.get('rlvr')).toBe(2)
    expect(counts.get('推理')).toBe(2)
    expect(counts.get('与')).toBe(1)
  })

  it('folds traditional characters to simplified ones once a table is installed', () => {
    expect(tokenize('開源')).toEqual(['開', '源', '開源'])
    useHanFolding(fullHanFoldTable())
    try {
      expect(tokenize('開源權重')).toEqual(tokenize('开源权重'))
      expect(normalizeText('鵜鶘 Claude')).toBe('鹈鹕 claude')
    } finally {
      useHanFolding(undefined)
    }
  })

  it('drops Chinese and Latin punctuation, which separates tokens', () => {
    expect(tokenize('“推理”之年！')).toEqual(['推', '理', '推理', '之', '年', '之年', '理之'])
    expect(tokenize('Hello, world. (test)')).toEqual(['hello', 'world', 'helloworld', 'test', 'worldtest'])
    expect(tokenize('Claude（Opus）、Gemini；')).toEqual(['claude', 'opus', 'claudeopus', 'gemini', 'opusgemini'])
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
