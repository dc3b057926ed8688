import type { ReactNode } from 'react'
import { opensInNewTab } from '@/lib/markdown/shortcodes/builtins/button'
import { extraClasses, unwrapParagraph } from './children'

/**
 * `<Button href="/docs/">Label</Button>`: a link drawn as a button, as `{{< button >}}`; one to
 * another site opens in a new tab.
 */
export function Button(props: { href?: string; className?: string; class?: string; children?: ReactNode }) {
  const { href } = props
  return (
    <a
      className={['book-btn', ...extraClasses(props)].join(' ')}
      href={href}
      {...(opensInNewTab(href) ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {unwrapParagraph(props.children)}
    </a>
  )
}
