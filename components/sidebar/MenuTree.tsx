import type { MenuNode, PageNode, SectionNode } from '@/lib/site/tree'
import { withBasePath } from '@/lib/formats/base-path'
import { shortHash } from '@/lib/formats/hash'
import { fill } from '@/lib/i18n/fill'
import type { UiWords } from '@/lib/i18n/words'

/** The menu's own words: strings only, since deferred sections draw it in the browser too. */
export type MenuWords = Pick<UiWords, 'expandSection' | 'opensInNewTab'>

interface MenuContext {
  currentUrl: string | undefined
  /** URLs of the sections that contain the current page: they render open. */
  openUrls: ReadonlySet<string>
  words: MenuWords
  /** The site's base path (`/repo`): node URLs are site paths, links need it in front. */
  basePath: string
  /**
   * True when this page carries some sections without their children (a large book's menu,
   * lib/site/menu-budget.ts): each gets an empty `.menu-deferred` box that one client island
   * for the whole menu fills when the section opens (DeferredMenu.client.tsx).
   */
  deferred?: boolean
}

/** The book's tree as nested lists; each node kind renders in its own component. */
export function MenuTree({ nodes, context }: { nodes: MenuNode[]; context: MenuContext }) {
  if (nodes.length === 0) return null
  return (
    <ul>
      {nodes.map((node) => (
        <li
          key={node.url + (node.externalHref ?? '')}
          className={node.type === 'section' ? sectionClass(node) : undefined}
        >
          {node.type === 'section' ? (
            <SectionItem node={node} context={context} />
          ) : (
            <PageItem node={node} context={context} />
          )}
        </li>
      ))}
    </ul>
  )
}

function sectionClass(node: SectionNode): string {
  return ['menu-section', node.flat ? 'menu-section-flat' : '', node.collapsible ? 'menu-section-collapsible' : '']
    .filter(Boolean)
    .join(' ')
}

function PageItem({ node, context }: { node: PageNode; context: MenuContext }) {
  return <MenuLink url={node.url} title={node.title} externalHref={node.externalHref} context={context} />
}

/**
 * A section: its title (a link when it has a body, else a label) and its children.
 * A collapsible one gets a checkbox after its title row, drawn as a chevron: it opens and
 * closes the list without navigating and without JavaScript (hugo-book's technique).
 * A deferred one (a large book's section this page carries without its children) is drawn
 * closed the same way; its children load when it opens, and its title is always a link.
 */
function SectionItem({ node, context }: { node: SectionNode; context: MenuContext }) {
  const deferred = node.deferred === true && context.deferred === true
  const title =
    node.hasContent || node.externalHref || deferred ? (
      <MenuLink url={node.url} title={node.title} externalHref={node.externalHref} context={context} />
    ) : null
  if (!node.collapsible && !deferred) {
    return (
      <>
        {title ?? <span className="menu-label">{node.title}</span>}
        <MenuTree nodes={node.children} context={context} />
      </>
    )
  }
  const toggleId = `menu-${shortHash(node.url)}`
  const open = context.openUrls.has(node.url) || context.currentUrl === node.url
  return (
    <>
      <div className="menu-row">
        {title ?? (
          <label htmlFor={toggleId} className="menu-label">
            {node.title}
          </label>
        )}
        {/* The chevron is drawn by CSS (menu.css): an <svg> in every section row weighed on every page's HTML and payload. */}
        <label
          htmlFor={toggleId}
          className={deferred ? 'menu-chevron menu-chevron-deferred' : 'menu-chevron'}
          aria-hidden="true"
        />
      </div>
      <input
        type="checkbox"
        id={toggleId}
        className={deferred ? 'menu-toggle menu-toggle-deferred' : 'menu-toggle'}
        defaultChecked={open}
        aria-label={fill(context.words.expandSection, { title: node.title })}
      />
      {deferred ? (
        <div className="menu-deferred" data-section={node.url} />
      ) : (
        <MenuTree nodes={node.children} context={context} />
      )}
    </>
  )
}

function MenuLink({
  url,
  title,
  externalHref,
  context,
}: {
  url: string
  title: string
  externalHref?: string
  context: MenuContext
}) {
  if (externalHref) {
    return (
      <a href={externalHref} target="_blank" rel="noopener noreferrer" className="menu-link menu-link-external">
        {title}
        <span className="visually-hidden">{context.words.opensInNewTab}</span>
      </a>
    )
  }
  const current = context.currentUrl === url
  return (
    <a href={withBasePath(context.basePath, url)} className="menu-link" aria-current={current ? 'page' : undefined}>
      {title}
    </a>
  )
}
