import { Fragment, isValidElement, useId, type ReactNode } from 'react'
import { tabsGroup } from '@/lib/markdown/shortcodes/builtins/tabs'
import { contentChildren } from './children'

/**
 * `<Tabs id="os"><Tab name="macOS">…</Tab><Tab name="Linux">…</Tab></Tabs>`, as
 * `{{< tabs >}}`: a radio button and a label per tab, so switching works without script; the
 * first tab is selected.
 *
 * The radio group needs a name unique in the page. Given an id it is `tabs-<id>`, as for the
 * shortcode; without one it comes from React's useId (`tabs-_R_…_` or `tabs-_S_1_`), which
 * differs in each group and is the same at each build of the same page. The stylesheet selects
 * the tabs by class and by `:checked + label`, never by id, and the label's `for` names its
 * input's id exactly, so any such name works.
 */
export function Tabs({ id, children }: { id?: string; children?: ReactNode }) {
  const reactId = useId()
  const group = tabsGroup(id ?? reactId)
  return (
    <div className="book-tabs">
      {contentChildren(children).map((tab, index) => {
        const tabId = `${group}-${index}`
        // The tab's name is read from its props, not its type: a wrapped Tab (one that names
        // itself in errors) is a tab too.
        const name = isValidElement<{ name?: ReactNode }>(tab) ? tab.props.name : undefined
        return (
          <Fragment key={tabId}>
            <input type="radio" className="toggle" name={group} id={tabId} defaultChecked={index === 0} />
            <label htmlFor={tabId}>{name ?? `Tab ${index + 1}`}</label>
            <div className="book-tabs-content markdown-inner">{tab}</div>
          </Fragment>
        )
      })}
    </div>
  )
}

/** `<Tab name="…">` inside `<Tabs>`: its content (Tabs draws the label). Outside Tabs, the content alone. */
export function Tab({ children }: { name?: ReactNode; children?: ReactNode }) {
  return <>{children}</>
}
