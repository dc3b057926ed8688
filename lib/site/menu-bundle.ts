/**
 * Older hugo-book's BookMenuBundle: a headless bundle (`content/menu/index.md`) whose Markdown,
 * usually a nested list of links, is the whole menu instead of the file tree
 * (partials/docs/menu-bundle.html). The build stages it like a page (lib/build/menu-bundle.ts);
 * the site model takes it out of the pages (lib/site/site.ts) and the sidebar shows its HTML.
 */

/** The content files Hugo's GetPage finds for the setting: `/menu` → `menu/index.md`, `menu/_index.md`, `menu.md`. */
export function menuBundleFiles(setting: string): string[] {
  const dir = setting
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .replace(/(^|\/)_?index\.(md|markdown)$/i, '')
    .replace(/\.(md|markdown)$/i, '')
  if (dir === '') return ['_index.md']
  return [
    `${dir}/index.md`,
    `${dir}/_index.md`,
    `${dir}.md`,
    `${dir}/index.markdown`,
    `${dir}/_index.markdown`,
    `${dir}.markdown`,
  ]
}

export function isMenuBundleFile(filePath: string | undefined, setting: string): boolean {
  return filePath !== undefined && menuBundleFiles(setting).includes(filePath)
}

/**
 * The bundle's HTML as the menu shows it: each link styled as a menu link, and the link to the
 * page being read marked current (hugo-book adds `class=active` to the `href` of the page).
 * The HTML is the Markdown chain's own output, so its `<a href="…">` are written one way.
 */
export function menuBundleHtml(html: string, currentHref: string | undefined): string {
  const links = html.replaceAll('<a href="', '<a class="menu-link" href="')
  if (currentHref === undefined) return links
  const forms = new Set([currentHref, encodeURI(currentHref)])
  let marked = links
  for (const href of forms)
    marked = marked.replaceAll(
      `<a class="menu-link" href="${href}"`,
      `<a class="menu-link active" aria-current="page" href="${href}"`,
    )
  return marked
}
