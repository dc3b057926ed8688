import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The page routes this export renders, when the build exports only some (an incremental
 * rebuild: lib/build/incremental-export.ts writes the plan, the page route reads it).
 */
export const EXPORT_PLAN_FILE = path.join('.book', 'export-plan.json')

export interface ExportPlanFile {
  render: string[]
}

/** The routes to render, or undefined for all (no plan: a full export, or `next dev`). */
export function plannedRoutes(cwd: string = process.cwd()): ReadonlySet<string> | undefined {
  if (process.env.NODE_ENV !== 'production') return undefined
  try {
    return new Set((JSON.parse(readFileSync(path.join(cwd, EXPORT_PLAN_FILE), 'utf8')) as ExportPlanFile).render)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
