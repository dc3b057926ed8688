/**
 * `npm run dev`: contentlayer2 in watch mode beside `next dev`, so that an edited
 * Markdown file is rebuilt into .contentlayer/ and shows on the next render.
 * CONTENT_DIR works here too. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const bin = (name: string) => path.join('node_modules', '.bin', name)
const children: ChildProcess[] = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit', env: process.env }),
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }),
]

const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
