import { siteWordsFor } from '@/lib/i18n'
import type { PostList as PostListData } from '@/lib/site/posts'
import type { Site } from '@/lib/site/site'
import { splitLeadingHeading } from '@/lib/markdown/leading-heading'
import { MarkdownBody } from '../markdown/MarkdownBody'
import { Breadcrumbs } from '../page/Breadcrumbs'
import { PageList } from './PageList'
import { Pagination } from './Pagination'

/** The posts section's page: its own text (first pager only), one pager of posts, and the pagination. */
export function PostList({ site, list }: { site: Site; list: PostListData }) {
  const { ui: text, lists: words } = siteWordsFor(site.config)
  const { section, pager } = list
  const leading = section.startsWithHeading ? splitLeadingHeading(section.html) : undefined
  const crumbs = [
    ...site.breadcrumbs(section),
    ...(pager.number > 1 ? [{ url: section.url, title: section.linkTitle }] : []),
  ]
  return (
    <>
      <Breadcrumbs
        home={text.home}
        crumbs={crumbs}
        current={pager.number > 1 ? words.pageNumber(pager.number) : section.linkTitle}
        label={text.breadcrumbs}
        href={site.href}
      />
      <article className="markdown post-list">
        {leading ? (
          <h1 id={leading.id} dangerouslySetInnerHTML={{ __html: leading.headingHtml }} />
        ) : (
          <h1>{section.title}</h1>
        )}
        {pager.count > 1 && (
          <div className="page-meta">
            <span>{words.pageCount(pager.totalItems)}</span>
            <span>{words.pageNumber(pager.number)}</span>
          </div>
        )}
        {pager.number === 1 && <MarkdownBody html={leading ? leading.rest : section.html} />}
        {pager.items.length === 0 ? (
          <p className="list-empty">{words.noPosts}</p>
        ) : (
          <PageList pages={pager.items} site={site} text={text} label={section.title} />
        )}
      </article>
      <Pagination pager={pager} listUrl={section.url} text={text} listWords={words} href={site.href} />
    </>
  )
}
