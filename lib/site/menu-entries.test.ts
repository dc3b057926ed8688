import { describe, expect, it } from 'vitest'
import { parseSource } from '../formats/front-matter'
import { mergeMenuEntries, orderMenuEntries, resolveMenuPageRefs, type MenuPage } from './menu-entries'
import { readPageMeta } from '../content/page-meta'
import { contentErrorOf, siteFromFolder, writeFixture } from '../../test/support/content'

const meta = (text: string) => readPageMeta(parseSource(text, 'a.md'), 'a.md')

describe('front-matter menu entries (Hugo’s forms)', () => {
  it('a menu name, a list of names, or a table of entries', () => {
    expect(meta('---\nmenu: after\n---\n').menus).toEqual([{ menu: 'after' }])
    expect(meta('---\nmenu: ["before", "After"]\n---\n').menus).toEqual([{ menu: 'before' }, { menu: 'after' }])
    expect(meta('---\nmenu:\n  after:\n    name: 关于\n    weight: 5\n---\n').menus).toEqual([
      { menu: 'after', name: '关于', weight: 5 },
    ])
    expect(meta('---\nmenus:\n  before: {}\n  main:\n    Weight: "3"\n---\n').menus).toEqual([
      { menu: 'before' },
      { menu: 'main', weight: 3 },
    ])
    expect(meta('+++\n[menu.after]\nname = "TOML 写法"\nweight = 2\n+++\n').menus).toEqual([
      { menu: 'after', name: 'TOML 写法', weight: 2 },
    ])
    expect(meta('{ "menu": { "before": null } }\n').menus).toEqual([{ menu: 'before' }])
    expect(meta('---\ntitle: 无菜单\n---\n').menus).toEqual([])
  })

  it('an unusable value stops the build with the line and the forms to write', () => {
    const error = contentErrorOf(() => meta('---\ntitle: a\nmenu: 5\n---\n'))
    expect(error.line).toBe(3)
    expect(error.message).toBe('menu: expected a menu name, a list of names or a table of entries, found 5')
    expect(error.hint).toMatch(/menu: after/)
    expect(contentErrorOf(() => meta('---\nmenu:\n  after:\n    weight: heavy\n---\n')).message).toBe(
      'menu: after.weight: expected a whole number, found "heavy"',
    )
    expect(contentErrorOf(() => meta('---\nmenu:\n  after: 3\n---\n')).message).toMatch(
      /^menu: after: expected the entry's name and weight/,
    )
  })
})

describe('ordering the before / after entries', () => {
  it('by weight, ties in written order, entries without a weight (or 0) last in written order', () => {
    const entries = [
      { name: 'none-1', url: '/1/' },
      { name: 'w20', url: '/2/', weight: 20 },
      { name: 'zero', url: '/3/', weight: 0 },
      { name: 'w10-a', url: '/4/', weight: 10 },
      { name: 'none-2', url: '/5/' },
      { name: 'w10-b', url: '/6/', weight: 10 },
      { name: 'negative', url: '/7/', weight: -1 },
    ]
    expect(orderMenuEntries(entries).map((entry) => entry.name)).toEqual([
      'negative',
      'w10-a',
      'w10-b',
      'w20',
      'none-1',
      'zero',
      'none-2',
    ])
  })

  it('adds the pages that ask for an entry, shown by their link title whatever the entry’s name (as hugo-book), weighted by their entry or page weight', () => {
    const page = (filePath: string, linkTitle: string, weight: number, menus: MenuPage['meta']['menus']): MenuPage => ({
      url: `/${filePath.replace(/\.md$/, '')}/`,
      filePath,
      linkTitle,
      meta: { weight, menus },
    })
    const entries = mergeMenuEntries(
      {
        before: [{ name: '配置项', url: '/configured/', weight: 15 }],
        after: [{ name: 'GitHub', url: 'https://github.com/o/r' }],
      },
      [
        page('z.md', 'Z 页', 0, [{ menu: 'before' }]),
        page('b.md', 'B 页', 10, [{ menu: 'before' }, { menu: 'after', name: '页脚里的 B', weight: 1 }]),
        page('a.md', 'A 页', 0, [{ menu: 'before', name: '自定名称', weight: 20 }]),
        page('main.md', '主菜单', 1, [{ menu: 'main' }]),
        { url: '/implicit/', linkTitle: '隐式', meta: { weight: 0, menus: [] } },
      ],
    )
    expect(entries.before).toEqual([
      { name: 'B 页', url: '/b/', weight: 10 },
      { name: '配置项', url: '/configured/', weight: 15 },
      { name: 'A 页', url: '/a/', weight: 20 },
      { name: 'Z 页', url: '/z/' },
    ])
    expect(entries.after).toEqual([
      { name: 'B 页', url: '/b/', weight: 1 },
      { name: 'GitHub', url: 'https://github.com/o/r' },
    ])
  })

  it('the site model merges them with the configured entries', async () => {
    const dir = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n',
      'docs/_index.md': '---\ntitle: 文档\n---\n',
      'docs/a.md': '---\ntitle: 甲\n---\n正文\n',
      'about.md': '---\ntitle: 关于本书\nlinkTitle: 关于\nmenu:\n  after:\n    weight: 5\n---\n正文\n',
      'changelog.md': '---\ntitle: 更新记录\nmenu: before\n---\n正文\n',
      'draft.md': '---\ntitle: 草稿\ndraft: true\nmenu: after\n---\n正文\n',
    })
    const site = await siteFromFolder(dir, {
      menu: {
        after: [
          { name: 'GitHub', url: 'https://github.com/o/r', weight: 10 },
          { name: '无权重', url: '/x/' },
        ],
      },
    })
    expect(site.menuEntries.after).toEqual([
      { name: '关于', url: '/about/', weight: 5 },
      { name: 'GitHub', url: 'https://github.com/o/r', weight: 10 },
      { name: '无权重', url: '/x/' },
    ])
    expect(site.menuEntries.before).toEqual([{ name: '更新记录', url: '/changelog/' }])
  })
})

describe('menu entries with pageRef (Hugo’s menus in the site configuration)', () => {
  const pages = [
    { filePath: 'docs/intro.md', url: '/docs/intro/', linkTitle: '入门' },
    { filePath: 'docs/renamed.md', url: '/docs/new-name/', linkTitle: '改名' },
    { filePath: 'docs/bundle/index.md', url: '/docs/bundle/', linkTitle: '图集' },
    { filePath: 'docs/_index.md', url: '/docs/', linkTitle: '文档' },
    { filePath: '_index.md', url: '/', linkTitle: '首页' },
  ]

  it('links to the page the content path names, with its slug, and shows its title even when the entry has a name', () => {
    const { menu, warnings } = resolveMenuPageRefs(
      {
        before: [
          { name: '', url: '', pageRef: '/docs/intro', weight: 2 },
          { name: '改过名的页', url: '', pageRef: 'docs/renamed.md', weight: 1 },
          { name: '图集', url: '', pageRef: '/docs/bundle/' },
          { name: '文档', url: '', pageRef: '/docs' },
          { name: '首页', url: '', pageRef: '/' },
        ],
        after: [{ name: '不存在', url: '', pageRef: '/no/such-Page' }],
      },
      pages,
    )
    expect(menu).toEqual({
      before: [
        { name: '入门', url: '/docs/intro/', weight: 2 },
        { name: '改名', url: '/docs/new-name/', weight: 1 },
        { name: '图集', url: '/docs/bundle/' },
        { name: '文档', url: '/docs/' },
        { name: '首页', url: '/' },
      ],
      after: [{ name: '不存在', url: '/no/such-page/' }],
    })
    expect(warnings).toEqual([
      'menu.after[0]: pageRef "/no/such-Page" matches no page in the content folder; linked to /no/such-page/',
    ])
  })

  it('keeps a written url when the page is missing, without a warning', () => {
    expect(resolveMenuPageRefs({ before: [{ name: 'X', url: '/x/', pageRef: '/gone' }], after: [] }, pages)).toEqual({
      menu: { before: [{ name: 'X', url: '/x/' }], after: [] },
      warnings: [],
    })
  })
})

describe('pageRef found as Hugo 0.111 finds it (.Site.GetPage, from no page)', () => {
  // Hugo 0.111.3 + hugo-book f8a0fc4 on a site of these files, menu.before pageRefs "docs/GUIDE/setup",
  // "Setup", "Dup" and "notes": the first two link to /docs/guide/setup/ ("Setup"), the third to ""
  // (Hugo: ambiguous, no page), the fourth to /notes/ (a top-level folder without _index.md).
  const pages = [
    { filePath: 'docs/Guide/Setup.md', url: '/docs/guide/setup/', linkTitle: 'Setup' },
    { filePath: 'docs/Guide/Dup.md', url: '/docs/guide/dup/', linkTitle: 'Dup g' },
    { filePath: 'docs/plain/Dup.md', url: '/docs/plain/dup/', linkTitle: 'Dup p' },
    { filePath: 'notes/x.md', url: '/notes/x/', linkTitle: 'X' },
    { url: '/notes/', linkTitle: 'Notes' },
  ]

  it('in any case, by a unique base name, a folder Hugo makes a section; an ambiguous name is a warning naming the pages', () => {
    const entry = (pageRef: string) => ({ name: '', url: '', pageRef })
    const { menu, warnings } = resolveMenuPageRefs(
      { before: [entry('docs/GUIDE/setup'), entry('Setup'), entry('notes')], after: [entry('Dup')] },
      pages,
    )
    expect(menu).toEqual({
      before: [
        { name: 'Setup', url: '/docs/guide/setup/' },
        { name: 'Setup', url: '/docs/guide/setup/' },
        { name: 'Notes', url: '/notes/' },
      ],
      after: [{ name: '/dup/', url: '/dup/' }],
    })
    expect(warnings).toEqual([
      'menu.after[0]: pageRef "Dup" is the base name of 2 pages (docs/Guide/Dup.md, docs/plain/Dup.md): write the page\'s path from the content folder; linked to /dup/',
    ])
  })
})
