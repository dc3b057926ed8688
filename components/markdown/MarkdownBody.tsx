import { PRERENDERED_MARK } from '@/lib/formats/prerendered-html'
import { PrerenderedHtml } from './PrerenderedHtml.client'

/**
 * The page body, rendered to HTML at build time by lib/markdown. Given to React as one
 * string: nothing in it needs hydrating, and the behaviour it has (heading links) comes from
 * a delegated listener. Marked, so that the build can leave it out of the hydration payload.
 */
export function MarkdownBody({ html }: { html: string }) {
  if (html.trim() === '') return null
  return <PrerenderedHtml name="article" className="markdown-body" html={PRERENDERED_MARK + html} />
}
