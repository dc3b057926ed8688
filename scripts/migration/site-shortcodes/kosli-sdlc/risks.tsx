/**
 * kosli-sdlc's `risks` (layouts/shortcodes/risks.html with partials/risk.html): one list per
 * file of data/risks/, in the order of their names (Go templates range over a map's sorted keys).
 */
type Risk = { display_name?: unknown; description?: unknown; mitigations?: unknown }

export default function Risks({ site }: { site: { data: Readonly<Record<string, unknown>> } }) {
  const risks = (site.data['risks'] ?? {}) as Record<string, { risk?: Risk }>
  return (
    <>
      {Object.keys(risks)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((key) => {
          const risk = risks[key]?.risk ?? {}
          const mitigations = Array.isArray(risk.mitigations) ? risk.mitigations : []
          return (
            <ul key={key}>
              <li>{String(risk.display_name ?? '')}</li>
              <li>Description: {String(risk.description ?? '')}</li>
              <li>Mitigations: </li>
              <ul>
                {mitigations.map((mitigation) => (
                  <li key={String(mitigation)}>{String(mitigation)}:</li>
                ))}
              </ul>
            </ul>
          )
        })}
    </>
  )
}
