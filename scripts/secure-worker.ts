/**
 * One of the CSP step's workers (lib/build/secure-export.ts): moves the inline scripts of the
 * pages listed in the file it is given, and prints `[[page, script file], …]` as JSON.
 */
import { readFileSync } from 'node:fs'
import { externalizePages } from '../lib/build/secure-export'
import type { ThemeChoice } from '../lib/config/site-config'

const [listFile, outDir, theme, basePath = ''] = process.argv.slice(2)
if (!listFile || !outDir || !theme) {
  console.error('usage: tsx scripts/secure-worker.ts <file with one page a line> <export folder> <theme> [base path]')
  process.exit(2)
}
const pages = readFileSync(listFile, 'utf8').split('\n').filter(Boolean)
process.stdout.write(JSON.stringify([...externalizePages(outDir, pages, theme as ThemeChoice, basePath)]))
