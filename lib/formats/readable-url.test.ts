import { describe, expect, it } from 'vitest'
import { readableUrl } from './readable-url'

describe('readableUrl', () => {
  it('decodes a Chinese path and hash', () => {
    const href = new URL('https://example.org/docs/大模型/#大模型').href
    expect(href).toBe('https://example.org/docs/%E5%A4%A7%E6%A8%A1%E5%9E%8B/#%E5%A4%A7%E6%A8%A1%E5%9E%8B')
    expect(readableUrl(href)).toBe('https://example.org/docs/大模型/#大模型')
  })

  it('leads where the encoded URL leads: the browser encodes it back the same', () => {
    for (const href of [
      'https://example.org/docs/llm/#骑自行车的鹈鹕之年',
      'https://example.org/a/ü%20é/?q=模型&x=%26#a%23b',
      'https://example.org/😀/#x',
    ]) {
      const encoded = new URL(href).href
      expect(new URL(readableUrl(encoded)).href).toBe(encoded)
    }
  })

  it('keeps escaped ASCII escaped: spaces, %, # in a hash, / in a segment, characters that end a pasted link', () => {
    const href = 'https://example.org/a%2Fb/c%20d/%25/?q=%3C%22#x%23y%20%E6%A8%A1'
    expect(readableUrl(href)).toBe('https://example.org/a%2Fb/c%20d/%25/?q=%3C%22#x%23y%20模')
  })

  it('keeps Unicode spaces and invisible characters escaped', () => {
    // U+3000 ideographic space, U+00A0 no-break space, U+202E right-to-left override, U+200B zero-width space
    expect(readableUrl('https://example.org/#a%E3%80%80b%C2%A0c%E2%80%AEd%E2%80%8Be')).toBe(
      'https://example.org/#a%E3%80%80b%C2%A0c%E2%80%AEd%E2%80%8Be',
    )
  })

  it('leaves bytes that are not UTF-8 as they are', () => {
    expect(readableUrl('https://example.org/%E6%A8/%FF/%C0%AF/%ED%A0%80/x')).toBe(
      'https://example.org/%E6%A8/%FF/%C0%AF/%ED%A0%80/x',
    )
  })

  it('leaves a URL without escapes alone', () => {
    expect(readableUrl('https://example.org/docs/llm/#intro')).toBe('https://example.org/docs/llm/#intro')
  })
})
