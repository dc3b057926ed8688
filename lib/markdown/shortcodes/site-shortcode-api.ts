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
  site: ShortcodeSite
  /**
   * Renders Markdown with the page's own chain (Hugo's .Page.RenderString): shortcodes written in
   * it, refs, heading ids, the site's Markdown settings. Returns HTML.
   */
  markdown(text: string): string
  /** As markdown(), a lone paragraph left without its <p> (Hugo's markdownify): for a title, a label. */
  inlineMarkdown(text: string): string
}

/** What a module is told of the site (Hugo's .Site). */
export interface ShortcodeSite {
  title: string
  language: string
  /** Hugo's .Site.Data: the files of the site's data/ folder by name (`data.team.members` for data/team/members.yaml). */
  data: Readonly<Record<string, unknown>>
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
  site: ShortcodeSite
}
