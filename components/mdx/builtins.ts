import { createElement, type ComponentProps, type ReactNode } from 'react'
import type { MarkdownWords } from '@/lib/i18n/words'
import { Button } from './Button'
import { Column, Columns } from './Columns'
import { Details } from './Details'
import { Hint } from './Hint'
import { Katex } from './Katex'
import { Mermaid } from './Mermaid'
import { Steps } from './Steps'
import { Tab, Tabs } from './Tabs'

export interface MdxBuiltinsOptions {
  /** The page's language's words: a `<Details>` without a title is headed as a Markdown page's details is. */
  words: Pick<MarkdownWords, 'detailsSummary'>
  /** The page's warnings: a formula KaTeX cannot read is one, as on a Markdown page. */
  warn: (message: string, hint?: string) => void
}

/**
 * The components an MDX page uses without importing them, hugo-book's shortcodes as React
 * (MDX's `components`). Made per page: two of them say things in the page's language or to its
 * warnings.
 */
export function mdxBuiltins({ words, warn }: MdxBuiltinsOptions) {
  return {
    Button,
    Column,
    Columns,
    Details: (props: Omit<ComponentProps<typeof Details>, 'title'> & { title?: ReactNode }) =>
      createElement(Details, { ...props, title: props.title ?? words.detailsSummary }),
    Hint,
    Katex: (props: Omit<ComponentProps<typeof Katex>, 'onError'>) => createElement(Katex, { ...props, onError: warn }),
    Mermaid,
    Steps,
    Tab,
    Tabs,
  }
}
