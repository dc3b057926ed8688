import { siteWordsFor } from '@/lib/i18n'
import { taxonomyLabel } from '@/lib/site/taxonomy-titles'
import type { Site } from '@/lib/site/site'
import type { TaxonomyView } from '@/lib/site/taxonomies'
import { MarkdownBody } from '../markdown/MarkdownBody'
import { Breadcrumbs } from '../page/Breadcrumbs'
import { PageList } from './PageList'
import { Pagination } from './Pagination'

/** `/tags/`: every term with its page count. `/tags/<term>/`: one pager of the term's pages. */
export function TaxonomyPage({ site, view }: { site: Site; view: TaxonomyView }) {
  const { ui: text, lists: words } = siteWordsFor(site.config)
  const { taxonomy } = view
  const label = taxonomy.page?.title ?? taxonomyLabel(site, taxonomy.name)

  if (view.kind === 'taxonomy') {
    return (
      <>
        <Breadcrumbs
          home={text.home}
          crumbs={[]}
          current={taxonomy.page?.linkTitle ?? label}
          label={text.breadcrumbs}
          href={site.href}
        />
        <article className="markdown taxonomy-page">
          <h1>{label}</h1>
          {taxonomy.page && <MarkdownBody html={taxonomy.page.html} />}
          {taxonomy.terms.length === 0 ? (
            <p className="list-empty">{words.noTerms(label)}</p>
          ) : (
            <ul className="term-index" aria-label={label}>
              {taxonomy.terms.map((term) => (
                <li key={term.slug}>
                  <a href={site.href(term.url)}>
                    <span className="term-index-name">{term.title}</span>
                    <span className="term-index-count">{words.pageCount(term.pages.length)}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </article>
      </>
    )
  }

  const { term, pager } = view
  const crumbs = [
    { url: taxonomy.url, title: label },
    ...(pager.number > 1 ? [{ url: term.url, title: term.title }] : []),
  ]
  return (
    <>
      <Breadcrumbs
        home={text.home}
        crumbs={crumbs}
        current={pager.number > 1 ? words.pageNumber(pager.number) : term.title}
        label={text.breadcrumbs}
        href={site.href}
      />
      <article className="markdown term-page">
        <h1>
          <span className="h1-kicker">{words.termTitle(label, '')}</span>
          {term.title}
        </h1>
        <div className="page-meta">
          <span>{words.pageCount(term.pages.length)}</span>
          {pager.count > 1 && <span>{words.pageNumber(pager.number)}</span>}
        </div>
        {pager.number === 1 && term.page && <MarkdownBody html={term.page.html} />}
        <PageList pages={pager.items} site={site} text={text} label={term.title} />
      </article>
      <Pagination pager={pager} listUrl={term.url} text={text} listWords={words} href={site.href} />
    </>
  )
}
