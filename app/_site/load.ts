import { statSync } from 'node:fs'
import { cache } from 'react'
import { decodeUriComponentSafe } from '@/lib/formats/text'
import {
  DOCUMENTS_FILE,
  BUILD_PLAN_FILE,
  readBuildPlan,
  readDocuments,
  type BuildPlan,
  type PlannedLanguage,
} from '@/lib/site/build-plan'
import { DEV_ERRORS_FILE } from '@/lib/site/dev-errors'
import type { Site } from '@/lib/site/site'
import { createSites } from '@/lib/site/sites'

/**
 * The book as the routes see it: the build's plan and every language's site, made once per
 * process from the two files the build wrote (lib/site/build-plan.ts). Under `npm run dev` they
 * are made again when the dev server's build rewrites them.
 */
export interface Book {
  plan: BuildPlan
  sites: Map<string, Site>
  /** When the documents were written: the open page compares it under `npm run dev` (components/dev/ContentReload). */
  version: number
}

let loaded: Book | undefined

export function getBook(): Book {
  const version = process.env.NODE_ENV === 'development' ? contentVersion() : 0
  if (!loaded || loaded.version !== version) {
    const plan = readBuildPlan()
    loaded = { plan, sites: createSites(readDocuments(), plan.languages, plan), version }
  }
  return loaded
}

/** The site of a route's `[lang]` parameter; the default language's when the parameter names none. */
export function siteOf(lang: string): { site: Site; language: PlannedLanguage } {
  const { plan, sites } = getBook()
  const key = decodeUriComponentSafe(lang)
  const language =
    plan.languages.find((candidate) => candidate.key === key) ??
    plan.languages.find((candidate) => candidate.isDefault)!
  return { site: sites.get(language.key)!, language }
}

/** When the build last wrote the documents or the plan, or `npm run dev` what stopped it (0 before it has). */
export function contentVersion(): number {
  const times = [DOCUMENTS_FILE, BUILD_PLAN_FILE, DEV_ERRORS_FILE].map(
    (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0,
  )
  return Math.max(...times)
}

/** The language a render is for, as its layout says (one render at a time: React's per-request cache). */
const rendering = cache(() => ({ key: '' }))

/** Called by the language's layout, before anything under it renders. */
export function renderingLanguage(key: string): void {
  rendering().key = key
}

/** For what gets no route parameters (the not-found boundary): the language its layout is rendering, else ''. */
export function languageBeingRendered(): string {
  return rendering().key
}
