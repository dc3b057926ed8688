import type { ReactNode } from 'react'
import { extraClasses } from './children'

/** `<Steps>` around an ordered list: numbered steps, as `{{% steps %}}`. */
export function Steps(props: { className?: string; class?: string; children?: ReactNode }) {
  return <div className={['book-steps', ...extraClasses(props)].join(' ')}>{props.children}</div>
}
