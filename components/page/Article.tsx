import type { Page } from 'contentlayer/generated'
import type { ReactNode } from 'react'
import type { Site } from '@/lib/site/site'
import { siteWordsFor } from '@/lib/i18n'
import { splitLeadingHeading } from '@/lib/markdown/leading-heading'
import { KATEX_STYLESHEET } from '@/lib/vendor/katex-assets'
import { MERMAID_MODULE } from '@/lib/vendor/mermaid-assets'
import { ImageZoom } from '../markdown/ImageZoom.client'
import { CodeCopyButtons } from '../markdown/CodeCopyButtons.client'
import { MarkdownBody } from '../markdown/MarkdownBody'
import { MermaidDiagrams } from '../markdown/MermaidDiagrams.client'
import { Breadcrumbs } from './Breadcrumbs'
import { PageFooter } from './PageFooter'
import { PageMetaLine } from './PageMetaLine'
import { PrevNext } from './PrevNext'
import { SectionList } from './SectionList'

/**
 * One page of the book: breadcrumbs, the title (the heading the body opens with when that
 * is the title — a `#` heading, or one that reads as the title — so it is not doubled; it
 * keeps that heading's id for deep links), the metadata line, the body, and the footer. An MDX
 * page's body is its component (`body`), rendered by its own route (app/_site/mdx-page.tsx).
 */
export function Article({ site, page, body }: { site: Site; page: Page; body?: ReactNode }) {
  const text = siteWordsFor(site.config).ui
  const leading = page.startsWithHeading && body === undefined ? splitLeadingHeading(page.html) : undefined
  const { previous, next } = site.previousAndNext(page)
  const listChildren = site.config.listEmptySections && page.isSection && !page.hasContent
  return (
    <>
      {page.kind !== 'home' && (
        <Breadcrumbs
          home={text.home}
          crumbs={site.breadcrumbs(page)}
          current={page.linkTitle}
          label={text.breadcrumbs}
          href={site.href}
        />
      )}
      <article className="markdown">
        {leading ? (
          <h1 id={leading.id} dangerouslySetInnerHTML={{ __html: leading.headingHtml }} />
        ) : (
          <h1>{page.title}</h1>
        )}
        <PageMetaLine page={page} site={site} text={text} />
        {body ?? <MarkdownBody html={leading ? leading.rest : page.html} />}
        {page.usesMath && <link rel="stylesheet" href={site.fileHref(KATEX_STYLESHEET)} precedence="default" />}
        {page.usesMermaid && <MermaidDiagrams moduleUrl={site.fileHref(MERMAID_MODULE)} />}
        {page.usesImageZoom && <ImageZoom label={text.imageZoom.label} close={text.imageZoom.close} />}
        {page.usesCodeBlocks && <CodeCopyButtons words={text.codeBlock} />}
        {listChildren && <SectionList pages={site.children(page)} label={text.inThisSection} href={site.href} />}
      </article>
      <footer className="book-footer">
        <PageFooter page={page} config={site.config} text={text} />
        <PrevNext previous={previous} next={next} text={text} href={site.href} />
      </footer>
    </>
  )
}
