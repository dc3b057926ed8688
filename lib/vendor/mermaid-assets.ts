import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Mermaid's ES module build, served by the site itself as files (like KaTeX's stylesheet):
 * the diagrams' script imports it by URL at run time, so the bundler never compiles mermaid
 * and its dependencies (cytoscape, KaTeX, d3…), which was more than half of a cold compile
 * (19 s → 8 s). Its chunks keep their own content-hashed names; source maps are left out.
 */
function mermaidDist(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'mermaid', 'dist')
}

const ENTRY = 'mermaid.esm.min.mjs'
const CHUNKS = 'chunks/mermaid.esm.min'

/** The module the diagrams' script imports (a site path). */
export const MERMAID_MODULE = `/vendor/mermaid/${ENTRY}`

export function mermaidAssetNames(): string[] {
  const chunks = readdirSync(path.join(mermaidDist(), ...CHUNKS.split('/'))).filter((name) => name.endsWith('.mjs'))
  return [ENTRY, ...chunks.sort().map((name) => `${CHUNKS}/${name}`)]
}

export function mermaidAsset(name: string): { body: string; contentType: string } | undefined {
  if (!mermaidAssetNames().includes(name)) return undefined
  return {
    body: readFileSync(path.join(mermaidDist(), ...name.split('/')), 'utf8'),
    contentType: 'text/javascript; charset=utf-8',
  }
}
