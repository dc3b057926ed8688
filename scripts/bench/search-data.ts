import type { SearchablePage } from '../../lib/search/records'

/** Data of scripts/bench-search.ts (here so that tests and profiling can share it). */

export const BENCH_QUERIES = [
  // Chinese
  '推理',
  '智能体',
  '开源权重',
  '模型',
  '编程智能体',
  '图像编辑',
  '训练成本',
  '数据中心',
  '提示注入',
  '本地模型',
  '云端模型',
  '年度词汇',
  '致命三要素',
  '鹈鹕',
  '浏览器',
  '可验证奖励',
  '多模态',
  '一致性测试套件',
  '上下文',
  '订阅',
  // English
  'Claude Code',
  'RLVR',
  'DeepSeek',
  'Gemini',
  'gpt-oss-120B',
  'vibe coding',
  'MCP',
  'Llama',
  'Nano Banana',
  'OpenAI',
  'Qwen-Image-Layered',
  'GLM-4.7',
  'Karpathy',
  'YOLO',
  'Codex CLI',
  // mixed
  'DeepSeek 550万美元',
  'Claude Code 编程',
  'Gemini 图像',
  'OpenAI 推理模型',
  'LLM 命令行',
  'Anthropic 系统卡片',
  'ChatGPT 200美元',
  'Qwen 开源',
  'MacBook Pro 本地',
  'AI 实验室',
  // rare or absent
  '稀疏自编码器',
  'Photoshop',
  'qwxzvbnm',
  '龘靐',
  'Claude 火星',
]

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function sentencesOf(pages: SearchablePage[]): string[] {
  const all = pages.flatMap((page) =>
    page.sections.flatMap((section) => section.text.split(/(?<=[。！？；!?])\s*|(?<=\.)\s+/)),
  )
  return [...new Set(all.map((sentence) => sentence.trim()).filter((sentence) => sentence.length >= 8))]
}

/** About `target` sections: pages of 3–12 sections, 10 pages a chapter, 8 chapters a part. */
export function syntheticBook(sentences: string[], target: number, seed: number): SearchablePage[] {
  const random = mulberry32(seed)
  const pick = () => sentences[Math.floor(random() * sentences.length)]!
  const phrase = (min: number, max: number) =>
    Array.from(pick())
      .slice(0, min + Math.floor(random() * (max - min)))
      .join('')
  const pages: SearchablePage[] = []
  let sections = 0
  let part = ''
  let chapter = ''
  while (sections < target) {
    if (pages.length % 80 === 0) part = phrase(4, 10)
    if (pages.length % 10 === 0) chapter = phrase(4, 12)
    const count = Math.min(target - sections, 3 + Math.floor(random() * 10))
    pages.push({
      url: `/docs/p${pages.length}/`,
      title: phrase(6, 16),
      breadcrumb: [part, chapter],
      sections: Array.from({ length: count }, (_, i) => {
        const text = Array.from({ length: 1 + Math.floor(random() * 5) }, pick).join(' ')
        if (i === 0 && random() < 0.5) return { level: 0, text }
        return { heading: phrase(4, 14), id: `s${i}`, level: random() < 0.7 ? 2 : 3, text }
      }),
    })
    sections += count
  }
  return pages
}
