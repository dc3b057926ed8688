/**
 * What a site's own shortcode modules (`shortcodes/<name>.tsx`) receive and what the chain is
 * handed once they are loaded: the types shared by the shortcode settings (context.ts), the call
 * (site-shortcodes.ts) and the loader (lib/site/shortcode-modules.ts).
 */

/** What a page tells its shortcodes (Hugo's .Page). */
export interface ShortcodePage {
  title: string
  url: string
  /** Content path: `docs/team.md`. */
  filePath: string
  /** The page's front-matter settings (title, description, weight, tags…). */
  params: Readonly<Record<string, unknown>>
}

/** What a site shortcode module's default export receives. */
export interface ShortcodeProps {
  /** As Hugo's .Get: positional parameters by index (`params[0]`), named ones by name (`params.title`). */
  params: Readonly<Record<string, string>>
  /** The inner content as HTML: Markdown rendered for `{{% %}}`, as written for `{{< >}}`; '' when not paired. */
  inner: string
  page: ShortcodePage
  site: { title: string; language: string }
}

export interface SiteShortcode {
  /** The module, as messages name it: `site/shortcodes/members.tsx`. */
  file: string
  /** Renders to HTML; throws on a module's error. */
  render(props: ShortcodeProps): string
}

export interface SiteShortcodes {
  /** By shortcode name (the module's file name). */
  renderers: ReadonlyMap<string, SiteShortcode>
  /** The page a content path belongs to. */
  page(sourcePath: string): ShortcodePage | undefined
  site: { title: string; language: string }
}
