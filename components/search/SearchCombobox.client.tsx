'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { fill, fillCount } from '@/lib/i18n/fill'
import type { SearchWords } from '@/lib/i18n/words'
import { withoutBasePath } from '@/lib/formats/base-path'
import { addRecentSearch, clearRecentSearches, readRecentSearches } from '@/lib/search/recent-searches'
import type { BookSearch, PageResult } from '@/lib/search/browser'
import { OPEN_SEARCH_EVENT, typedText } from './open-search'
import { rememberSearchHighlight } from './search-highlight-store'
import { SearchResults } from './SearchResults'

type Status = 'idle' | 'loading' | 'ready' | 'error'

/**
 * How long results stay on screen, the reader typing nothing, before the query counts as
 * searched (a recent search) and their number is said to screen readers. A second is about
 * four times the usual gap between keystrokes (about a quarter of a second) and twice a slow
 * typist's, so the words on the way to a query (`A`, `An`, `Ant`…) are neither kept nor read out.
 */
const READER_PAUSE_MS = 1000

interface SearchComboboxProps {
  indexUrl: string
  /** The site's base path: results link under it (the index has public URLs); the router wants site paths. */
  basePath: string
  text: SearchWords
  /** The words' language (a BCP 47 tag), for their plural forms. */
  language: string
  /** Called after a result was chosen (the dialog closes). */
  onChosen?: () => void
  inputRef?: React.Ref<HTMLInputElement>
}

/**
 * The search dialog's box with its result list (the WAI-ARIA combobox pattern: focus stays
 * in the box, ↑/↓ move the active option, Enter opens it). FlexSearch and the index are
 * loaded on first focus. Nothing searches or opens while an input method is composing.
 * Empty, it says what can be searched and lists the reader's recent searches: the queries
 * whose results the reader paused on or opened (Enter opens the first).
 */
export function SearchCombobox({ indexUrl, basePath, text, language, onChosen, inputRef }: SearchComboboxProps) {
  const id = useId()
  const listId = `${id}-results`
  const router = useRouter()
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<PageResult[]>([])
  const [searched, setSearched] = useState('')
  const [correctedQuery, setCorrectedQuery] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<Status>('idle')
  const [active, setActive] = useState(-1)
  const [recent, setRecent] = useState<string[]>([])
  /** Counts the dialog's openings: results still shown when it reopens are paused on anew. */
  const [opening, setOpening] = useState(0)
  /** The query whose results the reader paused on: their number is said. */
  const [pausedOn, setPausedOn] = useState<string | undefined>(undefined)
  /** The query this opening of the dialog last kept as a recent search: the next one may go on from it. */
  const keptThisOpening = useRef<string | undefined>(undefined)
  const composing = useRef(false)
  /** The query Enter was pressed on before its results arrived. */
  const enterPending = useRef<string | undefined>(undefined)
  const latest = useRef('')
  const engine = useRef<((query: string) => Promise<BookSearch>) | undefined>(undefined)

  const load = useCallback(async () => {
    if (engine.current) return engine.current
    setStatus('loading')
    try {
      const search = await import('@/lib/search/browser')
      const index = await search.loadSearchIndex(indexUrl)
      engine.current = (value) => search.searchBook(index, value)
      setStatus('ready')
      return engine.current
    } catch {
      setStatus('error')
      return undefined
    }
  }, [indexUrl])

  const run = useCallback(
    async (value: string) => {
      latest.current = value
      if (value.trim() === '') {
        setResults([])
        setSearched('')
        setCorrectedQuery(undefined)
        setActive(-1)
        return
      }
      const search = await load()
      if (!search || latest.current !== value) return
      let found: BookSearch
      try {
        // The shards and snippets this query needs are fetched now: a failure is a failed load.
        found = await search(value)
      } catch {
        if (latest.current === value) setStatus('error')
        return
      }
      if (latest.current !== value) return
      setStatus('ready')
      setResults(found.pages)
      setSearched(value)
      setCorrectedQuery(found.correctedQuery)
      setActive(found.pages.length > 0 ? 0 : -1)
    },
    [load],
  )

  useEffect(() => {
    const onOpen = (event: Event) => {
      const storage = localStorageIfAllowed()
      setRecent(storage ? readRecentSearches(storage) : [])
      keptThisOpening.current = undefined
      setOpening((count) => count + 1)
      // The reader began typing in the menu's box: the dialog goes on from that text.
      const typed = typedText(event)
      if (typed === undefined) return
      setQuery(typed)
      enterPending.current = undefined
      void run(typed)
    }
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen)
    return () => window.removeEventListener(OPEN_SEARCH_EVENT, onOpen)
  }, [run])

  /** A recent search chosen: searched again, the box keeps focus for the arrows and Enter. */
  const searchAgain = (value: string) => {
    setQuery(value)
    enterPending.current = undefined
    void run(value)
    document.getElementById(`${id}-input`)?.focus()
  }

  /** Keeps a query whose results were shown as a recent search; a query typed on from the last one kept replaces it. */
  const keepRecent = useCallback((value: string) => {
    const storage = localStorageIfAllowed()
    if (!storage) return
    setRecent(addRecentSearch(storage, value, keptThisOpening.current))
    keptThisOpening.current = value
  }, [])

  /** The reader chose a result: the page marks its terms, and the query is a recent search. */
  const remember = (page: PageResult) => {
    rememberSearchHighlight(page.url, page.terms, searched)
    keepRecent(searched)
  }

  // The reader paused on this query's results: it counts as searched, and how many there are is said.
  useEffect(() => {
    if (status !== 'ready' || searched !== query || query.trim() === '' || results.length === 0) return
    const timer = window.setTimeout(() => {
      setPausedOn(query)
      // Closed before the pause was over: the reader left these results rather than paused on them.
      if (document.getElementById(`${id}-input`)?.closest('dialog:not([open])')) return
      keepRecent(query)
    }, READER_PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [status, searched, query, results, opening, id, keepRecent])

  const options = results.flatMap((page) => page.sections.map((section) => ({ page, section })))
  const optionId = (index: number) => `${id}-option-${index}`

  const choose = (index: number) => {
    const option = options[index]
    if (!option) return
    remember(option.page)
    onChosen?.()
    const href = option.section.href
    router.push(withoutBasePath(basePath, href) ?? href)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (composing.current || event.nativeEvent.isComposing || event.keyCode === 229) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (current + step + options.length) % options.length)
    } else if (event.key === 'Enter') {
      if (active >= 0 && searched === query) {
        event.preventDefault()
        choose(active)
      } else if (query.trim() !== '') {
        // Typed and entered before this query's results came (its files are still loading): open its first result when they do.
        event.preventDefault()
        enterPending.current = query
      }
    }
  }

  useEffect(() => {
    if (enterPending.current === undefined || searched !== enterPending.current) return
    enterPending.current = undefined
    if (searched === query) choose(0)
    // Runs when a search's results arrive; choose and query are read as of then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searched, results])

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
    // optionId only depends on the stable id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active])

  const hasQuery = query.trim() !== ''
  const expanded = options.length > 0 && hasQuery
  const message = !hasQuery
    ? ''
    : status === 'loading'
      ? text.loading
      : status === 'error'
        ? text.failed
        : status === 'ready' && searched === query && options.length === 0
          ? fill(text.noResults, { query })
          : status === 'ready' && searched === query && correctedQuery !== undefined
            ? fill(text.showingResultsFor, { query: correctedQuery })
            : ''
  // Said once the reader pauses, not at every keystroke's results: the options the list shows.
  const resultCount =
    hasQuery && pausedOn === query && searched === query && options.length > 0
      ? fillCount(text.resultCount, options.length, language)
      : ''

  const [beforeKey = '', afterKey = ''] = text.shortcutHint.split('{key}')
  return (
    <div className="search">
      <div className="search-field">
        <svg className="search-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-label={text.label}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder={text.placeholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={query}
          onFocus={() => void load()}
          onChange={(event) => {
            setQuery(event.target.value)
            setPausedOn(undefined)
            enterPending.current = undefined
            if (!composing.current) void run(event.target.value)
          }}
          onCompositionStart={() => {
            composing.current = true
          }}
          onCompositionEnd={(event) => {
            composing.current = false
            void run(event.currentTarget.value)
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {/* The results scroll; a keyboard reaches them with Tab too (then arrows and Page Down scroll). */}
      <div className="search-panel" tabIndex={expanded ? 0 : undefined}>
        <div className="search-status" role="status" aria-live="polite">
          {message}
          {status === 'error' && hasQuery && (
            <button type="button" className="search-retry" onClick={() => void run(query)}>
              {text.retry}
            </button>
          )}
        </div>
        <div className="search-result-count visually-hidden" aria-live="polite" aria-atomic="true">
          {resultCount}
        </div>
        {!hasQuery && (
          <div className="search-empty">
            <p className="search-hint">{text.emptyHint}</p>
            {/* Only where there is a keyboard (search.css). */}
            <p className="search-key-hint">
              {beforeKey}
              <kbd>/</kbd>
              {afterKey}
            </p>
            {recent.length > 0 && (
              <div className="search-recent">
                <div className="search-recent-header">
                  <span id={`${id}-recent`} className="search-recent-title">
                    {text.recentSearches}
                  </span>
                  <button
                    type="button"
                    className="search-recent-clear"
                    onClick={() => {
                      const storage = localStorageIfAllowed()
                      if (storage) clearRecentSearches(storage)
                      setRecent([])
                      document.getElementById(`${id}-input`)?.focus()
                    }}
                  >
                    {text.clearRecentSearches}
                  </button>
                </div>
                <ul aria-labelledby={`${id}-recent`}>
                  {recent.map((recentQuery) => (
                    <li key={recentQuery}>
                      <button type="button" className="search-recent-query" onClick={() => searchAgain(recentQuery)}>
                        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                          <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
                          <path
                            d="M12 8v4l2.5 2.5"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="2"
                            strokeLinecap="round"
                          />
                        </svg>
                        {recentQuery}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        <SearchResults
          id={listId}
          label={text.results}
          results={results}
          hidden={!expanded}
          active={active}
          optionId={optionId}
          onHover={setActive}
          onChoose={(page) => {
            remember(page)
            onChosen?.()
          }}
        />
      </div>
    </div>
  )
}

/** The browser's localStorage, or undefined where reading it throws (storage blocked): then there are no recent searches. */
function localStorageIfAllowed(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
