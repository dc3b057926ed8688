import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Sized for a slow, busy 2-core machine (CI runs the unit tests beside nothing else, but a
    // developer's machine may be building): Markdown rendering with Shiki and fast-check's runs
    // take seconds there. Tests that build books or sites state larger timeouts themselves.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
