/**
 * kosli-sdlc's `exceptions` (layouts/shortcodes/exceptions.html with partials/exception.html): one
 * list per file of data/exceptions/, in the order of their names (Go templates range over a map's
 * sorted keys).
 */
type Exception = { service?: unknown; owner?: unknown; description?: unknown; rationale?: unknown }

export default function Exceptions({ site }: { site: { data: Readonly<Record<string, unknown>> } }) {
  const exceptions = (site.data['exceptions'] ?? {}) as Record<string, { exception?: Exception }>
  return (
    <>
      {Object.keys(exceptions)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((key) => {
          const exception = exceptions[key]?.exception ?? {}
          return (
            <ul key={key}>
              <li>Service: {String(exception.service ?? '')}</li>
              <li>Owner: {String(exception.owner ?? '')}</li>
              <li>Description: {String(exception.description ?? '')}</li>
              <li>Rationale: {String(exception.rationale ?? '')}</li>
            </ul>
          )
        })}
    </>
  )
}
