/**
 * The floor for page weight: the smallest App Router page, exported by the same installed
 * Next.js and React (node_modules linked from this project), built in a temporary folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const files: Record<string, string> = {
  'package.json': '{ "name": "bare-next", "private": true }\n',
  // The linked node_modules lies outside this folder: Turbopack must see the whole filesystem.
  'next.config.mjs': "export default { output: 'export', turbopack: { root: '/' } }\n",
  'app/layout.jsx':
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  )\n}\n',
  'app/page.jsx': 'export default function Page() {\n  return <p>Hello</p>\n}\n',
}

/** Builds the bare app in `dir` and returns its export folder. */
export function buildBareNext(dir: string): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'))
  const result = spawnSync(path.resolve('node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`The bare Next.js build failed:\n${result.stdout}${result.stderr}`)
  return path.join(dir, 'out')
}
