/**
 * The "edit this page" link, formed as hugo-book forms it, with `{path}` for the file's path in
 * the content folder:
 * - BookEditLink (hugo-book since 2025): a template; `{{ .Path }}` is the file's path from the site
 *   folder (`content/docs/a.md`), `{{ .Site.Params.BookRepo }}` the repository; the result goes through
 *   urls.JoinPath (doubled slashes removed);
 * - BookRepo + BookEditPath (hugo-book's layouts/partials/docs/links/edit.html):
 *   `{BookRepo}/{BookEditPath}{path from the site folder}`, BookEditPath pointing at the site folder
 *   in the repository (`edit/main/exampleSite`);
 * - older hugo-book (docs/footer.html before that) joined `{BookRepo}/{BookEditPath}/{path in content}`
 *   with BookEditPath pointing at the content folder (`edit/master/exampleSite/content`): a
 *   BookEditPath that already ends with the content folder's name is read that way.
 */
import type { SiteConfigInput } from '../site-config'
import type { Reader } from './reader'

/** `{ repository }`, or `{}` when the configuration forms no edit link. `contentFolder`: from the site folder, `/`-separated. */
export function readRepository(reader: Reader, contentFolder: string): SiteConfigInput {
  const repository = editLinkSettings(reader, contentFolder)
  return repository ? { repository } : {}
}

function editLinkSettings(reader: Reader, contentFolder: string): SiteConfigInput['repository'] {
  const template = reader.text('params.bookeditlink')
  const editPath = reader.text('params.bookeditpath')
  if (template === undefined && editPath === undefined) return undefined
  const repo = reader.text('params.bookrepo')?.replace(/\/+$/, '')

  if (template !== undefined) {
    let link = template.replace(/\{\{-?\s*\.Site\.Params\.BookRepo\s*-?\}\}/gi, repo ?? '')
    link = link.replace(/\{\{-?\s*\.Path\s*-?\}\}/g, `/${contentFolder}/{path}`)
    if (/\{\{/.test(link)) {
      reader.warn(
        'params.bookeditlink',
        'only {{ .Path }} and {{ .Site.Params.BookRepo }} are understood in this template; no "edit this page" link',
      )
      return undefined
    }
    if (/BookRepo/i.test(template) && repo === undefined) {
      reader.warn('params.bookeditlink', 'uses BookRepo, which is not set; no "edit this page" link')
      return undefined
    }
    const editLink = joinUrlPath(link)
    return { url: repo ?? originOf(editLink), editLink }
  }

  if (repo === undefined || editPath === undefined) {
    reader.warn('params.bookeditpath', 'needs params.BookRepo, as in hugo-book; no "edit this page" link')
    return undefined
  }
  const trimmed = editPath.replace(/^\/+|\/+$/g, '')
  const pointsAtContent =
    contentFolder !== '' &&
    !contentFolder.startsWith('..') &&
    (trimmed === contentFolder || trimmed.endsWith(`/${contentFolder}`))
  const editLink = joinUrlPath(`${repo}/${trimmed}/${pointsAtContent ? '' : `${contentFolder}/`}{path}`)
  return { url: repo, editLink }
}

/** Hugo's urls.JoinPath: doubled slashes in the path collapse (the scheme's `//` stays). */
function joinUrlPath(url: string): string {
  const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(url)?.[0] ?? ''
  return scheme + url.slice(scheme.length).replace(/\/{2,}/g, '/')
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}
