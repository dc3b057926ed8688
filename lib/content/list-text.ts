/** The interface words of the list pages (taxonomies, terms, the blog list), by language. */
const zh = {
  termTitle: (taxonomy: string, term: string) => `${taxonomy}：${term}`,
  pageNumber: (number: number) => `第 ${number} 页`,
  pagination: '分页',
  pageCount: (count: number) => `${count} 篇`,
  termCount: (count: number) => `共 ${count} 个`,
  noTerms: (taxonomy: string) => `还没有页面标注${taxonomy}。`,
  noPosts: '还没有文章。',
  termDescription: (taxonomy: string, term: string, count: number) => `${taxonomy}“${term}”下的 ${count} 篇页面。`,
  taxonomyDescription: (taxonomy: string, count: number) => `全部${taxonomy}，共 ${count} 个。`,
  titleWithPage: (title: string, number: number) => `${title}（第 ${number} 页）`,
}

export type ListText = typeof zh

const en: ListText = {
  termTitle: (taxonomy, term) => `${taxonomy}: ${term}`,
  pageNumber: (number) => `Page ${number}`,
  pagination: 'Pagination',
  pageCount: (count) => `${count} ${count === 1 ? 'page' : 'pages'}`,
  termCount: (count) => `${count} in all`,
  noTerms: (taxonomy) => `No page has ${taxonomy.toLowerCase()} yet.`,
  noPosts: 'No posts yet.',
  termDescription: (taxonomy, term, count) => `${count} ${count === 1 ? 'page' : 'pages'} in ${taxonomy.toLowerCase()} “${term}”.`,
  taxonomyDescription: (taxonomy, count) => `All ${taxonomy.toLowerCase()} (${count}).`,
  titleWithPage: (title, number) => `${title} (page ${number})`,
}

export function listText(language: string): ListText {
  return language.toLowerCase().startsWith('zh') ? zh : en
}
