/**
 * One of the render step's worker processes (render-step.ts): told each language's settings
 * once, it renders the pages it is given one at a time and answers with their records.
 */
import { createRenderer, type RenderInit, type RenderJob, type RenderResult } from '../render-step'
import { serveJobs } from '../common/worker-pool'

serveJobs<RenderInit, RenderJob, RenderResult>(createRenderer)
