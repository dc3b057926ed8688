/**
 * missing-web's `auto_columns` (its hugo-book copy's layouts/shortcodes/auto_columns.html): the
 * content cut at `<--->`, each part through markdownify in a column for wide screens, and the
 * whole content without the separators for narrow ones.
 */
interface Props {
  inner: string
  inlineMarkdown: (text: string) => string
}

export default function AutoColumns({ inner, inlineMarkdown }: Props) {
  const columns = inner
    .split('<--->')
    .map((part) => `<div class="flex-even markdown-inner">${inlineMarkdown(part)}</div>`)
    .join('')
  const narrow = inlineMarkdown(inner.replaceAll('\r\n<--->', '').replaceAll('\n<--->', ''))
  return (
    `<div class="auto-columns-wide book-columns flex flex-wrap">${columns}</div>` +
    `<div class="auto-columns-narrow">${narrow}</div>`
  )
}
