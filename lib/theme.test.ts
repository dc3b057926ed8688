import { describe, expect, it } from 'vitest'
import { nextThemeChoice, themeBootstrapScript } from './theme'

function runScript(stored: string | null, defaultTheme: 'auto' | 'light' | 'dark') {
  const dataset: Record<string, string> = { theme: 'stale' }
  const classes = new Set<string>()
  const document = { documentElement: { dataset, classList: { add: (name: string) => classes.add(name) } } }
  const localStorage = { getItem: () => stored }
  new Function('document', 'localStorage', themeBootstrapScript(defaultTheme))(document, localStorage)
  expect(classes.has('js')).toBe(true)
  return dataset['theme']
}

describe('theme', () => {
  it('cycles auto → light → dark → auto', () => {
    expect(nextThemeChoice('auto')).toBe('light')
    expect(nextThemeChoice('light')).toBe('dark')
    expect(nextThemeChoice('dark')).toBe('auto')
  })

  it('applies the stored choice before paint, else the site default; auto leaves it to the system', () => {
    expect(runScript('dark', 'auto')).toBe('dark')
    expect(runScript(null, 'light')).toBe('light')
    expect(runScript('auto', 'dark')).toBeUndefined()
    expect(runScript(null, 'auto')).toBeUndefined()
    expect(runScript('<script>', 'auto')).toBeUndefined()
  })
})
