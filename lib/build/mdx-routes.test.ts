import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'contentlayer/generated'
import { describe, expect, it } from 'vitest'
import { isContentError } from '../diagnostics/content-error'
import { decodeMdxRouteFolders, writeMdxRoutes } from './mdx-routes'

/** Just what the routes are made from; the rest of a document does not matter here. */
const page = (url: string, filePath: string, mdx?: string, kind: Page['kind'] = 'page') =>
  ({ url, filePath, language: 'zh-cn', kind, ...(mdx === undefined ? {} : { mdx }) }) as unknown as Page

const MODULE = 'import Chart from "/site/components/Chart.tsx";\nexport default function MDXContent() { return null }\n'

describe('the routes of MDX pages', () => {
  it('writes a route per MDX path, a Chinese segment percent-encoded, and the module with its imports made relative', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mdx-routes-'))
    const routes = writeMdxRoutes(cwd, [page('/docs/a/', 'docs/a.md'), page('/docs/交互/', 'docs/交互.mdx', MODULE)])
    expect(routes).toBe(1)
    const root = path.join(cwd, 'app', '[lang]', '(mdx)')
    const route = readFileSync(path.join(root, 'docs', '%E4%BA%A4%E4%BA%92', 'page.tsx'), 'utf8')
    expect(route).toContain(`mdxPageRoute("/docs/交互/", {`)
    const [moduleFile] = readdirSync(path.join(root, '_modules'))
    const compiled = readFileSync(path.join(root, '_modules', moduleFile!), 'utf8')
    expect(compiled).toContain(`from "${path.relative(path.join(root, '_modules'), '/site/components/Chart.tsx')}"`)
    // A build without MDX pages leaves nothing of an earlier one.
    expect(writeMdxRoutes(cwd, [page('/docs/a/', 'docs/a.md')])).toBe(0)
    expect(existsSync(root)).toBe(false)
  })

  it('refuses an MDX home page and a path Next reads as a group, naming the file', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mdx-routes-'))
    for (const [bad, message] of [
      [page('/', '_index.mdx', MODULE, 'home'), /home page cannot be an MDX page/],
      [page('/(x)/a/', '(x)/a.mdx', MODULE), /segment "\(x\)"/],
    ] as const) {
      let error: unknown
      try {
        writeMdxRoutes(cwd, [bad])
      } catch (caught) {
        error = caught
      }
      expect(isContentError(error) && error.file).toBe(bad.filePath)
      expect(String((error as Error).message)).toMatch(message)
    }
  })

  it('moves an exported route from its encoded folder to the page’s path', () => {
    const exportDir = mkdtempSync(path.join(tmpdir(), 'mdx-export-'))
    const encoded = path.join(exportDir, 'zh-cn', 'docs', '%E4%BA%A4%E4%BA%92')
    mkdirSync(encoded, { recursive: true })
    writeFileSync(path.join(encoded, 'index.html'), '<p>交互</p>')
    expect(decodeMdxRouteFolders(exportDir, [page('/docs/交互/', 'docs/交互.mdx', MODULE)])).toBe(1)
    expect(readFileSync(path.join(exportDir, 'zh-cn', 'docs', '交互', 'index.html'), 'utf8')).toBe('<p>交互</p>')
    expect(existsSync(encoded)).toBe(false)
  })
})
