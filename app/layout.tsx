import type { Metadata, Viewport } from 'next'
import { ThemeScript } from '@/components/theme/ThemeScript'
import { siteVersion } from '@/lib/site/load-site'
import { siteAddress } from '@/lib/config/site-config'
import { publicUrl } from '@/lib/site/public-url'
import { loadBuildContext } from '@/lib/site/settings'
import './styles/index.css'
import './styles/hugo-settings.css'

const config = loadBuildContext().config

export const metadata: Metadata = {
  // Next joins canonical and Open Graph paths to this address's path too (`/repo/` + `/docs/a/`).
  metadataBase: new URL(siteAddress(config)),
  title: { default: config.title, template: `%s | ${config.title}` },
  description: config.description,
  openGraph: { siteName: config.title, locale: config.language.replace('-', '_') },
  // The site's own favicon (hugo-book's BookFavicon, static/favicon.png by default), else the book's icon (public/icon.svg).
  icons: { icon: config.favicon ? publicUrl(config.favicon) : { url: publicUrl('/icon.svg'), type: 'image/svg+xml' } },
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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Under `npm run dev` only; imported in a branch the production build drops, so no page ships it.
  const ContentReload =
    process.env.NODE_ENV === 'development'
      ? (await import('@/components/dev/ContentReload.client')).ContentReload
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
        {ContentReload && <ContentReload version={String(siteVersion())} />}
      </body>
    </html>
  )
}
