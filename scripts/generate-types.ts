/**
 * Writes contentlayer2's generated types (`contentlayer/generated`: the `Page` type the site
 * model and the routes use) from the document types of contentlayer.config.ts, before any
 * build: `npm install` and `npm run typecheck` run it. A build writes them too.
 */
import { writeGeneratedTypes } from '../lib/build/documents-step'

await writeGeneratedTypes(process.cwd())
