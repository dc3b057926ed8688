import { h } from 'hastscript'
import type { ShortcodeRenderer } from '../context'

/**
 * Hugo's `{{< highlight go "linenos=table,hl_lines=8 15-17,linenostart=199" >}}…{{< /highlight >}}`:
 * the same code block a fence ```` ```go {linenos=table,hl_lines="8 15-17",linenostart=199} ````
 * makes, so it is coloured, numbered, marked and copied as fences are (code-blocks.ts).
 */
export const highlight: ShortcodeRenderer = (context) => {
  const [language = '', options = ''] = context.node.params.positional
  const code = context.innerDeindent().replace(/^[\r\n]+|[\r\n]+$/g, '')
  const meta = fenceAttributes(options)
  return [
    h('pre', [
      h(
        'code',
        {
          // Chroma reads language names in any case; Shiki's are lower case.
          className: language === '' ? undefined : [`language-${language.toLowerCase()}`],
          metastring: meta,
        },
        // As a fence's code in the tree: its text and a final line break.
        `${code}\n`,
      ),
    ]),
  ]
}

/** Hugo's options (`linenos=table,hl_lines=8 15-17`) as a fence's attributes (`{linenos="table",hl_lines="8 15-17"}`). */
function fenceAttributes(options: string): string | undefined {
  const pairs = options
    .split(',')
    .map((pair) => pair.split('='))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0]!.trim() !== '')
    .map(([key, value]) => `${key.trim()}="${value.trim().replace(/"/g, '')}"`)
  return pairs.length === 0 ? undefined : `{${pairs.join(',')}}`
}
