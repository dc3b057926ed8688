/** Test support for the Hugo configuration reader's tests. */

/** A hugo-book site's hugo.toml using every setting this project reads, and some it ignores. */
export const HUGO_BOOK_TOML = `
baseURL = 'https://book.example.org/'
languageCode = 'zh-CN'
title = '迁移来的书'
theme = 'hugo-book'
enableGitInfo = true

[taxonomies]
  tag = 'tags'

[markup]
[markup.goldmark.renderer]
  unsafe = true
[markup.goldmark.extensions.passthrough]
  enable = true
[markup.goldmark.extensions.passthrough.delimiters]
  block = [['\\[', '\\]'], ['$$', '$$']]
  inline = [['\\(', '\\)']]
[markup.tableOfContents]
  startLevel = 2
  endLevel = 4
[markup.highlight]
  style = 'monokai'

[menu]
[[menu.before]]
  name = "关于本书"
  pageRef = "/about"
  weight = 20
[[menu.after]]
  name = "GitHub"
  url = "https://github.com/o/r"
  weight = 10
[[menu.after]]
  name = "Hugo"
  url = "https://gohugo.io/"

[params]
  BookTheme = 'dark'
  BookToC = false
  BookSection = 'docs'
  BookRepo = 'https://github.com/o/r'
  BookEditPath = 'edit/main/site'
  BookDateFormat = '2006-01-02'
  BookComments = false
  BookSearch = true
`
