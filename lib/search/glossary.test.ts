import { pinyin } from 'pinyin-pro'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDefaultBook } from '../../test/support/search-book'
import { loadDictionary } from './dictionary'
import { countTokens, normalizeText, useHanFolding } from './encoder'
import { buildGlossary, glossaryKeys, type Glossary, type GlossaryInput } from './glossary'
import { fullHanFoldTable } from './han-fold-full'
import { pagesToRecords } from './records'

useHanFolding(fullHanFoldTable())
const dictionary = loadDictionary()

/** The glossary's words for a typed word, as the query looks them up. */
const lookup = (glossary: Glossary, word: string) => glossaryKeys(word).flatMap((key) => glossary.get(key) ?? [])

/** A glossary of a few made-up texts, every text a heading too unless told. */
function glossaryOf(texts: string[], options: { latinWords?: string[]; headings?: string[] } = {}): Glossary {
  return buildGlossary({
    texts,
    headings: options.headings ?? texts,
    latinWords: new Set(options.latinWords ?? []),
    dictionary,
  })
}

/** The default book as the index sees it: titles, headings and texts of its records, its Latin words. */
async function defaultBookInput(): Promise<GlossaryInput> {
  const records = pagesToRecords(await loadDefaultBook())
  const titles = [...new Set(records.map((record) => record.pageTitle))]
  const headings = [...titles, ...records.flatMap((record) => (record.heading ? [record.heading] : []))]
  const texts = [...headings, ...records.map((record) => record.text)]
  const latinWords = new Set<string>()
  for (const text of texts) countTokens(text, latinWords)
  return { texts, headings, latinWords, dictionary }
}

describe('glossaryKeys', () => {
  it('gives an English word its stem, so that forms of one word meet', () => {
    expect(glossaryKeys('interpretability')[0]).toBe(glossaryKeys('interpret')[0])
    expect(glossaryKeys('interpreted')[0]).toBe(glossaryKeys('interpret')[0])
    expect(glossaryKeys('bicycles')[0]).toBe(glossaryKeys('bicycle')[0])
    expect(glossaryKeys('pelicans')[0]).toBe(glossaryKeys('pelican')[0])
  })

  it('adds the word itself when it is whole pinyin syllables, and only then', () => {
    expect(glossaryKeys('kejieshixing')).toContain('kejieshixing')
    expect(glossaryKeys('tuili')).toContain('tuili')
    expect(glossaryKeys('xian')).toContain('xian')
    expect(glossaryKeys('pelican')).toEqual([glossaryKeys('pelicans')[0]])
    expect(glossaryKeys('transformer')).not.toContain('transformer')
  })

  it('takes lue and nue as the glossary spells them (lve, nve)', () => {
    expect(glossaryKeys('lue')).toContain('lve')
    expect(glossaryKeys('celue')).toContain('celve')
  })

  it('gives nothing for words with digits or of fewer than three letters', () => {
    expect(glossaryKeys('gpt4')).toEqual([])
    expect(glossaryKeys('120b')).toEqual([])
    expect(glossaryKeys('ai')).toEqual([])
  })
})

describe('buildGlossary on made-up texts', () => {
  it('maps the English of a dictionary word the book holds to it', () => {
    const glossary = glossaryOf(['一只鹈鹕骑着自行车'])
    expect(lookup(glossary, 'pelican')).toEqual(['鹈鹕'])
    expect(lookup(glossary, 'bicycles')[0]).toBe('自行车')
  })

  it('keeps only words of two or more characters that the book holds', () => {
    const glossary = glossaryOf(['一只鹈鹕'])
    expect(lookup(glossary, 'bicycle')).toEqual([])
    expect([...glossary.values()].flat().every((word) => word.length >= 2 && '一只鹈鹕'.includes(word))).toBe(true)
  })

  it('reads toneless pinyin, ü as v', () => {
    const glossary = glossaryOf(['绿色的推理'])
    expect(lookup(glossary, 'lvse')).toEqual(['绿色'])
    expect(lookup(glossary, 'tuili')[0]).toBe('推理')
  })

  it('reads heading pieces the dictionary lacks character by character, words in context', () => {
    const glossary = glossaryOf(['机械可解释性'])
    expect(lookup(glossary, 'kejieshixing')).toEqual(['可解释性'])
    expect(lookup(glossary, 'jixiekejieshixing')).toEqual(['机械可解释性'])
    // 行 is xing in 银行 too, but hang in the word: the word's reading wins where it covers the character.
    expect(lookup(glossaryOf(['中国银行']), 'yinhang')).toEqual(['银行'])
  })

  it('reads a character left alone as a particle if it is one, else as the book reads it most', () => {
    expect(lookup(glossaryOf(['我构建了']), 'goujianle')).toEqual(['构建了'])
    // 还 is hai in 还是 and 还有, huan in 归还: the book's words decide.
    const texts = ['还是', '还有', '我们还在']
    expect(lookup(glossaryOf(texts, { headings: ['我们还在'] }), 'womenhaizai')).toEqual(['我们还在'])
  })

  it('gives pinyin to heading pieces only, not to every run of the text', () => {
    const glossary = glossaryOf(['机械可解释性'], { headings: [] })
    expect(lookup(glossary, 'kejieshixing')).toEqual([])
    expect(lookup(glossary, 'jixie')).toEqual(['机械'])
  })

  it("takes the book's own pairs, the term before the bracket or inside it", () => {
    const glossary = glossaryOf(
      ['我们称之为语义扩散（semantic diffusion）。', '“氛围编程”(vibe coding)很流行', '据 DeepSeek（深度求索）报道'],
      { headings: [] },
    )
    expect(lookup(glossary, 'semantic')).toContain('语义扩散')
    expect(lookup(glossary, 'vibe')).toEqual(['氛围编程'])
    expect(lookup(glossary, 'deepseek')).toEqual(['深度求索'])
    expect([...glossary.values()].flat()).not.toContain('之为语义扩散')
  })

  it('cuts the term before a bracket at whole words, as a reader would name it', () => {
    const glossary = glossaryOf(
      ['这个术语已经扩大到涵盖越狱（jailbreaking）', '2025 年大型语言模型（LLM）', '8.2 模型上下文协议（MCP）的兴衰'],
      { headings: [] },
    )
    expect(lookup(glossary, 'jailbreaking')).toEqual(['越狱'])
    expect(lookup(glossary, 'llm')).toEqual(['大型语言模型'])
    expect(lookup(glossary, 'mcp')).toEqual(['模型上下文协议'])
  })

  it("ranks the book's pairs before dictionary words, however common those are", () => {
    const glossary = glossaryOf(['我们称之为语义扩散（semantic diffusion）。', '扩散很快。', '扩散模型。'])
    expect(lookup(glossary, 'diffusion').slice(0, 2)).toEqual(['语义扩散', '扩散'])
  })

  it('ranks words that more texts hold first', () => {
    const glossary = glossaryOf(['理由', '理由和原因', '原因', '原因'], { headings: [] })
    expect(lookup(glossary, 'reason').slice(0, 2)).toEqual(['原因', '理由'])
  })

  it('leaves out an English key that the book writes in Latin script', () => {
    const texts = ['杰文斯悖论（Jevons paradox）', '鹈鹕']
    expect(lookup(glossaryOf(texts), 'paradox')[0]).toBe('杰文斯悖论')
    const glossary = glossaryOf(texts, { latinWords: ['jevons', 'paradox', 'pelican'] })
    expect(glossary.has('paradox')).toBe(false)
    expect(glossary.has('pelican')).toBe(false)
    // A form the book does not write still finds the term.
    expect(lookup(glossary, 'jevon')).toEqual(['杰文斯悖论'])
  })

  it('gives the same glossary, byte for byte, whatever the order of its input', () => {
    const texts = [
      '我们称之为语义扩散（semantic diffusion）。',
      '图像扩散（image diffusion）',
      '扩散模型的推理',
      '推理模型',
      '绿色的自行车',
      '原因和理由',
    ]
    const headings = ['扩散模型的推理', '绿色的自行车']
    const once = JSON.stringify([...glossaryOf(texts, { headings, latinWords: ['model', 'reason'] })])
    const reversed = glossaryOf([...texts].reverse(), {
      headings: [...headings].reverse(),
      latinWords: ['reason', 'model'],
    })
    expect(JSON.stringify([...reversed])).toBe(once)
  })
})

describe('buildGlossary on the default book', () => {
  let input: GlossaryInput
  let glossary: Glossary
  beforeAll(async () => {
    input = await defaultBookInput()
    glossary = buildGlossary(input)
  })

  it('finds the Chinese of English words the book lacks in Latin script', () => {
    expect(input.latinWords.has('pelican')).toBe(false)
    expect(lookup(glossary, 'pelican')[0]).toBe('鹈鹕')
    expect(lookup(glossary, 'bicycle')[0]).toBe('自行车')
    expect(lookup(glossary, 'bicycles')[0]).toBe('自行车')
    const heading = input.headings.find((text) => text.includes('机械可解释性'))!
    expect(lookup(glossary, 'interpretability').some((word) => heading.includes(word))).toBe(true)
  })

  it('finds words by their pinyin', () => {
    expect(lookup(glossary, 'tuili')[0]).toBe('推理')
    expect(lookup(glossary, 'kejieshixing')[0]).toBe('可解释性')
  })

  it('has no English key that the book writes in Latin script', () => {
    expect(input.latinWords.has('agent')).toBe(true)
    expect(glossary.has('agent')).toBe(false)
  })

  it('finds the pieces of the headings by pinyin as another converter reads them', () => {
    // pinyin-pro reads each heading run in context; the glossary's readings come from CC-CEDICT.
    // Whole runs of 2–4 characters, and every piece of 2–4 characters of the runs.
    const runs = new Set<string>()
    const pieces = new Map<string, string>()
    for (const heading of input.headings) {
      for (const [run] of normalizeText(heading).matchAll(/\p{sc=Han}+/gu)) {
        const chars = Array.from(run)
        const readings = pinyin(run, { toneType: 'none', v: true, type: 'array', toneSandhi: false })
        if (chars.length >= 2 && chars.length <= 4) runs.add(run)
        for (let start = 0; start < chars.length; start++)
          for (let end = start + 2; end <= Math.min(chars.length, start + 4); end++)
            pieces.set(chars.slice(start, end).join(''), readings.slice(start, end).join(''))
      }
    }
    const found = (piece: string) => lookup(glossary, pieces.get(piece)!).includes(piece)
    const runMisses = [...runs].filter((run) => !found(run))
    const pieceMisses = [...pieces.keys()].filter((piece) => !found(piece))
    const runRate = 1 - runMisses.length / runs.size
    const pieceRate = 1 - pieceMisses.length / pieces.size
    console.log(
      `pinyin found: ${(runRate * 100).toFixed(1)}% of ${runs.size} heading runs of 2–4 characters,`,
      `${(pieceRate * 100).toFixed(1)}% of their ${pieces.size} pieces of 2–4 characters`,
      pieceMisses.map((piece) => `${piece} ${pieces.get(piece)}`),
    )
    expect(runs.size).toBeGreaterThan(20)
    expect(runRate).toBeGreaterThanOrEqual(0.9)
    expect(pieceRate).toBeGreaterThanOrEqual(0.95)
  })
})
