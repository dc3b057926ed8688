import type { Metadata, Viewport } from 'next'
import { ThemeScript } from '@/components/theme/ThemeScript'
import { siteVersion } from '@/lib/site/load-site'
import { loadBuildContext } from '@/lib/site/settings'
import './styles/index.css'

const config = loadBuildContext().config

export const metadata: Metadata = {
  metadataBase: new URL(config.baseURL),
  title: { default: config.title, template: `%s | ${config.title}` },
  description: config.description,
  openGraph: { siteName: config.title, locale: config.language.replace('-', '_') },
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
  const ContentReload = process.env.NODE_ENV === 'development' ? (await import('@/components/dev/ContentReload.client')).ContentReload : undefined
  return (
    // The theme script sets data-theme before React hydrates: that difference is expected.
    // data-scroll-behavior: Next turns smooth scrolling off while it navigates, so a new page opens at its top.
    <html lang={config.language} data-theme={config.theme === 'auto' ? undefined : config.theme} data-scroll-behavior="smooth" suppressHydrationWarning>
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
