/**
 * kwok's `ghlabel` (layouts/shortcodes/ghlabel.html): a GitHub label, a coloured link to the
 * label's issues (`href`, opened in a new tab) with the content as its text, laid out as the
 * site's template lays it out. The template's `relref` is used by no page, so it is refused here
 * rather than ignored.
 */
interface Props {
  params: Readonly<Record<string, string>>
  inner: string
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&#34;').replace(/</g, '&lt;')

export default function GhLabel({ params, inner }: Props) {
  if (params['relref']) throw new Error('ghlabel: relref="…" is not written here; use href')
  const href = params['href'] ? ` href="${escape(encodeURI(params['href']))}" target="_blank"` : ''
  const className = params['class'] ? `gh-label ${escape(params['class'])}` : 'gh-label'
  const style = `background: ${escape(params['background'] ?? '')}; color: white`
  // The content is a label's words (the template runs it through markdownify).
  return `<a${href} class="${className}" style="${style}">\n  ${inner}\n</a>`
}
