/** The words of the interface (not of the book), by language; zh is the default book's. */
const zh = {
  home: '首页',
  menu: '菜单',
  openMenu: '打开菜单',
  tableOfContents: '本页目录',
  openTableOfContents: '打开本页目录',
  bookNavigation: '书籍目录',
  breadcrumbs: '当前位置',
  skipToContent: '跳到正文',
  previous: '上一页',
  next: '下一页',
  lastModified: '最后更新于',
  editPage: '编辑本页',
  readingTime: (minutes: number) => `约 ${minutes} 分钟读完`,
  originalSource: '原文链接',
  categories: '分类',
  tags: '标签',
  expandSection: (title: string) => `展开或收起“${title}”`,
  themeLabel: '配色',
  themeNames: { auto: '跟随系统', light: '浅色', dark: '深色' },
  notFoundTitle: '页面不存在',
  notFoundText: '没有找到这个地址对应的页面。它可能已被移动或删除。',
  backHome: '返回首页',
  inThisSection: '本节内容',
  copyLink: '已复制本节链接',
  opensInNewTab: '（在新标签页打开）',
}

export type UiText = typeof zh

const en: UiText = {
  home: 'Home',
  menu: 'Menu',
  openMenu: 'Open menu',
  tableOfContents: 'On this page',
  openTableOfContents: 'Open table of contents',
  bookNavigation: 'Book navigation',
  breadcrumbs: 'Breadcrumbs',
  skipToContent: 'Skip to content',
  previous: 'Previous',
  next: 'Next',
  lastModified: 'Last updated',
  editPage: 'Edit this page',
  readingTime: (minutes) => `${minutes} min read`,
  originalSource: 'Original',
  categories: 'Categories',
  tags: 'Tags',
  expandSection: (title) => `Expand or collapse “${title}”`,
  themeLabel: 'Theme',
  themeNames: { auto: 'System', light: 'Light', dark: 'Dark' },
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have been moved or deleted.',
  backHome: 'Back to the home page',
  inThisSection: 'In this section',
  copyLink: 'Link to this section copied',
  opensInNewTab: '(opens in a new tab)',
}

export function uiText(language: string): UiText {
  return language.toLowerCase().startsWith('zh') ? zh : en
}
