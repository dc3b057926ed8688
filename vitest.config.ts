import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (npm run test:unit), the code's own tests, seconds each; `build`
 * (npm run test:build), whole builds with `next build` (test/build/), minutes on a 2-core machine.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    // Sized for a slow, busy 2-core machine (CI runs the unit tests beside nothing else, but a
    // developer's machine may be building): Markdown rendering with Shiki and fast-check's runs
    // take seconds there. Tests that build books or sites state larger timeouts themselves.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
        },
      },
      // One file at a time: the builds share the checkout's .book/, .contentlayer/ and .next/ (they would wait for each other's lock).
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], fileParallelism: false } },
    ],
  },
})
