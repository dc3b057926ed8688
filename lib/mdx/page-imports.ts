import { statSync } from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { sourceOf } from '../markdown/source'
import { MdxContentError } from './mdx-content-error'

/** What a path without an extension may name, in this order (as bundlers try them). */
const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.mdx']

/** The parts of an `import`/`export … from` line's syntax tree (estree) read here. */
interface ModuleSource {
  value: unknown
  raw?: string
  loc?: { start: { line: number; column: number } } | null
}
interface EsmStatement {
  type: string
  source?: ModuleSource | null
  specifiers?: { local?: { name: string } }[]
  declaration?: {
    type: string
    id?: { type: string; name?: string } | null
    declarations?: { id: { type: string; name?: string } }[]
  } | null
}
interface EsmNode {
  type: 'mdxjsEsm'
  data?: { estree?: { body: EsmStatement[] } | null }
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'
  name: string | null
  position?: { start: { line: number; column: number } }
}

/** A path from the page's folder (`./Chart`, `../components/Chart`), or from the root (`/abs/Chart`). */
function isPath(specifier: string): boolean {
  return /^\.{1,2}(?:\/|$)|^\//.test(specifier)
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}

/** The file an import by path names, as bundlers find it: as written, with an extension, or a folder's index. */
function resolveLocalImport(fromFolder: string, specifier: string): string | undefined {
  const target = path.resolve(fromFolder, specifier)
  const candidates = [
    target,
    ...EXTENSIONS.map((extension) => target + extension),
    ...EXTENSIONS.map((extension) => path.join(target, `index${extension}`)),
  ]
  return candidates.find(isFile)
}

export interface PageImportsOptions {
  /** Components the page is given (`props.components`); when undefined, tags are not checked. */
  components?: readonly string[] | undefined
}

/**
 * Remark plugin (MDX): every import by path is rewritten to the absolute path of the file it
 * names, looked up from the page's folder, so that the compiled page can be written anywhere and
 * still bundled; one that names no file stops the build at its place. Imports of packages stay as
 * written; their files are listed on `file.data.imports`. When the page's given components are known, a capitalised tag that is neither one of
 * them nor imported or exported by the page stops the build at its place too.
 */
export function remarkPageImports(options: PageImportsOptions) {
  return (tree: Root, file: VFile) => {
    const folder = path.dirname(file.path)
    const { displayPath } = sourceOf(file)
    const imports = new Set<string>()
    const declared = new Set<string>()
    visit(tree, (node) => {
      if (node.type !== 'mdxjsEsm') return
      for (const statement of (node as unknown as EsmNode).data?.estree?.body ?? []) {
        for (const name of declaredNames(statement)) declared.add(name)
        const source = statement.source
        if (!source || typeof source.value !== 'string' || !isPath(source.value)) continue
        const resolved = resolveLocalImport(folder, source.value)
        if (resolved === undefined) throw unresolved(source, displayPath, folder)
        imports.add(resolved)
        source.value = resolved
        source.raw = JSON.stringify(resolved)
      }
    })
    file.data.imports = [...imports]
    const { components } = options
    if (components === undefined) return
    const known = new Set(components)
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const { name, position } = node as unknown as JsxNode
      // `<Tabs.Tab>` is Tabs's; lower-case names are HTML's (`<div>`) or the page's props (`<props.Box>`).
      const base = name?.split('.')[0] ?? ''
      if (!/^[A-Z]/.test(base) || declared.has(base) || known.has(base)) return
      throw new MdxContentError({
        file: displayPath,
        line: position?.start.line,
        column: position?.start.column,
        message: `unknown component <${name}>`,
        hint: `import it at the top of the page (import ${base} from './${base}', a path from this page), or use a built-in component: ${[...known].sort().join(', ')}`,
      })
    })
  }
}

/** The names an `import`/`export` line brings into the page's scope. */
function declaredNames(statement: EsmStatement): string[] {
  const names = (statement.specifiers ?? []).flatMap((specifier) => (specifier.local ? [specifier.local.name] : []))
  const declaration = statement.declaration
  if (declaration?.id?.name) names.push(declaration.id.name)
  for (const declarator of declaration?.declarations ?? []) if (declarator.id.name) names.push(declarator.id.name)
  return names
}

function unresolved(source: ModuleSource, displayPath: string, folder: string): MdxContentError {
  const specifier = String(source.value)
  const start = source.loc?.start
  return new MdxContentError({
    file: displayPath,
    line: start?.line,
    // estree counts columns from 0, unist (and editors) from 1.
    column: start === undefined ? undefined : start.column + 1,
    message: `import "${specifier}": no such file (${path.resolve(folder, specifier)}, with ${EXTENSIONS.join(' ')} or as a folder's index)`,
    hint: 'correct the path, relative to this page’s folder, or create the file; a package from npm is imported by its name, without ./',
  })
}

declare module 'vfile' {
  interface DataMap {
    /** The local files an MDX page imports, absolute. */
    imports: string[]
  }
}
