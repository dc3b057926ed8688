import type { PluralTemplates } from './words'

/**
 * Fills a template's `{name}` places (the words client components use: '没有找到与“{query}”相关的内容').
 * Free of dictionaries, so client components can import it. A place without a value stays as written.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => values[name] ?? place)
}

/** Fills `{count}` into the plural form `language` uses for `count` (the other form when that one is missing). */
export function fillCount(templates: PluralTemplates, count: number, language: string): string {
  return fill(templates[new Intl.PluralRules(language).select(count)] ?? templates.other, { count: String(count) })
}
