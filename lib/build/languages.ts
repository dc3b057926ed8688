/**
 * A multilingual Hugo site is built one language at a time (each a Next export under its own
 * base path, scripts/build.ts), then laid out as Hugo lays it out:
 *   - the default language at the root, or under `/<key>/` with defaultContentLanguageInSubdir,
 *     the root page then redirecting there; every other language under `/<key>/`;
 *   - `/sitemap.xml` a sitemap index of each language's `/<key>/sitemap.xml`; with the default
 *     language at the root, `/<key>/` of the default language redirects to the root;
 *   - robots.txt and the hosts' header files once, at the root (the caller writes the headers).
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface LanguagePart {
  /** Hugo's key: `en`, `zh`. */
  key: string
  /** Where its pages go inside the export: '' for the root, else the key. */
  folder: string
  /** Its own export (a finished build with OUT_DIR). */
  dir: string
  isDefault: boolean
}

/** Each language's export in its place inside `into`; `address` is the site's (`https://example.com/repo/`). */
export function assembleLanguages(parts: readonly LanguagePart[], into: string, address: string): void {
  rmSync(into, { recursive: true, force: true })
  mkdirSync(into, { recursive: true })
  for (const part of parts) {
    const target = path.join(into, part.folder)
    cpSync(part.dir, target, { recursive: true })
    for (const file of ['serve.json', '_headers', 'nginx-headers.conf', 'robots.txt'])
      rmSync(path.join(target, file), { force: true })
  }
  const defaultPart = parts.find((part) => part.isDefault) ?? parts[0]!
  const languageAddress = (part: LanguagePart) => new URL(`${encodeURIComponent(part.key)}/`, address).href
  if (defaultPart.folder === '') {
    // Hugo: the default language's sitemap under its key, and its key's folder a redirect to the root.
    const own = path.join(into, defaultPart.key)
    mkdirSync(own, { recursive: true })
    if (existsSync(path.join(into, 'sitemap.xml')))
      renameSync(path.join(into, 'sitemap.xml'), path.join(own, 'sitemap.xml'))
    if (!existsSync(path.join(own, 'index.html')))
      writeFileSync(path.join(own, 'index.html'), redirectPage(address, defaultPart.key))
  } else {
    writeFileSync(path.join(into, 'index.html'), redirectPage(languageAddress(defaultPart), defaultPart.key))
    // The host's "not found" page lives at the root.
    const notFound = path.join(into, defaultPart.folder, '404.html')
    if (existsSync(notFound)) cpSync(notFound, path.join(into, '404.html'))
  }
  writeFileSync(
    path.join(into, 'sitemap.xml'),
    sitemapIndex(parts.map((part) => `${languageAddress(part)}sitemap.xml`)),
  )
  writeFileSync(
    path.join(into, 'robots.txt'),
    `User-Agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', address).href}\n`,
  )
}

/** Hugo's redirect page (what it writes at `/` with defaultContentLanguageInSubdir). */
function redirectPage(to: string, lang: string): string {
  const url = escapeAttribute(to)
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(lang)}">`,
    '  <head>',
    `    <title>${url}</title>`,
    `    <link rel="canonical" href="${url}">`,
    '    <meta name="robots" content="noindex">',
    '    <meta charset="utf-8">',
    `    <meta http-equiv="refresh" content="0; url=${url}">`,
    '  </head>',
    '</html>',
    '',
  ].join('\n')
}

/** A sitemap index (https://www.sitemaps.org/protocol.html#index) of the languages' sitemaps. */
function sitemapIndex(sitemaps: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((loc) => `  <sitemap>\n    <loc>${escapeAttribute(loc)}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
