import { createHash } from 'node:crypto'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { themeBootstrapScript } from '../theme'
import {
  contentSecurityPolicy,
  headersFile,
  IMMUTABLE,
  metaContentSecurityPolicy,
  nginxSnippet,
  scriptHash,
  serveConfig,
} from './headers'

const HASHES = [scriptHash(themeBootstrapScript('auto'))]
const scriptSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('script-src '))!

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and the theme bootstrap by hash, never inline ones in general', () => {
    const policy = contentSecurityPolicy(HASHES)
    expect(scriptSrc(policy)).toBe(`script-src 'self' ${HASHES[0]}`)
    expect(scriptSrc(policy)).not.toContain('unsafe')
    expect(policy).toContain("object-src 'none'")
  })

  // As components/theme/ThemeScript renders it; e2e/csp.spec.ts checks the served page's own script against the policy.
  it('hashes exactly the script text React serves', () => {
    for (const theme of ['auto', 'light', 'dark'] as const) {
      const markup = renderToStaticMarkup(
        createElement('script', { dangerouslySetInnerHTML: { __html: themeBootstrapScript(theme) } }),
      )
      const text = /^<script>([\s\S]*)<\/script>$/.exec(markup)![1]!
      // The browser hashes the script's text as served; the same text must give the policy's hash.
      expect(`'sha256-${createHash('sha256').update(text).digest('base64')}'`).toBe(
        scriptHash(themeBootstrapScript(theme)),
      )
    }
  })
})

describe('metaContentSecurityPolicy', () => {
  it('is the header’s policy less what a <meta> cannot carry, so where both apply they allow the same', () => {
    const header = contentSecurityPolicy(HASHES).split('; ')
    const meta = metaContentSecurityPolicy(HASHES).split('; ')
    expect(header.filter((directive) => !meta.includes(directive))).toEqual(["frame-ancestors 'none'"])
    for (const directive of meta) expect(header).toContain(directive)
    expect(scriptSrc(meta.join('; '))).toBe(scriptSrc(header.join('; ')))
    expect(meta.join('; ')).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/)
  })
})

describe('host configurations', () => {
  it('serve: security headers everywhere, a year of caching for hashed files only (later rules win)', () => {
    const config = serveConfig({ trailingSlash: true }, HASHES) as {
      trailingSlash: boolean
      headers: { source: string; headers: { key: string; value: string }[] }[]
    }
    expect(config.trailingSlash).toBe(true)
    expect(config).toHaveProperty('directoryListing', false)
    const [all, ...hashed] = config.headers
    expect(all!.source).toBe('**')
    expect(all!.headers.map((header) => header.key)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Cache-Control',
    ])
    expect(all!.headers.find((header) => header.key === 'Cache-Control')!.value).toBe('no-cache')
    expect(hashed.map((rule) => rule.source)).toEqual([
      '_next/static/**',
      'search-index/index.*.json',
      'menu/tree.*.json',
    ])
    for (const rule of hashed) expect(rule.headers).toEqual([{ key: 'Cache-Control', value: IMMUTABLE }])
  })

  it('_headers: one block for every path, caching only for hashed files', () => {
    const file = headersFile(HASHES)
    expect(file).toContain(
      `/*\n  Content-Security-Policy: ${contentSecurityPolicy(HASHES)}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
    )
    expect(file).toContain(`/_next/static/*\n  Cache-Control: ${IMMUTABLE}`)
    expect(file.match(/Cache-Control/g)).toHaveLength(3)
  })

  it('nginx: every location repeats the security headers (nginx does not inherit add_header)', () => {
    const conf = nginxSnippet(HASHES)
    const locations = conf.split('location ').slice(1)
    expect(locations).toHaveLength(5)
    for (const location of locations)
      expect(location).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy(HASHES)}" always;`)
    expect(conf).toContain('location ~ ^/search-index/index\\.[0-9a-f]+(?:\\.[a-z]+[0-9]*)?\\.json$ {')
    // The index's files are cached for ever (their names change with their content); the pointer is not.
    const hashed = new RegExp(conf.match(/location ~ (\^\/search-index\/[^ ]+) \{/)![1]!)
    for (const name of ['index.3ccabc63dbb0.json', 'index.3ccabc63dbb0.s17.json', 'index.3ccabc63dbb0.han.json'])
      expect(hashed.test(`/search-index/${name}`)).toBe(true)
    expect(hashed.test('/search-index/current.json')).toBe(false)
    // ES modules (mermaid's) must come as JavaScript, whatever the server's mime.types says.
    expect(conf).toContain('location ~ \\.mjs$ {\n    types { text/javascript mjs; }')
  })

  it('a site under a sub-path or with language folders: the hashed files of each, where the browser asks for them', () => {
    expect(serveConfig({}, HASHES, ['', 'zh']).headers).toContainEqual({
      source: 'zh/search-index/index.*.json',
      headers: [{ key: 'Cache-Control', value: IMMUTABLE }],
    })
    // Next's files once, at the site's root, whatever its languages.
    expect(serveConfig({}, HASHES, ['', 'zh']).headers).not.toContainEqual(
      expect.objectContaining({ source: 'zh/_next/static/**' }),
    )
    const headers = headersFile(HASHES, ['repo', 'repo/zh'], 'repo')
    expect(headers).toContain(`/repo/_next/static/*\n  Cache-Control: ${IMMUTABLE}`)
    expect(headers).toContain(`/repo/zh/menu/tree.*.json\n  Cache-Control: ${IMMUTABLE}`)
    expect(headers).not.toContain('/repo/zh/_next/')
    const conf = nginxSnippet(HASHES, ['repo'], '/repo')
    expect(conf).toContain('location ~ ^/repo/_next/static/ {')
    expect(conf).toContain('error_page 404 /repo/404.html;')
  })
})
