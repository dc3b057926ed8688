import { describe, expect, it } from 'vitest'
import {
  articleLinks,
  brokenOnlyInOurs,
  diffMenus,
  hugoArticle,
  hugoMenu,
  idsDiff,
  isRedirectPage,
  leakIn,
  menuFileFor,
  normaliseHref,
  ourArticle,
  ourMenu,
  textDiff,
  withHugoRepeats,
  withPassthroughMath,
  type MenuItem,
} from './compare-html'

const BASE = 'https://example.com/'

/** hugo-book's markup (layouts/partials/docs/menu-filetree.html at f8a0fc4), trimmed. */
const HUGO_PAGE = `<!DOCTYPE html><html><body><main>
<aside class="book-menu"><div class="book-menu-content"><nav>
<h2 class="book-brand"><a href="/"><span>Book</span></a></h2>
<div class="book-search"><ul id="book-search-results"></ul></div>
<ul class="book-languages"><li><a href="https://example.com/ru/">Russian</a></li></ul>
<ul>
  <li class="book-section-flat"><a href="/docs/example/" class="">Example</a>
    <ul>
      <li><a href="/docs/example/a/" class="active">Page A</a></li>
      <li><input type="checkbox" id="section-1" class="toggle" />
        <label for="section-1" class="flex justify-between"><a role="button" class="">Collapsed</a></label>
        <ul><li><a href="/docs/example/collapsed/b/">Page B</a></li></ul>
      </li>
      <li><input type="checkbox" id="section-2" class="toggle" />
        <label for="section-2"><a href="/docs/example/open/">Open</a></label>
      </li>
    </ul>
  </li>
  <li class="book-section-flat"><span>Shortcodes</span></li>
</ul>
<ul><li><a href="https://github.com/alex-shpak/hugo-book" target="_blank" rel="noopener">Github</a></li></ul>
</nav></div></aside>
<div class="book-page"><article class="markdown book-article"><h1 id="intro">Intro <a class="anchor" href="#intro">#</a></h1>
<p>Some   text
here.</p><h2 id="next">Next <a class="anchor" href="#next">#</a></h2><p>End.</p></article></div>
</main></body></html>`

/** Our markup (components/sidebar, components/page), trimmed. */
const OUR_PAGE = `<!DOCTYPE html><html><body>
<nav aria-label="Book navigation"><div class="menu-tree"><ul>
  <li class="menu-section menu-section-flat"><a href="/docs/example/" class="menu-link">Example</a><ul>
    <li><a href="/docs/example/a/" class="menu-link" aria-current="page">Page A</a></li>
    <li class="menu-section menu-section-collapsible"><div class="menu-row"><label for="m1" class="menu-label">Collapsed</label><label for="m1" class="menu-chevron" aria-hidden="true"><svg></svg></label></div>
      <input type="checkbox" id="m1" class="menu-toggle"/><ul><li><a href="/docs/example/collapsed/b/" class="menu-link">Page B</a></li></ul></li>
    <li class="menu-section menu-section-collapsible"><div class="menu-row"><a href="/docs/example/open/" class="menu-link">Open</a><label for="m2" class="menu-chevron"><svg></svg></label></div></li>
  </ul></li>
  <li class="menu-section menu-section-flat"><span class="menu-label">Shortcodes</span></li>
</ul></div>
<ul class="menu-entries menu-after"><li><a class="menu-link" href="https://github.com/alex-shpak/hugo-book">Github<span class="visually-hidden"> (opens in a new tab)</span></a></li></ul>
</nav>
<article class="markdown"><h1 id="intro">Intro</h1><div class="page-meta"><span>1 min read</span></div><div class="markdown-body">
<p>Some text here.</p><h2 id="next">Next<a class="heading-anchor" href="#next" aria-label="Link to “Next”">#</a></h2><p>End.</p></div></article>
</body></html>`

const EXPECTED_MENU: MenuItem[] = [
  {
    title: 'Example',
    href: '/docs/example/',
    children: [
      { title: 'Page A', href: '/docs/example/a/', children: [] },
      {
        title: 'Collapsed',
        href: null,
        children: [{ title: 'Page B', href: '/docs/example/collapsed/b/', children: [] }],
      },
      { title: 'Open', href: '/docs/example/open/', children: [] },
    ],
  },
  { title: 'Shortcodes', href: null, children: [] },
  { title: 'Github', href: 'https://github.com/alex-shpak/hugo-book', children: [] },
]

describe('hugoMenu', () => {
  it('reads titles, links (none for a label or a role=button), nesting and menu.after; not the languages', () => {
    expect(hugoMenu(HUGO_PAGE, '/docs/example/a/', BASE)).toEqual(EXPECTED_MENU)
  })

  it('reads a menu bundle’s bare words as a label with its entries', () => {
    const html = `<aside class="book-menu"><nav><p>Motto</p><ul><li><p><strong>Pinned</strong></p><ul><li><a href="/go/">Go</a></li></ul></li></ul></nav></aside>`
    expect(hugoMenu(html, '/', BASE)).toEqual([
      { title: 'Pinned', href: null, children: [{ title: 'Go', href: '/go/', children: [] }] },
    ])
  })

  it('resolves relativeURLs links against the page and a sub-path site keeps its prefix', () => {
    const html = `<aside class="book-menu"><nav><ul><li><a href="../../docs/b/">B</a></li><li><a href="https://example.com/sub/docs/c/">C</a></li></ul></nav></aside>`
    expect(hugoMenu(html, '/docs/a/', 'https://example.com/sub/')).toEqual([
      { title: 'B', href: '/sub/docs/b/', children: [] },
      { title: 'C', href: '/sub/docs/c/', children: [] },
    ])
  })
})

describe('ourMenu', () => {
  it('reads the same tree from our markup, leaving out screen-reader-only words', () => {
    expect(ourMenu(OUR_PAGE, '/docs/example/a/', BASE)).toEqual(EXPECTED_MENU)
  })

  it('takes a deferred section’s entries from the menu JSON, and makes its title a label when the section has no body', () => {
    const html = `<nav><div class="menu-tree"><ul><li class="menu-section"><div class="menu-row"><a href="/docs/big/" class="menu-link">Big</a><label class="menu-chevron menu-chevron-deferred"></label></div></li></ul></div></nav>`
    const json = JSON.stringify([
      {
        type: 'section',
        url: '/docs/big/',
        title: 'Big',
        hasContent: false,
        children: [{ type: 'page', url: '/docs/big/x/', title: 'X' }],
      },
    ])
    expect(ourMenu(html, '/', BASE, json)).toEqual([
      { title: 'Big', href: null, children: [{ title: 'X', href: '/docs/big/x/', children: [] }] },
    ])
  })

  it('reads an open section whose own sections are deferred as the open section it is', () => {
    // LeetCode-Go: "Chapter 4" is open in the page; its sections 0001~0099… load from the JSON.
    const html = `<nav><div class="menu-tree"><ul><li class="menu-section"><a href="/leetcode/en/ChapterFour/" class="menu-link">Chapter 4</a><ul><li class="menu-section menu-section-collapsible"><div class="menu-row"><a href="/leetcode/en/ChapterFour/0001~0099/" class="menu-link">0001~0099</a><label for="m" class="menu-chevron menu-chevron-deferred" aria-hidden="true"></label></div><input type="checkbox" id="m" class="menu-toggle menu-toggle-deferred"/><div class="menu-deferred" data-section="/ChapterFour/0001~0099/"></div></li></ul></li></ul></div></nav>`
    const json = JSON.stringify([
      {
        type: 'section',
        url: '/ChapterFour/',
        title: 'Chapter 4',
        hasContent: true,
        children: [
          {
            type: 'section',
            url: '/ChapterFour/0001~0099/',
            title: '0001~0099',
            hasContent: true,
            children: [{ type: 'page', url: '/ChapterFour/0001~0099/0001.Two-Sum/', title: '0001. Two Sum' }],
          },
        ],
      },
    ])
    expect(ourMenu(html, '/en/', 'https://books.halfrost.com/leetcode', json)).toEqual([
      {
        title: 'Chapter 4',
        href: '/leetcode/en/ChapterFour/',
        children: [
          {
            title: '0001~0099',
            href: '/leetcode/en/ChapterFour/0001~0099/',
            children: [
              { title: '0001. Two Sum', href: '/leetcode/en/ChapterFour/0001~0099/0001.Two-Sum/', children: [] },
            ],
          },
        ],
      },
    ])
  })

  it('reads a deferred section of a language under a sub-path, whose JSON URLs have neither', () => {
    // As the build writes /sub/path/cn/: the JSON (cn/menu/tree.<hash>.json) says /docs/guide/, the page /sub/path/cn/docs/guide/.
    const html = `<nav><div class="menu-tree"><ul><li class="menu-section"><div class="menu-row"><a href="/sub/path/cn/docs/guide/" class="menu-link">指南</a><label for="m" class="menu-chevron menu-chevron-deferred" aria-hidden="true"></label></div><input type="checkbox" id="m" class="menu-toggle menu-toggle-deferred"/><div class="menu-deferred" data-section="/docs/guide/"></div></li><li><a href="/sub/path/cn/docs/glossary/" class="menu-link">术语表</a></li></ul></div></nav>`
    const json = JSON.stringify([
      {
        type: 'section',
        url: '/docs/guide/',
        title: '指南',
        hasContent: false,
        children: [
          { type: 'page', url: '/docs/guide/setup/', title: '安装' },
          { type: 'section', url: '/docs/guide/more/', title: '更多', hasContent: true, children: [] },
        ],
      },
      { type: 'page', url: '/docs/glossary/', title: '术语表' },
    ])
    expect(ourMenu(html, '/cn/', 'https://owner.example.org/sub/path/', json)).toEqual([
      {
        title: '指南',
        href: null,
        children: [
          { title: '安装', href: '/sub/path/cn/docs/guide/setup/', children: [] },
          { title: '更多', href: '/sub/path/cn/docs/guide/more/', children: [] },
        ],
      },
      { title: '术语表', href: '/sub/path/cn/docs/glossary/', children: [] },
    ])
  })

  it('reads every list of a menu bundle, as hugo-book shows them one after another', () => {
    const html = `<nav><div class="menu-tree"><ul><li><a href="/go/">Go</a></li></ul><hr><ul><li><a href="/rust/">Rust</a></li></ul></div></nav>`
    expect(ourMenu(html, '/', BASE).map((item) => item.title)).toEqual(['Go', 'Rust'])
  })

  it('fails loudly when a deferred section is missing from the JSON', () => {
    const html = `<nav><div class="menu-tree"><ul><li><a href="/docs/big/">Big</a><label class="menu-chevron-deferred"></label></li></ul></div></nav>`
    expect(() => ourMenu(html, '/', BASE, '[]')).toThrow('/docs/big/')
  })
})

describe('menuFileFor', () => {
  it('gives each page its own language’s menu file', () => {
    const files = ['menu/tree.aaa.json', 'cn/menu/tree.bbb.json']
    expect(menuFileFor('/', files)).toBe('menu/tree.aaa.json')
    expect(menuFileFor('/docs/a/', files)).toBe('menu/tree.aaa.json')
    expect(menuFileFor('/cn/', files)).toBe('cn/menu/tree.bbb.json')
    expect(menuFileFor('/cn/docs/a/', files)).toBe('cn/menu/tree.bbb.json')
    // defaultContentLanguageInSubdir: no file at the root.
    const inSubdirs = ['en/menu/tree.ccc.json', 'zh/menu/tree.ddd.json']
    expect(menuFileFor('/zh/ChapterOne/', inSubdirs)).toBe('zh/menu/tree.ddd.json')
    expect(menuFileFor('/', inSubdirs)).toBeUndefined()
  })
})

describe('diffMenus', () => {
  it('names each differing title, link and missing entry by its position', () => {
    const ours: MenuItem[] = [
      { ...EXPECTED_MENU[0]!, children: [{ title: 'Page A!', href: '/docs/example/a/', children: [] }] },
      { title: 'Shortcodes', href: '/docs/shortcodes/', children: [] },
    ]
    expect(diffMenus(EXPECTED_MENU, ours)).toEqual([
      '1.1 title: Hugo "Page A", ours "Page A!"',
      '1.2 only Hugo: "Collapsed" (label)',
      '1.3 only Hugo: "Open" /docs/example/open/',
      '2 "Shortcodes" href: Hugo (label), ours /docs/shortcodes/',
      '3 only Hugo: "Github" https://github.com/alex-shpak/hugo-book',
    ])
    expect(diffMenus(EXPECTED_MENU, EXPECTED_MENU)).toEqual([])
  })
})

describe('articles', () => {
  it('compares the same text and ids when our leading heading is the page’s own # heading', () => {
    const hugo = hugoArticle(HUGO_PAGE)
    expect(hugo).toEqual({
      ids: ['intro', 'next'],
      text: 'Intro Some text here. Next End.',
      normalised: [],
      idlessHeadings: [],
    })
    const ours = ourArticle(OUR_PAGE, hugo!.text)
    expect(ours?.text).toBe(hugo!.text)
    expect(ours?.ids).toEqual(['intro', 'next'])
    expect(idsDiff(hugo!.ids, ours!.ids)).toBeUndefined()
  })

  it('leaves out our title heading when Hugo’s article does not start with it', () => {
    expect(ourArticle(OUR_PAGE, 'Some text here. Next End.')).toEqual({
      ids: ['intro', 'next'],
      text: 'Some text here. Next End.',
      normalised: [],
    })
  })

  it('does not take the title for content when Hugo’s text only starts with the same characters', () => {
    expect(ourArticle(OUR_PAGE, 'Introduction. Some text here. Next End.')?.text).toBe('Some text here. Next End.')
  })

  it('does not count the page title as content when Hugo’s text only begins with the same word', () => {
    // A page titled "Encoding" whose body opens with "## Encoding Menu": the title is not in Hugo's article.
    const html = `<article class="markdown"><h1>Encoding</h1><div class="markdown-body"><h2 id="encoding-menu">Encoding Menu</h2><p>Pick one.</p></div></article>`
    expect(ourArticle(html, 'Encoding Menu Pick one.')?.text).toBe('Encoding Menu Pick one.')
    // A post, whose title hugo-book shows in the article, still counts it.
    expect(ourArticle(html, 'Encoding Encoding Menu Pick one.')?.text).toBe('Encoding Encoding Menu Pick one.')
  })

  it('reads the article of a site whose own baseof drops hugo-book’s class, not a post’s', () => {
    expect(hugoArticle('<main><article class="markdown"><h2 id="a">A</h2><p>x</p></article></main>')).toMatchObject({
      ids: ['a'],
      text: 'A x',
    })
    expect(hugoArticle('<main><article class="markdown book-post"><p>x</p></article></main>')).toBeUndefined()
  })

  it('leaves our code blocks’ language bars out, as Hugo’s blocks have none', () => {
    const html = OUR_PAGE.replace(
      '<p>Some text here.</p>',
      '<p>Some text here.</p><div class="code-block"><div class="code-block-bar"><span class="code-block-language">Go</span></div><pre><code>x := 1</code></pre></div>',
    )
    expect(html).not.toBe(OUR_PAGE)
    expect(ourArticle(html, 'Intro Some text here. x := 1 Next End.')?.text).toBe(
      'Intro Some text here. x := 1 Next End.',
    )
  })

  it('has no article on a page without one', () => {
    expect(hugoArticle('<html><body><p>x</p></body></html>')).toBeUndefined()
    expect(ourArticle('<html><body><p>x</p></body></html>')).toBeUndefined()
  })
})

/** Hugo 0.111 + hugo-book f8a0fc4's article for a page with code, a formula, a footnote and a raw heading (trimmed). */
const HUGO_DOCUMENTED = `<main><article class="markdown book-article">
<div class="highlight"><div style="color:#f8f8f2;"><table><tr><td>
<pre tabindex="0"><code><span style="white-space:pre;-webkit-user-select:none;user-select:none;margin-right:0.4em">1
</span><span style="white-space:pre;-webkit-user-select:none;user-select:none;margin-right:0.4em">2
</span></code></pre></td>
<td><pre tabindex="0"><code class="language-go" data-lang="go"><span style="display:flex;"><span>a := 1
</span></span><span style="display:flex;"><span>b := 2
</span></span></code></pre></td></tr></table></div></div>
<pre tabindex="0" class="chroma"><code><span class="line"><span class="ln">1</span><span class="cl">c := 3
</span></span></code></pre>
<p>Inline: <span>
  \\(\\pi(x)\\)
</span>
, in the line.</p>
<p>Before a note <span>
  \\(x\\)
</span>
<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" role="doc-noteref">2</a></sup>.</p>
<p>Text<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> and 中文

  <a href="/docs/x/">链接</a>.</p>
<h2>Raw</h2>
<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1">
<p>A note.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li></ol></div>
</article></main>`

/** The same page built here (trimmed): Shiki with CSS line numbers, KaTeX typeset, remark's footnotes. */
const OUR_DOCUMENTED = `<article class="markdown"><h1>Code</h1><div class="markdown-body">
<pre class="shiki line-numbers"><code><span class="line" data-line="1">a := 1</span>
<span class="line" data-line="2">b := 2</span></code></pre>
<pre class="shiki line-numbers"><code><span class="line" data-line="1">c := 3</span></code></pre>
<p>Inline: <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>π</mi></mrow><annotation encoding="application/x-tex">\\pi(x)</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">π</span><span class="mopen">(</span><span class="mord">x</span><span class="mclose">)</span></span></span>, in the line.</p>
<p>Before a note <span class="katex"><annotation encoding="application/x-tex">x</annotation></span><sup><a href="#user-content-fn-2" data-footnote-ref="">2</a></sup>.</p>
<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="">1</a></sup> and 中文
<a href="/docs/x/">链接</a>.</p>
<h2 id="raw">Raw</h2>
<section data-footnotes="" class="footnotes"><h2 class="footnotes-title" id="footnote-label">Footnotes</h2>
<ol><li id="user-content-fn-1"><p>A note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li></ol>
</section></div></article>`

describe('documented differences', () => {
  it('takes line numbers, formulas, footnote titles and back links, portable links’ breaks and raw headings’ ids out of both sides', () => {
    const hugo = hugoArticle(HUGO_DOCUMENTED)!
    const ours = ourArticle(OUR_DOCUMENTED, hugo.text, hugo.idlessHeadings)!
    expect(hugo.text).toBe(
      'a := 1 b := 2 c := 3 Inline: ⟨\\pi(x)⟩, in the line. Before a note ⟨x⟩2. Text1 and 中文 链接. Raw A note.',
    )
    expect(ours.text).toBe(hugo.text)
    expect(idsDiff(hugo.ids, ours.ids)).toBeUndefined()
    expect(hugo.normalised).toEqual(['line numbers', 'build-time KaTeX', 'footnotes', 'portable links'])
    expect(ours.normalised).toEqual(['build-time KaTeX', 'footnotes', 'raw HTML heading ids'])
  })

  it('leaves a formula’s TeX, a number in the code and a heading with an id alone when they differ', () => {
    const hugo = hugoArticle(
      '<article class="markdown book-article"><pre><code>x = 10\n</code></pre><p><span>\\(a+b\\)</span></p><h2 id="raw">Raw</h2></article>',
    )!
    const ours = ourArticle(
      '<article class="markdown"><div class="markdown-body"><pre><code>x = 1</code></pre><p><span class="katex"><annotation encoding="application/x-tex">a-b</annotation></span></p><h2 id="raw-1">Raw</h2></div></article>',
      hugo.text,
      hugo.idlessHeadings,
    )!
    expect(textDiff(hugo.text, ours.text)).toBe('at character 5: Hugo "x = 1[0 ⟨a+]b⟩ Raw" / ours "x = 1[ ⟨a-]b⟩ Raw"')
    expect(idsDiff(hugo.ids, ours.ids)).toBe('Hugo only: raw; ours only: raw-1')
  })
})

describe('CJK emphasis and portable links', () => {
  it('reads goldmark’s literal ** next to CJK as the bold it is here, and drops the link hook’s break', () => {
    const hugo = hugoArticle(
      '<article class="markdown book-article"><p>一种**选择排序，**它 and **not here** 参考:\n  <a href="/x/">x</a> soft\n<a href="/y/">y</a></p><pre><code>**a**中</code></pre></article>',
    )!
    expect(hugo.text).toBe('一种选择排序，它 and **not here** 参考:x soft y **a**中')
    expect(hugo.normalised).toEqual(['CJK emphasis', 'portable links'])
  })
})

describe('post date', () => {
  it('leaves out the date hugo-book shows under a post’s title, which ours shows in the line under it', () => {
    const hugo = hugoArticle(
      '<article class="markdown"><h1><a href="/posts/a/">Welcome</a></h1><h5>2022-12-12</h5><p>Text.</p></article>',
    )!
    expect(hugo.text).toBe('Welcome Text.')
    expect(hugo.normalised).toEqual(['post date'])
    const ours = ourArticle(
      '<article class="markdown"><h1>Welcome</h1><div class="page-meta"><time>2022-12-12</time></div><div class="markdown-body"><p>Text.</p></div></article>',
      hugo.text,
    )!
    expect(ours.text).toBe(hugo.text)
  })
})

describe('withHugoRepeats', () => {
  it('reads our unique x-1 as the id Hugo repeats, and leaves a real x-1 alone', () => {
    expect(withHugoRepeats(['expand', 'content', 'content'], ['expand', 'content', 'content-1'])).toEqual({
      ids: ['expand', 'content', 'content'],
      changed: true,
    })
    expect(withHugoRepeats(['step-1', 'content'], ['step-1', 'content-1'])).toEqual({
      ids: ['step-1', 'content-1'],
      changed: false,
    })
  })
})

describe('leaks and links', () => {
  it('finds a placeholder or a stray --> in our page that Hugo’s has not', () => {
    const article = (body: string): string => `<article class="markdown">${body}</article>`
    expect(leakIn(article('<p>a \uFDD0S0\uFDD1 b</p>'), article('<p>a</p>'))).toMatch(/^placeholder/)
    expect(leakIn('<h1 id="hahahugoshortcodes0hbhb"></h1>', '<h1 id="title"></h1>')).toMatch(/^placeholder/)
    // Hugo's own placeholder id (a `{{< >}}` in a heading) is Hugo's, not a leak of ours.
    expect(leakIn('<h1 id="hahahugoshortcode-s0-hbhb">', '<h1 id="hahahugoshortcode-s0-hbhb">')).toBeUndefined()
    expect(leakIn(article('<ul><li>item<p>–&gt;</p></li></ul>'), article('<ul><li>item</li></ul>'))).toBe(
      "1 more --> in the text than Hugo's",
    )
    expect(leakIn(article('<p>a --&gt; b</p>'), article('<p>a --&gt; b</p>'))).toBeUndefined()
    // A site shortcode's column separator, shown as written, is not a comment's end; nor ASCII art in code.
    expect(leakIn(article('<p>one &lt;---&gt; two</p>'), article('<p>one</p>'))).toBeUndefined()
    expect(leakIn(article('<pre><code>a ----> b</code></pre>'), article('<svg><text>a</text></svg>'))).toBeUndefined()
  })

  it('counts the links that lead nowhere only in ours', () => {
    expect(
      articleLinks(
        '<article class="markdown book-article"><a href="b/">B</a><a href="#top">T</a><a href="mailto:x@y">M</a><a href="https://other.org/">O</a></article>',
        '/docs/a/',
        BASE,
      ),
    ).toEqual(['/docs/a/b/', '/docs/a/#top'])
    const pages = new Set(['/docs/setup/', '/docs/a/'])
    const exists = (href: string): boolean => pages.has(href.replace(/#.*/, ''))
    // Hugo finds docs/Setup; ours wrote the ref as a relative link: broken only in ours.
    expect(brokenOnlyInOurs(['/docs/setup/'], ['/docs/a/docs/Setup'], exists, exists)).toEqual(['/docs/a/docs/Setup'])
    // A link both sides break is not counted.
    expect(brokenOnlyInOurs(['/docs/gone/'], ['/docs/gone/'], exists, exists)).toEqual([])
  })
})

describe('textDiff', () => {
  it('shows where the texts part, with a little context', () => {
    expect(textDiff('It’s here', 'It’s here')).toBeUndefined()
    expect(textDiff('There isn’t one', "There isn't one")).toBe(
      `at character 9: Hugo "There isn[’]t one" / ours "There isn[']t one"`,
    )
  })
})

describe('idsDiff', () => {
  it('says which ids one side lacks, or that only the order differs', () => {
    expect(idsDiff(['a', 'b'], ['a', 'b'])).toBeUndefined()
    expect(idsDiff(['a', 'b'], ['a', 'c'])).toBe('Hugo only: b; ours only: c')
    expect(idsDiff(['a', 'b'], ['b', 'a'])).toBe('same ids, other order or count: Hugo a, b; ours b, a')
  })
})

describe('normaliseHref and isRedirectPage', () => {
  it('turns links to the site into paths and keeps other hosts whole', () => {
    expect(normaliseHref('/docs/%E4%B8%AD/', '/', BASE)).toBe('/docs/中/')
    expect(normaliseHref('b/', '/docs/a/', BASE)).toBe('/docs/a/b/')
    expect(normaliseHref('https://other.org/x', '/', BASE)).toBe('https://other.org/x')
    // A site whose baseURL is a bare path.
    expect(normaliseHref('../b/', '/docs/a/', '/')).toBe('/docs/b/')
    expect(normaliseHref('https://other.org/x', '/', '/')).toBe('https://other.org/x')
  })

  it('knows Hugo’s alias pages', () => {
    expect(
      isRedirectPage(
        '<!DOCTYPE html><html><head><title>https://example.com/</title><meta http-equiv="refresh" content="0; url=https://example.com/"></head></html>',
      ),
    ).toBe(true)
    expect(isRedirectPage('<html><body><article>text</article></body></html>')).toBe(false)
  })
})

describe('withPassthroughMath', () => {
  // jinbridger: `$…$` with passthrough configured; Hugo 0.111 shows the dollars, `_x$, 设 $P_` as emphasis.
  const hugo = hugoArticle(
    '<article class="markdown book-article"><p>下标为 $i<em>x$, 设 $\\mathbf P</em>i$ 代表</p><p>$$\nz_i = 1\n$$</p></article>',
  )!
  const ours = ourArticle(
    '<article class="markdown"><div class="markdown-body"><p>下标为 <span class="katex"><annotation encoding="application/x-tex">i_x</annotation></span>, 设 ' +
      '<span class="katex"><annotation encoding="application/x-tex">\\mathbf P_i</annotation></span> 代表</p>' +
      '<p><span class="katex"><annotation encoding="application/x-tex">z_i = 1</annotation></span></p></div></article>',
  )!

  it('makes each formula ⟨math⟩ on both sides: dollars in Hugo’s text, typeset formulas in ours', () => {
    expect(textDiff(hugo.text, ours.text)).toBeDefined()
    const math = withPassthroughMath(hugo.text, ours.text)
    expect(math).toEqual({
      hugo: '下标为 ⟨math⟩, 设 ⟨math⟩ 代表 ⟨math⟩',
      ours: '下标为 ⟨math⟩, 设 ⟨math⟩ 代表 ⟨math⟩',
      changed: true,
    })
  })

  it('still sees text that differs around the formulas, and a page without dollars is left alone', () => {
    const math = withPassthroughMath(hugo.text, ours.text.replace('代表', '表示'))
    expect(textDiff(math.hugo, math.ours)).toBeDefined()
    expect(withPassthroughMath('no formula here', 'no formula here')).toEqual({
      hugo: 'no formula here',
      ours: 'no formula here',
      changed: false,
    })
  })

  it('leaves dollars in code (a shell prompt) and a dollar followed by a space alone, on both sides', () => {
    const page = (body: string) => `<article class="markdown book-article">${body}</article>`
    const hugoCode = hugoArticle(page('<pre><code>$ ls\n$ cd</code></pre><p>see ($ 表示最新消息) 用 $ here</p>'), {
      passthroughMath: true,
    })!
    const ourCode = ourArticle(
      '<article class="markdown"><div class="markdown-body"><pre><code>$ ls\n$ cd</code></pre><p>see ($ 表示最新消息) 用 $ here</p></div></article>',
      undefined,
      [],
      { passthroughMath: true },
    )!
    const math = withPassthroughMath(hugoCode.text, ourCode.text)
    expect(math.hugo).toBe('＄ ls ＄ cd see ($ 表示最新消息) 用 $ here')
    expect(textDiff(math.hugo, math.ours)).toBeUndefined()
  })
})

describe('hugo-book’s KaTeX include', () => {
  it('is taken out with its line breaks: no space before a page’s first formula (missing-web: 高达 ⟨26!⟩)', () => {
    const hugo = hugoArticle(
      '<article class="markdown book-article"><p>而高达\n<link rel="stylesheet" href="/missing/katex/katex.min.css" />\n' +
        '<script defer src="/missing/katex/katex.min.js"></script>\n<script defer src="/missing/katex/auto-render.min.js"></script>' +
        '<span>\n  \\(26!\\)\n</span>\n种加密情况</p></article>',
    )!
    const ours = ourArticle(
      '<article class="markdown"><div class="markdown-body"><p>而高达<span class="katex"><annotation encoding="application/x-tex">26!</annotation></span>种加密情况</p></div></article>',
    )!
    expect(hugo.text).toBe('而高达⟨26!⟩种加密情况')
    expect(hugo.normalised).toContain('build-time KaTeX')
    expect(textDiff(hugo.text, ours.text)).toBeUndefined()
  })

  it('keeps a space the author wrote before the formula', () => {
    const hugo = hugoArticle(
      '<article class="markdown book-article"><p>up to \n<link rel="stylesheet" href="/katex/katex.min.css" />' +
        '<span>\n  \\(n\\)\n</span>\n ways</p></article>',
    )!
    expect(hugo.text).toBe('up to ⟨n⟩ ways')
  })
})
