import type { ThemeChoice } from './config/site-config'

/** localStorage key of the reader's theme choice. */
export const THEME_STORAGE_KEY = 'theme'

const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark']

/**
 * The script that runs before the first paint: applies the stored choice (or the site
 * default) as `data-theme`, so a dark reader never sees a white flash. 'auto' leaves
 * the attribute off and CSS follows the system (`color-scheme: light dark`). It also
 * marks <html> with the class `js`, so CSS can hide what needs scripts (the search box).
 */
export function themeBootstrapScript(defaultTheme: ThemeChoice): string {
  return `document.documentElement.classList.add("js");try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})||${JSON.stringify(defaultTheme)};if(t==="light"||t==="dark")document.documentElement.dataset.theme=t;else delete document.documentElement.dataset.theme}catch(e){}`
}

/** The choice after `current` when the toggle is pressed. */
export function nextThemeChoice(current: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(current) + 1) % THEME_CHOICES.length]!
}
