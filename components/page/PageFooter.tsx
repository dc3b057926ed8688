import type { Page } from 'contentlayer/generated'
import { editLinkFor, type SiteConfig } from '@/lib/config/site-config'
import type { UiWords } from '@/lib/i18n/words'
import { dateOnly, formatDate } from '@/lib/formats/dates'

/** Last-modified date and "edit this page" (when a repository is configured). */
export function PageFooter({ page, config, text }: { page: Page; config: SiteConfig; text: UiWords }) {
  const editLink = page.filePath ? editLinkFor(config, page.filePath) : undefined
  if (!page.lastmod && !editLink) return null
  return (
    <div className="page-footer">
      {page.lastmod && (
        <span>
          {text.lastModified}{' '}
          <time dateTime={dateOnly(page.lastmod)}>{formatDate(page.lastmod, config.dateFormat)}</time>
        </span>
      )}
      {editLink && (
        <a href={editLink} rel="noopener noreferrer" className="edit-link">
          {text.editPage}
        </a>
      )}
    </div>
  )
}
