/**
 * npp-usermanual's `radic` (layouts/shortcodes/radic.html): the credit line closing each page of
 * the UDL chapter, written as the site's template writes it.
 */
export default function Radic() {
  return `<p style="border-top: 1px solid var(--h4-color); font-style: italic; color: var(--h4-color); font-size: smaller;">This
page of the User Manual is derived and edited from Ivan Radić's <a href="https://github.com/ivan-radic/udl-documentation/">udl-documentation</a>,
which he has maintained for Notepad++'s UDL 2.1 since 2015, under the
<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license.</p>`
}
