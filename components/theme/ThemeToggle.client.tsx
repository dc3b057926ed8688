'use client'

import { useState, useSyncExternalStore } from 'react'
import type { ThemeChoice } from '@/lib/config/site-config'
import { nextThemeChoice, THEME_STORAGE_KEY } from '@/lib/theme'

interface ThemeToggleProps {
  defaultTheme: ThemeChoice
  /** The button's label for each choice: "配色：深色". */
  labels: Record<ThemeChoice, string>
  names: Record<ThemeChoice, string>
}

/** Cycles auto → light → dark; the choice is remembered in localStorage. */
export function ThemeToggle({ defaultTheme, labels, names }: ThemeToggleProps) {
  // The stored choice is known in the browser only: the server (and hydration) draw the default.
  const stored = useSyncExternalStore(subscribeToStorage, readStoredChoice, () => undefined)
  const [picked, setPicked] = useState<ThemeChoice>()
  const choice = picked ?? stored ?? defaultTheme

  const choose = () => {
    const next = nextThemeChoice(choice)
    setPicked(next)
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    if (next === 'auto') delete document.documentElement.dataset['theme']
    else document.documentElement.dataset['theme'] = next
  }

  return (
    <button
      type="button"
      className="theme-toggle"
      data-choice={choice}
      onClick={choose}
      aria-label={labels[choice]}
      title={labels[choice]}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
        {choice === 'auto' && <path d="M12 3a9 9 0 1 0 0 18V3Z" fill="currentColor" />}
        {choice === 'light' && (
          <g fill="currentColor">
            <circle cx="12" cy="12" r="4.5" />
            <path
              d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </g>
        )}
        {choice === 'dark' && (
          <path d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1Z" fill="currentColor" />
        )}
        <circle
          cx="12"
          cy="12"
          r="9"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          opacity={choice === 'auto' ? 1 : 0}
        />
      </svg>
      <span className="theme-toggle-name">{names[choice]}</span>
    </button>
  )
}

function readStoredChoice(): ThemeChoice | undefined {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    return stored === 'auto' || stored === 'light' || stored === 'dark' ? stored : undefined
  } catch {
    return undefined
  }
}

/** Another tab's choice arrives as a storage event. */
function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  return () => window.removeEventListener('storage', onChange)
}
