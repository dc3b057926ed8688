import type { Element } from 'hast'
import { h, s } from 'hastscript'
import type { EmbedKind } from '../../../i18n/words'
import { param, type ShortcodeContext, type ShortcodeRenderer } from '../context'

/**
 * Hugo's embeds (youtube, vimeo, gist, tweet / x, instagram) load the other site's player or
 * script into the page, which tells that site who reads what before the reader asks for
 * anything, and which the book's Content-Security-Policy (lib/security/headers.ts: scripts and
 * frames from the site only) would block anyway. Here each is a link to the content on its site:
 * a box with the title (or what it is), what opening it does and the address, made at build time.
 * No request leaves the page until the reader follows the link; it works without JavaScript.
 */

/** The parameters Hugo's templates read, positional or named. */
function embedParams(context: ShortcodeContext): { id?: string; title?: string; className?: string } {
  const id = param(context.node, 0, 'id')
  return {
    ...(id ? { id } : {}),
    ...(param(context.node, -1, 'title') ? { title: param(context.node, -1, 'title')! } : {}),
    ...(param(context.node, -1, 'class') ? { className: param(context.node, -1, 'class')! } : {}),
  }
}

/** An id or user name as it goes into an address: letters, digits, `_`, `-` and `.` only. */
const SAFE_PART = /^[\w.-]+$/

/** `{{< youtube w7Ft2ymGmfc >}}`, `{{< youtube id="…" title="…" class="…" >}}` (autoplay has nothing to start here). */
const youtube: ShortcodeRenderer = (context) => {
  const { id, title, className } = embedParams(context)
  const positionalClass = context.node.params.positional[1]
  if (!isPart(context, id, 'the video’s id', '{{< youtube w7Ft2ymGmfc >}}')) return []
  return embedBox(context, 'youtube', `https://www.youtube.com/watch?v=${id}`, title, className ?? positionalClass)
}

/** `{{< vimeo 146022717 >}}`, `{{< vimeo 146022717 class title >}}` or named id, class, title. */
const vimeo: ShortcodeRenderer = (context) => {
  const { id, title, className } = embedParams(context)
  const [, positionalClass, positionalTitle] = context.node.params.positional
  if (!isPart(context, id, 'the video’s id', '{{< vimeo 146022717 >}}')) return []
  return embedBox(context, 'vimeo', `https://vimeo.com/${id}`, title ?? positionalTitle, className ?? positionalClass)
}

/** `{{< gist user id [file] >}}`: the gist's page, at the file when one is named. */
const gist: ShortcodeRenderer = (context) => {
  const [user, id, file] = context.node.params.positional
  const example = '{{< gist spf13 7896402 >}}'
  if (!isPart(context, user, 'the gist’s owner', example) || !isPart(context, id, 'the gist’s id', example)) return []
  // GitHub's anchor for a gist's file: `img.html` → #file-img-html.
  const anchor = file ? `#file-${file.toLowerCase().replace(/[^a-z0-9_-]/g, '-')}` : ''
  return embedBox(
    context,
    'gist',
    `https://gist.github.com/${user}/${id}${anchor}`,
    file ? `${user}/${file}` : undefined,
  )
}

/**
 * `{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}` (also `x`, `twitter`, and the older
 * positional `user id`, or a lone id, which Hugo sends to the user "x": x.com redirects it).
 */
const tweet: ShortcodeRenderer = (context) => {
  const { named, positional } = context.node.params
  const lone = positional.length === 1 && named['id'] === undefined
  const user = lone ? 'x' : (named['user'] ?? positional[0])
  const id = named['id'] ?? (lone ? positional[0] : positional[1])
  const example = '{{< x user="SanDiegoZoo" id="1453110110599868418" >}}'
  if (!isPart(context, user, 'the user', example) || !isPart(context, id, 'the post’s id', example)) return []
  return embedBox(context, 'x', `https://x.com/${user}/status/${id}`, undefined)
}

/** `{{< instagram BWNjjyYFxVx [hidecaption] >}}`. */
const instagram: ShortcodeRenderer = (context) => {
  const id = param(context.node, 0, 'id')
  if (!isPart(context, id, 'the post’s id', '{{< instagram BWNjjyYFxVx >}}')) return []
  return embedBox(context, 'instagram', `https://www.instagram.com/p/${id}/`, undefined)
}

/** Whether a part of the address is there and safe to put in it; else a warning with the line. */
function isPart(context: ShortcodeContext, value: string | undefined, what: string, example: string): value is string {
  if (value !== undefined && SAFE_PART.test(value)) return true
  context.warn(
    value === undefined || value === ''
      ? `${context.node.name} without ${what}: it shows nothing`
      : `${context.node.name}: ${JSON.stringify(value)} is not ${what}: it shows nothing`,
    `write it as ${example}`,
  )
  return false
}

const ICONS: Record<EmbedKind, string> = {
  // A play button; code brackets; a speech bubble.
  youtube: 'M8 5.5v13l10.5-6.5z',
  vimeo: 'M8 5.5v13l10.5-6.5z',
  gist: 'M9 7l-5 5 5 5M15 7l5 5-5 5',
  x: 'M4 5h16v11H9l-5 4z',
  instagram:
    'M5 4h14a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 1 0 0-7',
}

/**
 * The box: one link (one stop for the keyboard, its name the title and what it does), with the
 * address it leads to shown, so the reader knows where it goes. `noreferrer`: the other site is
 * not told which page the reader came from.
 */
function embedBox(
  context: ShortcodeContext,
  kind: EmbedKind,
  url: string,
  title: string | undefined,
  className?: string,
): Element[] {
  const words = context.settings.words.embeds[kind]
  return [
    h(
      'a',
      {
        className: ['book-embed', `book-embed-${kind}`, ...(className ? className.split(/\s+/) : [])],
        href: url,
        // A new tab, as a button's external link: the reader keeps their place in the book.
        target: '_blank',
        rel: ['noopener', 'noreferrer'],
      },
      [
        s('svg', { className: ['book-embed-icon'], viewBox: '0 0 24 24', ariaHidden: 'true', focusable: 'false' }, [
          s('path', { d: ICONS[kind] }),
        ]),
        h('span', { className: ['book-embed-text'] }, [
          h('span', { className: ['book-embed-title'] }, title ?? words.name),
          h('span', { className: ['book-embed-open'] }, words.open),
          h('span', { className: ['book-embed-url'] }, url.replace(/^https:\/\/(www\.)?/, '')),
        ]),
      ],
    ),
  ]
}

/** Every name Hugo 0.111 (and later, `x`) gives these: the `_simple` forms differ only in how Hugo fetches the content. */
export const EMBED_SHORTCODES: Record<string, ShortcodeRenderer> = {
  youtube,
  vimeo,
  vimeo_simple: vimeo,
  gist,
  tweet,
  twitter: tweet,
  twitter_simple: tweet,
  x: tweet,
  x_simple: tweet,
  instagram,
  instagram_simple: instagram,
}
