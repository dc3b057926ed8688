/**
 * Clean-up that must also run when the benchmark is interrupted (Ctrl+C): restoring an
 * edited Markdown file, stopping servers, removing temporary folders. Handlers are synchronous.
 */
const handlers = new Set<() => void>()

/** Registers `handler` for an interruption; the returned function unregisters it. */
export function onInterrupt(handler: () => void): () => void {
  handlers.add(handler)
  return () => handlers.delete(handler)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const handler of [...handlers].reverse()) {
      try {
        handler()
      } catch (error) {
        console.error(error)
      }
    }
    process.exit(130)
  })
}
