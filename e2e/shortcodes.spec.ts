/**
 * hugo-book's shortcodes and Markdown extensions as a reader meets them, in the fixture
 * Hugo site (e2e/fixtures/hugo-site/content/docs/shortcodes/, served on port 4175):
 * each page there exercises a group of them.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, readerText } from './support/site'
import { scaled } from './support/time-scale'

const HUGO_SITE = 'http://localhost:4175'
const SECTION = `${HUGO_SITE}/docs/shortcodes/`
const HINTS = `${SECTION}hints/`
const LAYOUT = `${SECTION}layout/`
const DIAGRAMS = `${SECTION}diagrams/`
const LINKS = `${SECTION}links/`

const article = (page: Page) => page.locator('main article')

/** The tabs group whose labels are `names`: its labels, its panels, and the panel of one tab. */
function tabGroup(page: Page, names: string[]) {
  const group = article(page)
    .locator('.book-tabs')
    .filter({ has: page.locator('label', { hasText: names[0] }) })
  return {
    labels: group.locator('> label'),
    panel: (index: number) => group.locator('> .book-tabs-content').nth(index),
    radio: (index: number) => group.locator('> input[type="radio"]').nth(index),
  }
}

async function expectTabsSwitch(page: Page, names: string[], firstText: string, secondText: string) {
  const tabs = tabGroup(page, names)
  await expect(tabs.labels).toHaveText(names)
  await expect(tabs.radio(0)).toBeChecked()
  await expect(tabs.panel(0)).toBeVisible()
  await expect(tabs.panel(0)).toContainText(firstText)
  await expect(tabs.panel(1)).toBeHidden()
  await tabs.labels.nth(1).click()
  await expect(tabs.panel(1)).toBeVisible()
  await expect(tabs.panel(1)).toContainText(secondText)
  await expect(tabs.panel(0)).toBeHidden()
  await expect(tabs.radio(1)).toBeChecked()
}

async function boxes(locator: Locator) {
  const all = []
  for (const item of await locator.all()) all.push((await item.boundingBox())!)
  return all
}

test.describe('shortcodes in a migrated hugo-book site', () => {
  test('hints show their kind, from either delimiter; GitHub alerts are hints with a title', async ({
    page,
    health,
  }) => {
    await page.goto(HINTS)
    const hints = article(page).locator('blockquote.book-hint')
    const kinds = await hints.evaluateAll((quotes) =>
      quotes.map((quote) => [...quote.classList].filter((name) => name !== 'book-hint').join(' ')),
    )
    expect(kinds).toEqual([
      'info',
      'success',
      'warning',
      'danger',
      'note',
      'tip',
      'note',
      'tip',
      'important',
      'warning',
      'caution',
    ])
    // {{< hint >}} content is Markdown too, as hugo-book's template renders it.
    await expect(hints.first().locator('strong')).toHaveText('信息')
    await expect(hints.nth(1).locator('strong')).toHaveText('成功')
    expect(await readerText(hints.first())).toBe('信息：用尖括号写的提示，内容照样按 Markdown 渲染。')
    // Each kind has its own colour.
    const colours = await hints.evaluateAll((quotes) =>
      quotes.slice(0, 4).map((quote) => getComputedStyle(quote).borderLeftColor),
    )
    expect(new Set(colours).size).toBe(4)

    const alerts = article(page).locator('blockquote.book-hint:has(> .book-hint-title)')
    await expect(alerts.locator('> .book-hint-title')).toHaveText(['注意', '提示', '重要', '警告', '小心'])
    await expect(alerts.nth(2)).toContainText('这是一条重要信息。')
    await expect(article(page)).not.toContainText('[!')
    await health.expectNone(page)
  })

  test('details open on a click; the open one and expand behave as written', async ({ page }) => {
    await page.goto(HINTS)
    const closed = article(page).locator('details', { has: page.locator('summary', { hasText: '点开看答案' }) })
    await expect(closed.getByText('答案是')).toBeHidden()
    await closed.locator('summary').click()
    await expect(closed.getByText('答案是')).toBeVisible()
    await expect(closed.locator('strong')).toHaveText('42')

    const open = article(page).locator('details', { has: page.locator('summary', { hasText: '默认展开' }) })
    await expect(open.getByText('这一段一开始就能看到。')).toBeVisible()

    const expand = article(page).locator('details', { has: page.locator('summary', { hasText: '旧写法 expand' }) })
    await expect(expand.getByText('expand 是 details 的旧名字。')).toBeHidden()
    await expand.locator('summary').click()
    await expect(expand.getByText('expand 是 details 的旧名字。')).toBeVisible()
  })

  test('tabs, with and without an id: the first selected, a click shows another', async ({ page, health }) => {
    await page.goto(LAYOUT)
    await expectTabsSwitch(page, ['macOS', 'Linux', 'Windows'], 'Homebrew', 'apt')
    await expectTabsSwitch(page, ['第一页', '第二页'], '第一页的内容。', '第二页的内容。')
    await health.expectNone(page)
  })

  test('columns stand side by side on a wide screen, in the given ratio, and stack on a phone', async ({
    page,
  }, testInfo) => {
    await page.goto(LAYOUT)
    const separated = await boxes(article(page).locator('.book-columns').first().locator('> .book-column'))
    const listed = await boxes(article(page).locator('.book-columns').nth(1).locator('li.book-column'))
    expect(separated).toHaveLength(3)
    expect(listed).toHaveLength(2)
    const headings = article(page).locator('.book-columns').first().locator('h3')
    expect(await Promise.all((await headings.all()).map((heading) => readerText(heading)))).toEqual([
      '左栏',
      '中栏',
      '右栏',
    ])
    if (isPhone(testInfo)) {
      for (let index = 1; index < separated.length; index++)
        expect(separated[index]!.y).toBeGreaterThanOrEqual(separated[index - 1]!.y + separated[index - 1]!.height)
      return
    }
    for (let index = 1; index < separated.length; index++) {
      expect(Math.abs(separated[index]!.y - separated[index - 1]!.y)).toBeLessThan(2)
      expect(separated[index]!.x).toBeGreaterThan(separated[index - 1]!.x + separated[index - 1]!.width - 1)
    }
    // ratio="1:2"
    expect(Math.abs(listed[0]!.y - listed[1]!.y)).toBeLessThan(2)
    expect(listed[1]!.width / listed[0]!.width).toBeGreaterThan(1.8)
    expect(listed[1]!.width / listed[0]!.width).toBeLessThan(2.2)
  })

  test('steps are numbered; buttons link out in a new tab, or to a page by relref', async ({ page }) => {
    await page.goto(LAYOUT)
    const steps = article(page).locator('.book-steps ol > li')
    await expect(steps).toHaveCount(3)
    await expect(steps.first()).toContainText('准备：装好 Node.js。')
    // Numbered by a CSS counter drawn before each step, in place of the list's own markers.
    expect(
      await steps.evaluateAll((items) =>
        items.map((item) => [getComputedStyle(item).listStyleType, getComputedStyle(item, '::before').content]),
      ),
    ).toEqual(Array(3).fill(['none', 'counter(step)']))

    const external = article(page).locator('a.book-btn', { hasText: 'Hugo 官网' })
    await expect(external).toHaveAttribute('href', 'https://gohugo.io/')
    await expect(external).toHaveAttribute('target', '_blank')
    await expect(external).toHaveAttribute('rel', /noopener/)
    const internal = article(page).locator('a.book-btn', { hasText: '快速开始' })
    await expect(internal).toHaveClass(/\bprimary\b/)
    await expect(internal).not.toHaveAttribute('target', /.*/)
    await internal.click()
    await expect(page).toHaveURL(`${HUGO_SITE}/docs/getting-started/`)
    await expect(article(page).locator('h1')).toHaveText('快速开始')
  })

  test('section lists the pages below, with their descriptions when asked', async ({ page }) => {
    await page.goto(SECTION)
    const list = article(page).locator('dl.book-section-list')
    await expect(list.locator('dt')).toHaveText(['提示与折叠', '标签页与分栏', '图表与公式', '链接与标题', '子分区'])
    await expect(list.locator('dd').first()).toHaveText('hint 的六种样式、GitHub 提醒、details 与 expand。')
    // The intro shows the escaped shortcode it was made with.
    await expect(article(page).locator('p code').first()).toHaveText('{{< section summary >}}')
    await list.locator('dt a', { hasText: '子分区' }).click()
    await expect(page).toHaveURL(`${SECTION}sub/`)
    await expect(article(page).locator('dl.book-section-list dt')).toHaveText(['子页面'])
    await expect(article(page).locator('dl.book-section-list dd')).toHaveCount(0)
  })

  test('mermaid diagrams are drawn as SVG, from the shortcode and from a code block', async ({ page, health }) => {
    await page.goto(DIAGRAMS)
    const diagrams = article(page).locator('pre.mermaid')
    await expect(diagrams).toHaveCount(2)
    for (const diagram of await diagrams.all())
      await expect(diagram.locator('svg')).toBeVisible({ timeout: scaled(20_000) })
    await expect(diagrams.first().locator('svg')).toContainText('构建')
    await expect(diagrams.nth(1).locator('svg')).toContainText('读者')
    await health.expectNone(page)
  })

  test('KaTeX typesets every form of math at build time', async ({ page, health }) => {
    await page.goto(DIAGRAMS)
    const sources = await article(page)
      .locator('.katex annotation[encoding="application/x-tex"]')
      .evaluateAll((annotations) => annotations.map((annotation) => annotation.textContent?.trim()))
    expect(sources).toEqual([
      'E = mc^2',
      '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
      '\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}',
      'a^2 + b^2 = c^2',
      '\\sqrt{2} \\approx 1.414',
    ])
    // Inline forms stay in their sentence; the display forms are blocks.
    await expect(article(page).locator('p', { hasText: '短代码写的行内公式' }).locator('.katex')).toHaveCount(1)
    await expect(article(page).locator('p', { hasText: 'passthrough 写的行内公式' }).locator('.katex')).toHaveCount(1)
    await expect(article(page).locator('.math-display .katex-display')).toHaveCount(3)
    // KaTeX's stylesheet is loaded: the MathML copy is for screen readers, the HTML is drawn.
    await expect(article(page).locator('.katex-html').first()).toBeVisible()
    expect(
      await article(page)
        .locator('.katex-mathml')
        .first()
        .evaluate((node) => getComputedStyle(node).position),
    ).toBe('absolute')
    await expect(article(page)).not.toContainText('$$')
    await expect(article(page)).not.toContainText('\\(')
    await health.expectNone(page)
  })

  test('ref, relref and relative .md links lead to the right pages', async ({ page }) => {
    await page.goto(LINKS)
    await expect(article(page).locator('p', { hasText: '单独写的 ref' })).toHaveText(
      '单独写的 ref：/docs/guide/install/',
    )
    const hrefs = await article(page)
      .locator('p a')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((link) => [link.textContent, decodeURI(link.getAttribute('href') ?? '')])),
      )
    expect(hrefs).toMatchObject({
      安装步骤: '/docs/guide/install/',
      构建一节: '/docs/getting-started/#构建',
      上一层的快速开始: '/docs/getting-started/',
      子分区: '/docs/shortcodes/sub/',
    })

    await article(page).getByRole('link', { name: '安装步骤' }).click()
    await expect(article(page).locator('h1')).toHaveText('安装')
    await page.goto(LINKS)
    await article(page).getByRole('link', { name: '构建一节' }).click()
    await expect(article(page).locator('h1')).toHaveText('快速开始')
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#构建')
    await page.goto(LINKS)
    await article(page).getByRole('link', { name: '子分区' }).click()
    await expect(article(page).locator('h1')).toHaveText('子分区')
  })

  test('heading attributes set the id or drop the anchor', async ({ page }) => {
    await page.goto(LINKS)
    const custom = article(page).locator('h2#custom-id')
    expect(await readerText(custom)).toBe('自定义 id 的标题')
    await expect(custom.locator('a.heading-anchor')).toHaveAttribute('href', '#custom-id')
    const noAnchor = article(page).locator('h2', { hasText: '没有锚点的标题' })
    await expect(noAnchor).toHaveText('没有锚点的标题')
    await expect(noAnchor.locator('a')).toHaveCount(0)
  })

  test('an escaped shortcode is shown as written; an unknown one shows its content', async ({ page }) => {
    await page.goto(LINKS)
    await expect(article(page).locator('p', { hasText: '写法示例' })).toHaveText(
      '写法示例：{{< hint info >}} 原样显示。',
    )
    await expect(article(page).locator('p', { hasText: '代码里也一样' }).locator('code')).toHaveText(
      '{{< details "标题" >}}',
    )
    const unknown = article(page).locator('p', { hasText: '未知短代码里的' })
    await expect(unknown).toHaveText('未知短代码里的内容照样显示。')
    await expect(unknown.locator('strong')).toHaveText('内容')
    await expect(article(page)).not.toContainText('podcast')
  })

  test('Hugo’s embeds are links to the video, gist or post on its site, and nothing is loaded from it', async ({
    page,
  }) => {
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== 'localhost') elsewhere.push(request.url())
    })
    await page.goto(LINKS)
    const embeds = article(page).locator('a.book-embed')
    await expect(embeds).toHaveCount(5)
    expect(
      await embeds.evaluateAll((links) =>
        links.map((link) => [link.querySelector('.book-embed-title')!.textContent, link.getAttribute('href')]),
      ),
    ).toEqual([
      ['Hugo 入门讲座', 'https://www.youtube.com/watch?v=w7Ft2ymGmfc'],
      ['Vimeo 视频', 'https://vimeo.com/146022717'],
      ['spf13/img.html', 'https://gist.github.com/spf13/7896402#file-img-html'],
      ['X 上的帖子', 'https://x.com/SanDiegoZoo/status/1453110110599868418'],
      ['Instagram 帖子', 'https://www.instagram.com/p/BWNjjyYFxVx/'],
    ])
    // Each box is one link, named by what it is and what following it does, and it fits the column.
    const youtube = article(page).getByRole('link', { name: /Hugo 入门讲座.*在 YouTube 上观看/ })
    await expect(youtube).toBeVisible()
    const box = (await youtube.boundingBox())!
    const column = (await article(page).boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 1)
    await page.waitForLoadState('networkidle')
    expect(elsewhere).toEqual([])
  })
})

test.describe('no shortcode reaches a page', () => {
  test('no page of the sitemap shows {{< or {{% outside code, except the one escaped on purpose', async ({
    request,
  }, testInfo) => {
    test.skip(isPhone(testInfo), 'the HTML is the same on every screen')
    const sitemap = await (await request.get(`${HUGO_SITE}/sitemap.xml`)).text()
    const paths = [...sitemap.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) =>
      decodeURI(new URL(match[1]!).pathname),
    )
    expect(paths).toEqual(expect.arrayContaining(['/docs/shortcodes/', '/docs/shortcodes/links/', '/posts/']))
    const found: Record<string, string[]> = {}
    for (const path of paths) {
      const response = await request.get(`${HUGO_SITE}${encodeURI(path)}`)
      expect(response.status(), path).toBe(200)
      const shown = (await response.text())
        // Code shows shortcodes on purpose; scripts carry the page's data, not what is shown.
        .replace(/<(script|pre|code)\b[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/&#x3C;|&lt;|&#60;/gi, '<')
        .replace(/&gt;/gi, '>')
        .replace(/&#x25;|&#37;/gi, '%')
      const hits = [...shown.matchAll(/\{\{[<%][^}]*\}\}/g)].map((match) => match[0])
      if (hits.length > 0) found[path] = hits
    }
    // links.md writes {{</* hint info */>}} as text: Hugo shows it so, and so does this site. /docs/ has no
    // text of its own and lists its pages with their summaries: the shortcodes page's quotes one in code.
    expect(found).toEqual({
      '/docs/': ['{{< section summary >}}'],
      '/docs/shortcodes/links/': ['{{< hint info >}}'],
    })
  })
})
