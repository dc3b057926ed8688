import { describe, expect, it } from 'vitest'
import { externalizeInlineScripts } from './inline-scripts'

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='"
const META = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`
const keepNone = () => false
const withPolicy = (html: string) => externalizeInlineScripts(html, keepNone, { policy: POLICY }).html

describe('the policy <meta> of a page', () => {
  it('comes first in the head, after a leading <meta charset> only: before every script and style sheet', () => {
    const html = withPolicy(
      '<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/><script>x()</script></head><body></body></html>',
    )
    expect(html.startsWith(`<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/>${META}<link`)).toBe(true)
    expect(html.indexOf(META)).toBeLessThan(html.indexOf('<script'))
  })

  it('comes right after <head> when the head starts with something else', () => {
    expect(withPolicy('<html><head><title>t</title></head><body><p>a</p></body></html>')).toBe(
      `<html><head>${META}<title>t</title></head><body><p>a</p></body></html>`,
    )
  })

  it('is in pages without scripts too, and in pages written without a <head> tag, where the parser puts it in the head', () => {
    expect(withPolicy('<!DOCTYPE html><html><body><p>a</p></body></html>')).toBe(
      `<!DOCTYPE html><html>${META}<body><p>a</p></body></html>`,
    )
    expect(withPolicy('<!doctype html><p>a</p>')).toBe(`<!doctype html>${META}<p>a</p>`)
    expect(withPolicy('<p>a</p>')).toBe(`${META}<p>a</p>`)
  })

  it('leaves the page as it was but for the meta when it also moves the scripts', () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>a()</script></body></html>'
    const { html, script } = externalizeInlineScripts(page, keepNone, { policy: POLICY })
    expect(html).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${META}</head><body><script src="${script!.path}"></script></body></html>`,
    )
  })

  it('escapes the policy as an attribute value', () => {
    expect(externalizeInlineScripts('<p>a</p>', keepNone, { policy: 'a "b" & c' }).html).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c"><p>a</p>',
    )
  })
})
