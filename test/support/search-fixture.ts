import type { TextSection } from '../../lib/markdown/page-data'
import { buildSearchFiles, type SearchFilesOptions } from '../../lib/search/build-search-files'
import { pagesToRecords, type SearchablePage } from '../../lib/search/records'
import { openSearchFiles, type SearchIndex } from '../../lib/search/search-index'

/** For tests: a page from `[heading, text]` pairs; a pair without heading is the text above the first heading. */
export function page(
  url: string,
  title: string,
  sections: [heading: string | undefined, text: string][],
): SearchablePage {
  return {
    url,
    title,
    breadcrumb: ['书'],
    sections: sections.map(([heading, text]): TextSection =>
      heading === undefined
        ? { level: 0, text }
        : { heading, id: heading.toLowerCase().replace(/\s+/g, '-'), level: 2, text },
    ),
  }
}

/**
 * A small book whose expected orders are written by hand in query.test.ts: 推理 once in a
 * title, once in a heading, once in text; `Claude Code` together and apart; 开源 and 权重
 * together and apart; DeepSeek with and without 成本.
 */
export const FIXTURE_BOOK: SearchablePage[] = [
  page('/body/', '杂谈', [[undefined, '今年大家都在谈推理，也谈别的。']]),
  page('/heading/', '模型综述', [
    [undefined, '这一页按主题回顾模型。'],
    ['推理的兴起', '这一节讲历史。'],
  ]),
  page('/title/', '推理模型简介', [
    [undefined, '本页介绍一类模型。'],
    ['历史', '从前有一个实验室。'],
  ]),
  page('/apart/', '工具乙', [[undefined, 'Claude 写了很多 code，但这里说的不是那个工具。']]),
  page('/together/', '工具甲', [[undefined, '这个月 Claude Code 发布了，它是一个编程工具。']]),
  page('/weights-apart/', '模型甲', [[undefined, '这是开源模型，它的权重很大。']]),
  page('/weights-together/', '模型乙', [[undefined, '中国的开源权重模型登上了排行榜。']]),
  page('/deepseek-cost/', '训练', [[undefined, 'DeepSeek 3 的训练成本仅为 550 万美元。']]),
  page('/deepseek/', '发布', [[undefined, 'DeepSeek 发布了 R1。']]),
  page('/cost/', '价格', [[undefined, '价格和成本都在下降。']]),
  page('/pelicans/', '鹈鹕', [
    ['一', '鹈鹕骑自行车。'],
    ['二', '只有一只鹈鹕。'],
    ['三', '鹈鹕，鹈鹕，鹈鹕。'],
    ['四', '鹈鹕和鹈鹕。'],
    ['五', '这里没有那种鸟。'],
  ]),
  page('/xss/', '安全', [['注入', '正文里有 <img src=x onerror=alert(1)> 和 <script>alert("x")</script> 字样。']]),
]

/** For tests: the index of these pages as the build exports it, opened from memory. */
export async function openTestIndex(
  pages: readonly SearchablePage[],
  options?: SearchFilesOptions,
): Promise<SearchIndex> {
  return openSearchFiles(buildSearchFiles(pagesToRecords(pages), options))
}
