import { describe, expect, it } from 'vitest'
import { PRERENDERED_MARK } from '../../formats/prerendered-html'
import { elidePrerenderedHtml } from './flight-payload'

const push = (text: string) => `self.__next_f.push([1,${JSON.stringify(text)}])`
const textRow = (id: string, text: string) => `${id}:T${Buffer.byteLength(text).toString(16)},${text}`
/** The payload the scripts push, joined. */
const payloadOf = (scripts: string[]) =>
  scripts
    .map((script) => /^self\.__next_f\.push\(\[1,(".*")\]\)$/s.exec(script)?.[1])
    .filter((chunk) => chunk !== undefined)
    .map((chunk) => JSON.parse(chunk) as string)
    .join('')

describe('elidePrerenderedHtml', () => {
  const article = `${PRERENDERED_MARK}<h2 id="鹈鹕">鹈鹕</h2><p>正文 “quoted” \\ and \n newlines</p>`
  const rows = `1:"$Sreact.fragment"\n${textRow('23', article)}${textRow('24', 'plain text, kept')}2:["$","div",null,{"html":"$23"}]\n`

  it('cuts a marked text row down to the mark, with its byte length, across pieces of the payload', () => {
    const split = [rows.slice(0, 40), rows.slice(40, 90), rows.slice(90)]
    const scripts = ['(self.__next_f=self.__next_f||[]).push([0])', ...split.map(push), 'other()']
    const { scripts: result, unreadable } = elidePrerenderedHtml(scripts)
    expect(unreadable).toBe(false)
    expect(result).toHaveLength(3) // the pieces joined into the first
    expect(result[0]).toBe(scripts[0])
    expect(result[2]).toBe('other()')
    expect(payloadOf(result)).toBe(
      `1:"$Sreact.fragment"\n${textRow('23', PRERENDERED_MARK)}${textRow('24', 'plain text, kept')}2:["$","div",null,{"html":"$23"}]\n`,
    )
  })

  it('leaves the scripts as they were when nothing is marked, and says so when the payload does not read as rows', () => {
    const plain = [push(`1:"a"\n${textRow('2', 'not marked')}3:"b"\n`)]
    expect(elidePrerenderedHtml(plain)).toEqual({ scripts: plain, unreadable: false })
    const broken = [push(`1:"a"\n2:Tffff,${PRERENDERED_MARK}short`)] // claims more bytes than there are
    expect(elidePrerenderedHtml(broken)).toEqual({ scripts: broken, unreadable: true })
    // Rows of another shape (a Next that writes its rows otherwise), with the mark: left whole, and said.
    const changed = [push(`{"rows":[${JSON.stringify(PRERENDERED_MARK)}]}`)]
    expect(elidePrerenderedHtml(changed)).toEqual({ scripts: changed, unreadable: true })
    expect(elidePrerenderedHtml(['a()', 'b()'])).toEqual({ scripts: ['a()', 'b()'], unreadable: false })
  })

  it('reads a payload of megabytes without a regular expression over it', () => {
    const long = `${PRERENDERED_MARK}${'<p>很长的正文</p>'.repeat(400_000)}`
    const { scripts, unreadable } = elidePrerenderedHtml([push(textRow('7', long))])
    expect(unreadable).toBe(false)
    expect(scripts).toEqual([push(textRow('7', PRERENDERED_MARK))])
  })

  it('reads a 10 MB page in one piece, its text full of quotes, backslashes and line breaks (escaped in the payload)', () => {
    const long = `${PRERENDERED_MARK}${'<p class="a">“引号” \\ "q"\n</p>'.repeat(300_000)}`
    const plain = `${'<li>"x"\n</li>'.repeat(300_000)}`
    const rows = `1:"$Sreact.fragment"\n${textRow('7', long)}${textRow('8', plain)}`
    expect(push(rows).length).toBeGreaterThan(10_000_000)
    const { scripts, unreadable } = elidePrerenderedHtml([push(rows)])
    expect(unreadable).toBe(false)
    expect(payloadOf(scripts)).toBe(`1:"$Sreact.fragment"\n${textRow('7', PRERENDERED_MARK)}${textRow('8', plain)}`)
  })

  it('keeps a row that is the mark alone (already cut)', () => {
    const done = [push(textRow('5', PRERENDERED_MARK))]
    expect(elidePrerenderedHtml(done)).toEqual({ scripts: done, unreadable: false })
  })
})
