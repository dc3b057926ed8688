import { describe, expect, it } from 'vitest'
import { copyableCode } from './code-copy'

describe('what a code block’s copy button copies', () => {
  it('copies a block’s code as written, without the final line break', () => {
    expect(copyableCode('$HOME\n$ not a prompt here\n', 'shellscript')).toBe('$HOME\n$ not a prompt here')
    expect(copyableCode('plain\ntext\n', undefined)).toBe('plain\ntext')
  })

  it('copies a shell session’s commands without their prompts, and leaves their output out', () => {
    const session = ['$ npm install', 'added 12 packages', '', '$ npm run build', '✓ built in out/'].join('\n')
    expect(copyableCode(session, 'shellsession')).toBe('npm install\nnpm run build')
  })

  it('keeps the lines a command continues onto (a line ending in a backslash)', () => {
    const session = ['$ docker run \\', '    --rm \\', '    hello', 'Hello from Docker!', '$ echo done', 'done'].join(
      '\n',
    )
    expect(copyableCode(session, 'shellsession')).toBe('docker run \\\n    --rm \\\n    hello\necho done')
  })

  it('copies a session without a `$ ` prompt whole', () => {
    expect(copyableCode('# apt-get update\nReading package lists…', 'shellsession')).toBe(
      '# apt-get update\nReading package lists…',
    )
  })
})
