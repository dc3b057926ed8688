import type { DevErrors } from '@/lib/site/dev-errors'
// Dev-only styles, beside the component: app/styles is what every exported page loads.
import './build-errors.css'

/**
 * Under `npm run dev`, when its build stopped: each problem as the terminal printed it (where,
 * what, the fix) and why the build stopped, in a panel at the foot of the window; the last good
 * page stays readable above it. An alert, so that a screen reader says it when it appears, and
 * it takes no focus (the author is typing in an editor). The next update that builds removes it
 * (ContentReload renders the page again). English, as the build's messages are.
 */
export function BuildErrors({ errors }: { errors: DevErrors }) {
  return (
    // Focusable so that a keyboard can scroll it when it holds more than it shows.
    <section className="dev-build-errors" role="alert" aria-labelledby="dev-build-errors-title" tabIndex={0}>
      <h2 id="dev-build-errors-title">Build error</h2>
      {errors.problems.length > 0 && (
        <ol>
          {errors.problems.map((problem, index) => (
            <li key={index}>
              <p>
                <code>{problem.where}</code>
              </p>
              <p>{problem.message}</p>
              {problem.hint && <p className="dev-build-errors-fix">fix: {problem.hint}</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="dev-build-errors-stop">✗ {errors.stop}</p>
    </section>
  )
}
