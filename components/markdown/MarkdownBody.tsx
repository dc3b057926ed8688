/**
 * The page body, rendered to HTML at build time by lib/markdown. Given to React as
 * one string: nothing in it needs hydrating, and the behaviour it has (heading links)
 * comes from a delegated listener.
 */
export function MarkdownBody({ html }: { html: string }) {
  if (html.trim() === '') return null
  return <div className="markdown-body" dangerouslySetInnerHTML={{ __html: html }} />
}
