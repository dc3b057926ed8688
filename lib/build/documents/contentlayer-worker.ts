/**
 * One of the documents step's worker processes (documents-step.ts): contentlayer2 types the
 * documents staged in the folder it is given and answers with them.
 */
import type { Page } from 'contentlayer/generated'
import { makeDocuments } from './contentlayer'
import { serveJobs } from '../common/worker-pool'

serveJobs<Record<string, never>, string, Page[]>(async () => (folder) => makeDocuments(folder))
