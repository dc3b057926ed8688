/**
 * kwok's `code-sample` (layouts/shortcodes/code-sample.html): the file named by `file`, read from
 * the page's own folder under content/en (or from the site folder when it starts with `/`), shown
 * as a code block in `language` (else the file's extension). The template's `anchor="true"` (a
 * heading above the code) is used by no page, so it is refused here rather than ignored.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

interface Props {
  params: Readonly<Record<string, string>>
  page: { filePath: string }
}

export default function CodeSample({ params, page }: Props) {
  const file = params['file']
  if (!file) throw new Error('code-sample needs file="…"')
  if (params['anchor'] === 'true') throw new Error('code-sample: anchor="true" is not written here')
  const site = process.env['HUGO_SITE'] ?? '.'
  const filename = file.startsWith('/')
    ? path.join(site, file)
    : path.join(site, 'content/en', path.dirname(page.filePath), file)
  const language = params['language'] || path.extname(file).replace(/^\./, '')
  const code = readFileSync(filename, 'utf8')
  return (
    <div className="highlight">
      <pre tabIndex={0}>
        <code className={`language-${language}`} data-lang={language}>
          {code}
        </code>
      </pre>
    </div>
  )
}
