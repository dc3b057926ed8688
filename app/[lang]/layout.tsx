import type { Metadata, Viewport } from 'next'
import { ThemeScript } from '@/components/theme/ThemeScript'
import { siteAddress } from '@/lib/config/site-config'
import { readDevErrors } from '@/lib/site/dev-errors'
import { getBook, renderingLanguage, siteOf } from '../_site/load'
import { languageParams } from '../_site/params'
import '../styles/index.css'
import '../styles/hugo-settings.css'

interface LayoutProps {
  params: Promise<{ lang: string }>
}

export const dynamicParams = false
export const generateStaticParams = languageParams

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { site } = siteOf((await params).lang)
  const { config } = site
  return {
    // Next joins canonical and Open Graph paths to this address's path too (`/repo/zh/` + `/docs/a/`).
    metadataBase: new URL(siteAddress(config)),
    title: { default: config.title, template: `%s | ${config.title}` },
    description: config.description,
    openGraph: { siteName: config.title, locale: config.language.replace('-', '_') },
    // The site's own favicon (hugo-book's BookFavicon, static/favicon.png by default), else the book's icon (public/icon.svg).
    icons: {
      icon: config.favicon ? site.fileHref(config.favicon) : { url: site.fileHref('/icon.svg'), type: 'image/svg+xml' },
    },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#17191d' },
  ],
}

/** The root layout of each language (`[lang]`, Hugo's key): its `<html lang>`, theme and words come from its settings. */
export default async function LanguageLayout({ params, children }: LayoutProps & { children: React.ReactNode }) {
  const { lang } = await params
  renderingLanguage(lang)
  const { site } = siteOf(lang)
  const { config } = site
  // Under `npm run dev` only; imported in a branch the production build drops, so no page ships them.
  const dev =
    process.env.NODE_ENV === 'development'
      ? {
          ContentReload: (await import('@/components/dev/ContentReload.client')).ContentReload,
          BuildErrors: (await import('@/components/dev/BuildErrors')).BuildErrors,
          errors: readDevErrors(),
        }
      : undefined
  return (
    // The theme script sets data-theme before React hydrates: that difference is expected.
    // data-scroll-behavior: Next turns smooth scrolling off while it navigates, so a new page opens at its top.
    <html
      lang={config.language}
      data-theme={config.theme === 'auto' ? undefined : config.theme}
      data-scroll-behavior="smooth"
      suppressHydrationWarning
    >
      <head>
        <ThemeScript defaultTheme={config.theme} />
      </head>
      <body>
        {children}
        {/* One child whatever the mode: the exported pages' payload is the same bytes as without these. */}
        {dev && (
          <>
            <dev.ContentReload version={String(getBook().version)} />
            {dev.errors && <dev.BuildErrors errors={dev.errors} />}
          </>
        )}
      </body>
    </html>
  )
}
