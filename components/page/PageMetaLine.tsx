import type { Page } from 'contentlayer/generated'
import type { Site } from '@/lib/site/site'
import type { UiWords } from '@/lib/i18n/words'
import { dateOnly, formatDate } from '@/lib/formats/dates'
import { markdownUrl } from '@/lib/content/markdown-paths'
import { TermChips } from '../lists/TermChips'
import { CopyMarkdownLink } from './CopyMarkdownLink'

/** Date · reading time · categories · tags (linking to their term pages) · link to the original · the page as Markdown, under the title. */
export function PageMetaLine({ page, site, text }: { page: Page; site: Site; text: UiWords }) {
  const { date, categories, tags, source } = page.meta
  const items: React.ReactNode[] = []
  if (date)
    items.push(
      <time key="date" dateTime={dateOnly(date)}>
        {formatDate(date, site.config.dateFormat)}
      </time>,
    )
  if (page.readingMinutes > 0 && page.kind !== 'home')
    items.push(<span key="reading">{text.readingTime(page.readingMinutes)}</span>)
  if (categories.length > 0)
    items.push(
      <TermChips
        key="categories"
        site={site}
        taxonomy="categories"
        label={text.labelValue(text.categories, '')}
        terms={categories}
      />,
    )
  if (tags.length > 0)
    items.push(<TermChips key="tags" site={site} taxonomy="tags" label={text.labelValue(text.tags, '')} terms={tags} />)
  if (source) {
    items.push(
      <a key="source" href={source} className="page-meta-source" rel="noopener noreferrer">
        {text.originalSource}
        <span className="page-meta-host">{text.sourceHost(hostOf(source))}</span>
      </a>,
    )
  }
  items.push(<CopyMarkdownLink key="markdown" href={site.href(markdownUrl(page.url))} text={text} />)
  return <div className="page-meta">{items}</div>
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
