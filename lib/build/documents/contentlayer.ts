/**
 * contentlayer2, run inside the build's process: its `Page` document type (contentlayer.config.ts)
 * turns the staged JSON documents into typed documents, and its generators write the types the
 * code imports from `contentlayer/generated`. Its command line is not used: it would write every
 * document three times (a cache, a file each, an index) and skip a bad document with a warning.
 */
import path from 'node:path'
import { provideTracing } from '@contentlayer2/utils'
import { provideTestConsole, T } from '@contentlayer2/utils/effect'
import { NodeFsLive } from '@contentlayer2/utils/node'
import {
  dynamicBuild,
  makeDataTypes,
  provideCwdCustom,
  renderTypes,
  type Config,
  type SchemaDef,
} from 'contentlayer2/core'
import type { Page } from 'contentlayer/generated'
import bookSource from '../../../contentlayer.config'

/** Where contentlayer's generated package lives: `contentlayer/generated` in tsconfig.json. */
export const GENERATED_DIR = path.join('.contentlayer', 'generated')

type SourcePlugin = Config['source']

/** The schema's version in contentlayer's terms: only the generated files' names would carry it. */
const SCHEMA_KEY = 'book'

/**
 * contentlayer's effects (Effect-TS 0.x), as this module uses them. Their own types come from a
 * package TypeScript does not resolve from here (@effect-ts/core): the few functions used are typed here.
 */
type Effect = { readonly _effect?: unknown }
type Provide = (effect: Effect) => Effect
const Effects = T as unknown as {
  provideSomeLayer(layer: unknown): Provide
  either: Provide
  runPromise(effect: Effect): Promise<{ _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: unknown }>
}

/** Runs one of contentlayer's effects with what it needs (a file system, the folder, no tracing), its messages kept. */
async function runContentlayer(
  effect: unknown,
  cwd: string,
): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown; messages: string[] }> {
  const messages: string[] = []
  const steps: Provide[] = [
    provideTracing('book', 'based-on-env') as Provide,
    provideCwdCustom(cwd as never) as unknown as Provide,
    Effects.provideSomeLayer(NodeFsLive),
    provideTestConsole(messages) as unknown as Provide,
    Effects.either,
  ]
  const result = await Effects.runPromise(steps.reduce((provided, step) => step(provided), effect as Effect))
  return result._tag === 'Right' ? { ok: true, value: result.right } : { ok: false, error: result.left, messages }
}

async function loadSource(): Promise<SourcePlugin> {
  return (await bookSource(undefined)) as SourcePlugin
}

async function schemaOf(source: SourcePlugin, cwd: string): Promise<SchemaDef> {
  const result = await runContentlayer(source.provideSchema(SCHEMA_KEY), cwd)
  if (!result.ok)
    throw new Error(`contentlayer.config.ts: the document types do not make a schema: ${String(result.error)}`)
  return result.value as SchemaDef
}

/** The generated package's type files (`contentlayer/generated`): they depend on the document types alone. */
export async function generatedTypeFiles(cwd: string = process.cwd()): Promise<Map<string, string>> {
  const source = await loadSource()
  const schemaDef = await schemaOf(source, cwd)
  const generationOptions = { sourcePluginType: source.type, options: source.options }
  return new Map([
    ['types.d.ts', renderTypes({ schemaDef, generationOptions })],
    ['index.d.ts', makeDataTypes({ schemaDef, options: source.options })],
  ])
}

/**
 * Every document staged in the folder `cwd` (contentlayer.config.ts reads the folder it is run in) as a typed page.
 * A document that does not fit its type throws, with contentlayer's own account of what is wrong.
 */
export async function makeDocuments(cwd: string): Promise<Page[]> {
  const source = await loadSource()
  const config: Config = {
    source,
    esbuildHash: SCHEMA_KEY,
    filePath: path.join(cwd, 'contentlayer.config.ts') as never,
  }
  const result = await runContentlayer(dynamicBuild({ config, verbose: false }), cwd)
  if (!result.ok) {
    const told = result.messages.map(String).join('\n').trim()
    throw new Error(`contentlayer2 refused the staged documents:\n${told || String(result.error)}`)
  }
  // Lists come back as Effect-TS chunks: as plain JSON, the documents are what the routes will read.
  return JSON.parse(JSON.stringify((result.value as { allPages?: Page[] }).allPages ?? [])) as Page[]
}
