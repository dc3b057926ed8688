import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText, useHanFolding } from './encoder'
import { fullHanFoldTable } from './han-fold-full'
import { normalizeWithOffsets } from './marks'
import { makeSnippet, markText, SNIPPET_LENGTH, type Pattern, type Segment } from './snippet'

const word = (text: string, term = 0): Pattern => ({ text, term, wholeWord: true })
const cjk = (text: string, term = 0): Pattern => ({ text, term, wholeWord: false })
const joined = (segments: Segment[]) => segments.map((segment) => segment.text).join('')
const marks = (segments: Segment[]) => segments.filter((segment) => segment.mark).map((segment) => segment.text)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('normalizeWithOffsets', () => {
  it('normalizes like the encoder, mapping every unit back into the original', () => {
    const alphabet = [
      'A',
      'z',
      '7',
      ' ',
      '推',
      '理',
      '，',
      '。',
      '“',
      '—',
      '…',
      'Ｒ',
      '１',
      '（',
      '〒',
      '〶',
      '‗',
      'ﬁ',
      'é',
      'e\u0301',
      '𠀀',
      '\u00AD',
      'İ',
      '・',
      'ｶ',
      '\u3000',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        const mapped = normalizeWithOffsets(text)
        expect(mapped.text).toBe(normalizeText(text))
        expect(mapped.from).toHaveLength(mapped.text.length)
        for (const [i, from] of mapped.from.entries())
          expect(from < mapped.to[i]! && mapped.to[i]! <= text.length).toBe(true)
      }),
    )
  })
})

describe('markText', () => {
  it('marks a joined Latin word where the text splits it, and its parts where they stand alone', () => {
    expect(marks(markText('Vibe Coding（氛围编码）和 vibe-coding', [word('vibecoding')]))).toEqual([
      'Vibe Coding',
      'vibe-coding',
    ])
    expect(marks(markText('Claude Code 与 Claude', [word('claude')]))).toEqual(['Claude', 'Claude'])
    expect(marks(markText('mini batch', [word('nib')]))).toEqual([]) // across a word's middle: no
    expect(marks(markText('GLM 4.7 与 GLM-47', [word('glm4.7')]))).toEqual(['GLM 4.7'])
  })

  it('marks traditional text for a simplified term, and the reverse, once a table is installed', () => {
    useHanFolding(fullHanFoldTable())
    try {
      expect(marks(markText('騎自行車的鵜鶘', [cjk('鹈鹕')]))).toEqual(['鵜鶘'])
      expect(marks(markText('骑自行车的鹈鹕', [cjk(normalizeText('鵜鶘'))]))).toEqual(['鹈鹕'])
      // 㗲 folds to an astral character: the marks stay on whole characters.
      expect(marks(markText('甲㗲乙', [cjk(normalizeText('㗲'))]))).toEqual(['㗲'])
    } finally {
      useHanFolding(undefined)
    }
  })

  it('marks every occurrence on the original characters, whatever their width or case', () => {
    expect(marks(markText('RLVR、ｒｌｖｒ 和 Rlvr', [word('rlvr')]))).toEqual(['RLVR', 'ｒｌｖｒ', 'Rlvr'])
  })

  it('marks Latin terms only as whole words, next to CJK too', () => {
    expect(marks(markText('codex 与 code，使用code训练', [word('code')]))).toEqual(['code', 'code'])
    expect(marks(markText('gpt-oss-120B', [word('oss')]))).toEqual(['oss'])
  })

  it('maps characters that NFKC expands or merges back to the original', () => {
    expect(markText('a ﬁle', [word('file')])).toEqual([
      { text: 'a ', mark: false },
      { text: 'ﬁle', mark: true },
    ])
    expect(marks(markText('Cafe\u0301 au lait', [word('café')]))).toEqual(['Cafe\u0301'])
  })

  it('joins overlapping pairs of a CJK run into one mark', () => {
    expect(markText('中国的开源权重模型', [cjk('开源'), cjk('源权'), cjk('权重')])).toEqual([
      { text: '中国的', mark: false },
      { text: '开源权重', mark: true },
      { text: '模型', mark: false },
    ])
  })

  it('marks characters outside the BMP whole', () => {
    expect(markText('甲𠀀𠀁乙', [cjk('𠀀𠀁')])).toEqual([
      { text: '甲', mark: false },
      { text: '𠀀𠀁', mark: true },
      { text: '乙', mark: false },
    ])
  })
})

describe('makeSnippet', () => {
  const filler = '这是一段没有关键词的填充文字。'.repeat(20)

  it('keeps a short text whole', () => {
    expect(makeSnippet('Claude Code 发布了。', [word('claude'), word('code', 1)])).toEqual([
      { text: 'Claude Code', mark: true },
      { text: ' 发布了。', mark: false },
    ])
    expect(makeSnippet('', [word('x')])).toEqual([])
  })

  it('cuts a window of about 100 characters around the best match, with ellipses', () => {
    const text = `${filler}RLVR 是关键。${filler}`
    const snippet = makeSnippet(text, [word('rlvr')])
    expect(snippet[0]).toEqual({ text: '…', mark: false })
    expect(snippet.at(-1)).toEqual({ text: '…', mark: false })
    expect(marks(snippet)).toEqual(['RLVR'])
    expect(joined(snippet).length).toBeGreaterThanOrEqual(80)
    expect(joined(snippet).length).toBeLessThanOrEqual(120)
  })

  it('prefers the window holding the most distinct terms', () => {
    const text = `推理出现在这里。${filler}推理和智能体在一起。${filler}`
    expect(marks(makeSnippet(text, [cjk('推理'), cjk('智能', 1), cjk('能体', 1)]))).toEqual(['推理', '智能体'])
  })

  it('opens at the start of the sentence when it is close before the match', () => {
    const snippet = makeSnippet(`${filler}模型很多。推理在这里。${filler}`, [cjk('推理')])
    expect(snippet.slice(0, 2)).toEqual([
      { text: '…', mark: false },
      { text: '推理', mark: true },
    ])
  })

  it('starts at the beginning when nothing matches', () => {
    const snippet = makeSnippet(filler, [word('absent')])
    expect(snippet).toEqual([
      { text: filler.slice(0, SNIPPET_LENGTH), mark: false },
      { text: '…', mark: false },
    ])
  })

  it('never splits a surrogate pair and always gives back a slice of the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('𠀀', '𠀁', '字', 'a', ' ', 'é', 'e\u0301'), { maxLength: 300 }),
        (chars) => {
          const text = chars.join('')
          const snippet = makeSnippet(text, [cjk('𠀁'), cjk('字', 1)])
          for (const segment of snippet) expect(segment.text).not.toMatch(LONE_SURROGATE)
          expect(text).toContain(joined(snippet).replace(/^…|…$/g, ''))
        },
      ),
    )
  })
})
