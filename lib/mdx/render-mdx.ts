import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createElement, type ComponentType } from 'react'
import { prerender } from 'react-dom/static'
import { register as registerCommonJs } from 'tsx/cjs/api'
import { register as registerEsm, type NamespacedUnregister as EsmLoader } from 'tsx/esm/api'
import { ContentError, isContentError } from '../diagnostics/content-error'

const require = createRequire(import.meta.url)

export interface MdxRenderInput {
  /** The compiled page (compileMdx's `code`). */
  code: string
  /** The page's absolute path, for errors. */
  file: string
  /** The components the page is given (`props.components`): the built-ins. */
  components: Record<string, unknown>
  /** How errors name the page (`content/docs/a.mdx`); the absolute path when undefined. */
  displayPath?: string
}

/**
 * Renders a compiled MDX page to HTML at build time, as the reader's first view: server
 * components and the first state of client components (`'use client'` means nothing here).
 * The page's module runs in this process through tsx, so that it may import `.tsx` components
 * and the project's packages. A component that throws stops with a ContentError naming the page
 * and the component.
 */
export async function renderMdxToHtml(input: MdxRenderInput): Promise<string> {
  const displayPath = input.displayPath ?? input.file
  const Content = await loadPage(input.code, displayPath)
  const failures: { error: unknown; componentStack: string }[] = []
  let html = ''
  try {
    const { prelude } = await prerender(createElement(Content, { components: input.components }), {
      onError(error, errorInfo) {
        failures.push({ error, componentStack: errorInfo.componentStack ?? '' })
      },
    })
    html = await new Response(prelude).text()
  } catch (error) {
    if (failures.length === 0) failures.push({ error, componentStack: '' })
  }
  // An error below a Suspense boundary leaves the page rendered without that part: it stops the build too.
  const failure = failures[0]
  if (failure) throw renderError(failure.error, failure.componentStack, displayPath)
  return html
}

/** The compiled page's default export, loaded from a temporary file (modules load from files). */
async function loadPage(code: string, displayPath: string): Promise<ComponentType<{ components: unknown }>> {
  const folder = moduleFolder()
  const file = path.join(folder, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.jsx`)
  writeFileSync(file, withBundlerDefaults(code))
  let loaded: { default?: unknown }
  try {
    loaded = (await pageModules().import(pathToFileURL(file).href, pathToFileURL(file).href)) as { default?: unknown }
  } catch (error) {
    if (isContentError(error)) throw error
    throw new ContentError({
      file: displayPath,
      message: `a module the page imports does not load: ${loadFailure(error)}`,
      hint: 'fix the imported component (a syntax error, a missing package: npm install it in the project)',
    })
  }
  if (typeof loaded.default !== 'function') throw new Error(`${displayPath}: the compiled page has no default export`)
  return loaded.default as ComponentType<{ components: unknown }>
}

/** `import Name from "…";` (with named imports or not) as the compiled page writes it (astring's print). */
const DEFAULT_IMPORT =
  /^import ([A-Za-z_$][\w$]*)((?:, \{[^}]*\})? from (?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*');)$/gm

/**
 * The default imports of the page as a bundler resolves them: a module compiled to CommonJS
 * (esbuild, for a component in a folder without `"type": "module"`) gives its default export
 * as `exports.default` under `__esModule`, where Node would give the whole `exports`.
 */
function withBundlerDefaults(code: string): string {
  let count = 0
  return code.replace(DEFAULT_IMPORT, (_whole, name: string, rest: string) => {
    const module = `_mdxImport${count++}`
    return `import ${module}${rest}\nconst ${name} = ${module}?.__esModule ? ${module}.default : ${module};`
  })
}

let loader: { esm: EsmLoader; commonJs: { unregister(): void } } | undefined

/**
 * The loader of compiled pages and what they import, one per process: a component is loaded
 * once for all the pages that use it. (A loader per page would be slower with each page: Node
 * keeps every loader it was given.) tsx loads ES modules and CommonJS ones (a component in a
 * folder without `"type": "module"`) with loaders of its own, in one namespace, as its tsImport does.
 */
function pageModules(): EsmLoader {
  if (loader) return loader.esm
  const folder = moduleFolder()
  const tsconfig = path.join(folder, 'tsconfig.json')
  // JSX with React's automatic runtime, and `react` the project's copy wherever a component
  // lives (a Hugo site folder has no node_modules), as for shortcode modules.
  const reactDir = path.dirname(require.resolve('react/package.json'))
  const compilerOptions = { jsx: 'react-jsx', baseUrl: reactDir, paths: { react: ['index.js'], 'react/*': ['*.js'] } }
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions, include: ['/**/*'] }))
  const namespace = `book-mdx-${process.pid}-${++generation}`
  // tsx's CommonJS loader reads its tsconfig from this variable when it is made.
  const previous = process.env['TSX_TSCONFIG_PATH']
  process.env['TSX_TSCONFIG_PATH'] = tsconfig
  try {
    loader = { commonJs: registerCommonJs({ namespace }), esm: registerEsm({ namespace, tsconfig }) }
  } finally {
    if (previous === undefined) delete process.env['TSX_TSCONFIG_PATH']
    else process.env['TSX_TSCONFIG_PATH'] = previous
  }
  return loader.esm
}

let generation = 0

/**
 * Forgets the loaded components and removes the folder of compiled pages: the next render reads
 * components from their files again (after an edit, in dev). Call it when the renders are done.
 */
export async function resetMdxRenderer(): Promise<void> {
  const previous = loader
  loader = undefined
  previous?.commonJs.unregister()
  await previous?.esm.unregister()
  if (preparedFolder !== '') rmSync(preparedFolder, { recursive: true, force: true })
  preparedFolder = ''
}

let preparedFolder = ''
let removedOnExit = false

/**
 * The process's folder for compiled pages, in the system's temporary folder, an ES module package
 * with a `node_modules` link to the project's: a page imports the packages the project installs.
 * Removed by resetMdxRenderer, or when the process ends.
 */
function moduleFolder(): string {
  if (preparedFolder !== '') return preparedFolder
  const folder = path.join(tmpdir(), `book-mdx-${process.pid}`)
  mkdirSync(folder, { recursive: true })
  const link = path.join(folder, 'node_modules')
  if (!existsSync(link)) symlinkSync(path.dirname(path.dirname(require.resolve('react/package.json'))), link, 'dir')
  writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n')
  if (!removedOnExit) process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
  removedOnExit = true
  preparedFolder = folder
  return folder
}

/** MDX's message for a tag that names no component: "Expected component `Chart` to be defined: …". */
const MISSING_COMPONENT = /^Expected component `([^`]+)` to be defined/

/** React's component stack names the innermost component first: `\n    at Chart (file:…)`. */
const FRAME = /^\s*at (\S+)(?: \((.+)\))?/

/** Frames of the compiled page itself, not of a component the author wrote or imported. */
const PAGE_FRAMES = new Set(['MDXContent', '_createMdxContent'])

function renderError(error: unknown, componentStack: string, displayPath: string): Error {
  if (isContentError(error)) return error
  const message = firstLine(error)
  const missing = MISSING_COMPONENT.exec(message)
  if (missing)
    return new ContentError({
      file: displayPath,
      message: `unknown component <${missing[1]}>`,
      hint: `import it at the top of the page (import ${missing[1]} from './${missing[1]}', a path from this page), or use a built-in component`,
    })
  const frames = componentStack
    .split('\n')
    .map((line) => FRAME.exec(line))
    .filter((frame): frame is RegExpExecArray => frame !== null)
  // Host elements (`at div`) are lower case: the component is the first capitalised frame.
  const component = frames.find(([, name]) => /^[A-Z]/.test(name!) && !PAGE_FRAMES.has(name!))
  // The frame's line and column are the compiled module's, not the file's: the file alone is named.
  const location = component?.[2]?.replace(/\?.*$|:\d+:\d+$/, '')
  const file = location?.startsWith('file:') ? fileURLToPath(location) : location
  const where = file ? ` (${file})` : ''
  return new ContentError({
    file: displayPath,
    message: `component <${component?.[1] ?? 'unknown'}>${where} failed while rendering the page: ${message}`,
    hint: 'fix the component or the props the page gives it; code that needs the browser belongs in useEffect',
  })
}

/** esbuild's error, through tsx, is `Transform failed…` then `file:line:column: ERROR: what`: the place and what. */
function loadFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const located = /^(.+:\d+:\d+): ERROR: (.+)$/m.exec(message)
  return located ? `${located[1]}: ${located[2]}` : firstLine(error)
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!
}
