import type { UiWords } from '@/lib/i18n/words'

/**
 * The page as Markdown (its `index.html.md`): a link, which the script of components/markdown/HeadingLinks.client.tsx
 * turns into "copy": both names are in the HTML and the one that fits is shown (`<html class="js">`,
 * page.css), so nothing moves when the script starts. The attribute is what the script looks for.
 */
export function CopyMarkdownLink({ href, text }: { href: string; text: UiWords }) {
  return (
    <a className="copy-markdown" href={href} type="text/markdown" data-copy-markdown="">
      <span className="copy-markdown-copy">{text.copyMarkdown}</span>
      <span className="copy-markdown-view">{text.viewMarkdown}</span>
    </a>
  )
}
