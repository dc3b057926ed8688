import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { metaContentSecurityPolicy, scriptHash } from '../security/headers'
import { themeBootstrapScript } from '../theme'
import { secureStep } from './secure-step'

const secure = (out: string, options: { cores?: number; pagesPerWorker?: number } = {}) =>
  secureStep(out, { themes: ['auto'], basePath: '', folders: [''], cores: 1, ...options })

/** A small export: pages whose inline payload differs, two with the same, and the theme bootstrap on each. */
function exportFolder(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'secure-'))
  const page = (payload: string) =>
    `<!DOCTYPE html><html><head><script>${themeBootstrapScript('auto')}</script></head><body><p title="<script>not one</script>">x</p><script>self.__next_f.push([1,"${payload}"])</script><script src="/_next/static/chunks/a.js"></script></body></html>`
  const pages: Record<string, string> = {
    'index.html': page('home'),
    'docs/a/index.html': page('a'),
    'docs/b/index.html': page('b'),
    'docs/c/index.html': page('b'),
    '404.html': page('missing'),
    'plain/index.html':
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>plain</title></head><body></body></html>',
  }
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    writeFileSync(path.join(out, file), html)
  }
  return out
}

describe('secureStep', () => {
  it(
    'moves each page’s inline scripts into a shared file, keeps the theme bootstrap, and writes the header files',
    { timeout: 60_000 },
    async () => {
      const out = exportFolder()
      const secured = await secure(out)
      expect(secured.pages).toBe(5)
      expect(secured.scripts).toBe(4) // b and c share one
      expect(secured.pageScripts.get('docs/b/index.html')).toBe(secured.pageScripts.get('docs/c/index.html'))
      const html = readFileSync(path.join(out, 'docs/a/index.html'), 'utf8')
      expect(html).not.toContain('self.__next_f')
      expect(html).toContain(themeBootstrapScript('auto'))
      expect(html).toContain(`<script src="${secured.pageScripts.get('docs/a/index.html')}"></script>`)
      expect(
        readFileSync(path.join(out, ...secured.pageScripts.get('docs/a/index.html')!.split('/')), 'utf8'),
      ).toContain('self.__next_f.push([1,"a"])')
      for (const file of ['serve.json', '_headers', 'nginx-headers.conf'])
        expect(existsSync(path.join(out, file))).toBe(true)
    },
  )

  it(
    'gives every page, with scripts or without, the policy in a <meta> before its first script',
    { timeout: 60_000 },
    async () => {
      const out = exportFolder()
      await secure(out)
      const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy([scriptHash(themeBootstrapScript('auto'))])}">`
      for (const file of ['index.html', 'docs/a/index.html', '404.html', 'plain/index.html']) {
        const html = readFileSync(path.join(out, file), 'utf8')
        expect(html.split(meta), file).toHaveLength(2)
        expect(html.indexOf(meta), file).toBeLessThan(html.indexOf('<script') >>> 0)
      }
    },
  )

  it('writes the same export when the pages are split between worker processes', { timeout: 120_000 }, async () => {
    const alone = exportFolder()
    const split = mkdtempSync(path.join(tmpdir(), 'secure-split-'))
    cpSync(alone, split, { recursive: true })
    const inProcess = await secure(alone)
    const inWorkers = await secure(split, { cores: 2, pagesPerWorker: 1 })
    expect([...inWorkers.pageScripts].sort()).toEqual([...inProcess.pageScripts].sort())
    for (const file of [...inProcess.pageScripts.keys(), ...new Set(inProcess.pageScripts.values())]) {
      expect(readFileSync(path.join(split, ...file.split('/')), 'utf8'), file).toBe(
        readFileSync(path.join(alone, ...file.split('/')), 'utf8'),
      )
    }
  })
})
