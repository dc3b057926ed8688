/**
 * What a code block's copy button puts on the clipboard (components/markdown/CodeCopyButtons.client.tsx).
 * Line numbers are never in the code's text (code-blocks.ts shows them with CSS). In a shell
 * session (```console, ```shellsession, Hugo's ```shell-session) the lines that start with the
 * prompt `$ ` are the commands and the rest is their output: only the commands are copied,
 * without the prompt, each with the lines it continues onto (a line ending in `\`). A session
 * without a `$ ` line is copied whole, as is every other block.
 */
export function copyableCode(text: string, languageId: string | undefined): string {
  const code = text.replace(/\n$/, '')
  if (languageId !== 'shellsession') return code
  const lines = code.split('\n')
  if (!lines.some((line) => line.startsWith(PROMPT))) return code
  const commands: string[] = []
  let continued = false
  for (const line of lines) {
    if (continued) commands.push(line)
    else if (line.startsWith(PROMPT)) commands.push(line.slice(PROMPT.length))
    else continue
    continued = line.endsWith('\\')
  }
  return commands.join('\n')
}

const PROMPT = '$ '
