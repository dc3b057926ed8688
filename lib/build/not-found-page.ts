import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { NOT_FOUND_ROUTE_URL } from '../content/reserved-urls'
import { exportPath } from './output-files'

/**
 * After `next build`: the book's 404 page, exported at /not-found-page/ (app/not-found-page/),
 * becomes the export's 404.html and 404/index.html (the two files hosts look for), and its
 * route's folder goes. Next's own 404.html is the not-found boundary, kept small because
 * Next puts it in every page's payload (app/not-found.tsx).
 */
export function placeNotFoundPage(outDir: string): void {
  const routeDir = exportPath(outDir, NOT_FOUND_ROUTE_URL)
  const page = path.join(routeDir, 'index.html')
  if (!existsSync(page))
    throw new Error(
      `${path.relative(process.cwd(), page)} is missing: next build did not export the 404 page route (app/not-found-page/)`,
    )
  copyFileSync(page, path.join(outDir, '404.html'))
  mkdirSync(path.join(outDir, '404'), { recursive: true })
  copyFileSync(page, path.join(outDir, '404', 'index.html'))
  rmSync(routeDir, { recursive: true, force: true })
}
