/**
 * A page's article reaches the reader twice in a plain Next export: as HTML, and again as the
 * string React hydrates from (the RSC payload), which for a long page is as big as the page.
 * The article is therefore given to React with this mark in front (components/markdown/
 * PrerenderedHtml.client.tsx), and the build cuts the marked string out of the payload the
 * HTML hydrates from (lib/build/secure/flight-payload.ts), leaving the mark alone: the component
 * then takes the article from the document. The payload for client-side navigation keeps it.
 * An HTML comment, so that a mark left in place by mistake shows nothing.
 */
export const PRERENDERED_MARK = '<!--book:prerendered-->'
