/**
 * Addresses the book's own routes take, which no content page may have: the route whose
 * export becomes each language's 404.html (app/[lang]/not-found-page/, moved by lib/build/files-step.ts).
 */
export const NOT_FOUND_ROUTE_URL = '/not-found-page/'

export const RESERVED_URLS: ReadonlyMap<string, string> = new Map([[NOT_FOUND_ROUTE_URL, 'the book’s own 404 page (app/[lang]/not-found-page/)']])
