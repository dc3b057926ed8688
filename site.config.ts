import type { SiteConfigInput } from './lib/config/site-config'

/**
 * The book's settings. Edit freely: every field is optional and falls back to the
 * defaults in lib/config/site-config.ts (SiteConfigInput), which reads this file
 * (a type import only: settings stay at the bottom of the import graph).
 */
export default {
  title: 'AI 观察手册',
  language: 'zh-CN',
  // Named in the RSS feeds' <language>, as Hugo's languageCode.
  languageCode: 'zh-CN',
  description: '记录 2024–2025 年大模型与人工智能进展的中文手册：年度回顾、调研报告与每日动态。',
  baseURL: 'http://localhost:3000/',
  bookSection: 'docs',
  toc: { startLevel: 2, endLevel: 3 },
  theme: 'auto',
  menu: {
    before: [],
    after: [
      { name: '原文：2025 年大模型回顾（英文）', url: 'https://simonwillison.net/2025/Dec/31/the-year-in-llms/' },
    ],
  },
  dateFormat: '2006年1月2日',
  // Hugo's typographer curls a straight quote only beside a space or punctuation: between Han
  // characters it gives “糟粕"问题 (checked with Hugo 0.111). This book's quotes stay as written.
  typographer: false,
  // repository: { url: 'https://github.com/you/book', editLink: 'https://github.com/you/book/edit/main/content/{path}' },
} satisfies SiteConfigInput
