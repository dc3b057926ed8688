/**
 * What helps on a long page, in HTML and CSS alone (app/styles/reading-aids.css): a thin bar at the
 * window's top that fills as the page is read, and a link back to the top. A layer as tall as the book
 * holds both; it is a size container, so CSS knows whether the page is taller than four windows and
 * draws them only then. Nothing in the layer takes room from the text.
 *
 * The link goes to the skip link's target, the page's <main>: the browser moves focus there (Tab goes
 * on from the top of the text), glides only when smooth scrolling is on (base.css), and does it all
 * without JavaScript. The bar is decorative: the scrollbar already says where one is, and a live
 * progressbar would need a script to keep its value and would make screen readers chatter.
 */
export function ReadingAids({ backToTop }: { backToTop: string }) {
  return (
    <div className="reading-aids">
      <div className="reading-progress" aria-hidden="true" />
      <a className="back-to-top" href="#content" title={backToTop}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M12 19V5.5M5.5 11.5 12 5l6.5 6.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="visually-hidden">{backToTop}</span>
      </a>
    </div>
  )
}
