// ESLint: rules that catch bugs, not style (Prettier owns the layout; see .prettierrc.json).
// `npm run lint` runs it with --max-warnings=0, so a warning fails like an error.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Imports run one way: scripts → lib/build → app → components → lib/search, lib/toc → lib/site
 * → lib/content, lib/markdown → lib/formats, lib/diagnostics (lib/build makes what the routes read). no-restricted-imports matches the import as written, so a lib
 * folder is matched by name after any number of `../` (or `@/lib/`): `../site/tree`, `../../lib/site`.
 */
const LIB_MODULES = readdirSync(new URL('./lib/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() || (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)))
  .map((entry) => entry.name.replace(/\.tsx?$/, ''))

const libImport = (names) => `^(?:@/lib/|(?:\\.\\./)+(?:lib/)?)(?:${names.join('|')})(?:/|$)`
const forbid = (names, message) => ({ regex: libImport(names), message })
const NOT_UI = {
  regex: '^(?:@/|(?:\\.\\./)+)(?:components|app)(?:/|$)',
  message: 'lib/ never imports from components/ or app/: move the shared code into lib/.',
}

/** Per lib folder, what it must not import, besides components/ and app/ (a later block for a file replaces an earlier one's list). */
const LAYERS = {
  'lib/formats': forbid(
    LIB_MODULES.filter((name) => name !== 'formats' && name !== 'diagnostics'),
    'lib/formats and lib/diagnostics are the bottom layer: they import only each other.',
  ),
  'lib/diagnostics': forbid(
    LIB_MODULES.filter((name) => name !== 'formats' && name !== 'diagnostics'),
    'lib/formats and lib/diagnostics are the bottom layer: they import only each other.',
  ),
  'lib/markdown': forbid(
    ['content', 'site', 'config', 'build'],
    'lib/markdown receives what it needs as plugin options: it does not import lib/content, lib/site or lib/config.',
  ),
  'lib/content': forbid(
    ['site', 'markdown', 'build'],
    'lib/content is below lib/site and beside lib/markdown: it imports neither, nor the build.',
  ),
  'lib/site': forbid(
    ['build', 'search', 'toc', 'serve'],
    'lib/site is the site model: the build, search and the ToC read it; it imports none of them.',
  ),
  'lib/config': forbid(['content', 'site'], 'lib/config is read by lib/content and lib/site: it imports neither.'),
}

export default defineConfig(
  globalIgnores([
    'node_modules/',
    '.next/',
    'out/',
    'out-docs/',
    '.contentlayer/',
    'public/',
    'content/',
    'e2e/fixtures/',
    '.e2e-sites/',
    'out.previous-*/',
    'bench-results/',
    'test-results/',
    'playwright-report/',
    'screenshots/',
    'next-env.d.ts',
    // MDX pages' compiled modules and routes, written by each build of a book with MDX pages (lib/build/mdx-routes.ts).
    'app/\\[lang\\]/(mdx)/',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `import type` keeps type-only imports out of client bundles and makes the layering visible.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A `let` read by a cleanup function before its one assignment cannot be a const (the read would throw).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  // React code only: elsewhere `use` is Playwright's fixture callback and `useX` a unified helper.
  { files: ['**/*.tsx', 'components/**/*.ts'], ...reactHooks.configs.flat.recommended },
  // Playwright reads a test's fixtures from its first parameter: `async ({}, testInfo) =>` asks for none.
  { files: ['e2e/**/*.ts'], rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] } },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ...nextPlugin.configs['core-web-vitals'],
    rules: {
      ...nextPlugin.configs['core-web-vitals'].rules,
      // App Router only: there is no pages/ directory for this rule to read.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [NOT_UI] }] } },
  ...Object.entries(LAYERS).map(([folder, pattern]) => ({
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_UI, pattern] }] },
  })),
  // lib/build, above components in the order, renders MDX pages with the book's built-in components
  // (components/mdx/), as their routes do; app/ it never imports.
  {
    files: ['lib/build/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:@/|(?:\\.\\./)+)app(?:/|$)',
              message: 'lib/build never imports from app/: the routes read what it writes.',
            },
          ],
        },
      ],
    },
  },
)
