import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ComponentType } from 'react'
import { BookLayout } from '@/components/layout/BookLayout'
import { mdxBuiltins } from '@/components/mdx/builtins'
import { Article } from '@/components/page/Article'
import { siteWordsFor } from '@/lib/i18n'
import { tocFor } from '@/lib/toc/toc-for'
import { getBook, siteOf } from './load'
import { pageMetadata } from './metadata'

/** An MDX page's compiled module's component (lib/mdx/compile-mdx.ts): the built-in components come as a prop. */
export type MdxContent = ComponentType<{ components?: Record<string, unknown> }>

interface MdxRouteProps {
  params: Promise<{ lang: string }>
}

/**
 * The route of a site path that is an MDX page in some language (lib/build/mdx-routes.ts writes
 * one per such path, `app/[lang]/(mdx)/<path>/page.tsx`): a route of its own, so that the client
 * components the page imports are loaded on that page only. The catch-all route leaves the path
 * to it (app/_site/params.ts); a language whose page there is Markdown is rendered here too.
 */
export function mdxPageRoute(url: string, contents: Readonly<Record<string, MdxContent>>) {
  const pageOf = (lang: string) => {
    const { site } = siteOf(lang)
    const page = site.page(url)
    if (!page) notFound()
    return { site, page }
  }
  return {
    generateStaticParams: () => {
      const { plan, sites } = getBook()
      return plan.languages
        .filter(({ key }) => sites.get(key)!.page(url) !== undefined)
        .map(({ key }) => ({ lang: key }))
    },
    async generateMetadata({ params }: MdxRouteProps): Promise<Metadata> {
      const { site, page } = pageOf((await params).lang)
      return pageMetadata(site, page)
    },
    async Page({ params }: MdxRouteProps) {
      const { lang } = await params
      const { site, page } = pageOf(lang)
      const Content = contents[lang]
      return (
        <BookLayout
          site={site}
          currentUrl={page.url}
          trail={site.trail(page)}
          title={page.title}
          toc={tocFor(site.config, page)}
        >
          <Article
            site={site}
            page={page}
            body={
              Content ? (
                // Warnings of the built-ins were reported when the build rendered the page (lib/mdx/render-mdx.ts).
                <Content components={mdxBuiltins({ words: siteWordsFor(site.config).markdown, warn: () => {} })} />
              ) : undefined
            }
          />
        </BookLayout>
      )
    },
  }
}
