'use client'

import { lazy, Suspense } from 'react'
import type { CodeBlockWords } from '@/lib/i18n/words'

// A chunk of its own: every page's script holds only this line, and only pages with a code block load the buttons.
const CodeCopyBars = lazy(() => import('./CodeCopyBars.client').then((module) => ({ default: module.CodeCopyBars })))

/**
 * The copy buttons of the page's code blocks. Rendered only on pages that have one (Article.tsx);
 * without JavaScript there is no button, as it could not work.
 */
export function CodeCopyButtons({ words }: { words: CodeBlockWords }) {
  return (
    <Suspense>
      <CodeCopyBars words={words} />
    </Suspense>
  )
}
