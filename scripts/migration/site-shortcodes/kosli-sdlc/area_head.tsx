/**
 * kosli-sdlc's `area_head` (layouts/shortcodes/area_head.html): the page's `tldr` and `rationale`
 * front-matter settings as two info hints, as the site's template writes them.
 */
export default function AreaHead({ page }: { page: { params: Readonly<Record<string, unknown>> } }) {
  return (
    <>
      <blockquote className="book-hint info">TLDR: {String(page.params['tldr'] ?? '')}</blockquote>
      <blockquote className="book-hint info">Rationale: {String(page.params['rationale'] ?? '')}</blockquote>
    </>
  )
}
