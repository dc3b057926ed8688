import type { ThemeChoice } from '@/lib/config/site-config'
import { themeBootstrapScript } from '@/lib/theme'

/** Inline, render-blocking on purpose: it must set the theme before the first paint. */
export function ThemeScript({ defaultTheme }: { defaultTheme: ThemeChoice }) {
  return <script dangerouslySetInnerHTML={{ __html: themeBootstrapScript(defaultTheme) }} />
}
