import { mulberry32 } from './search-data'

/**
 * Generated books for `npm run bench`: a Hugo content folder of exactly N Markdown files
 * (home + the docs tree), nested sections of at most 12 entries, depth growing with N,
 * pages made of the default book's sentences picked by a seeded PRNG. Same N and same
 * sentences → same files, byte for byte.
 */

export interface GeneratedFile {
  /** Path inside the content folder, e.g. `docs/s01/s02/p03.md`. */
  path: string
  text: string
}

export interface GeneratedBook {
  files: GeneratedFile[]
  /** Levels of sections below docs/ (the deepest pages are one level further). */
  depth: number
  /** URL of the probe page: the first leaf page (in the first, deepest branch), the same text at every N. */
  probeUrl: string
}

const MAX_FAN_OUT = 12
const PROBE_SEED = 4242

/** Sentences of a Markdown file's body: front matter, code, links, tables and markup removed. */
export function sentencesFromMarkdown(markdown: string): string[] {
  const body = markdown
    .replace(/^(---|\+\+\+)\n[\s\S]*?\n\1\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
  const lines = body.split('\n').filter((line) => !/^\s*(#|\|)/.test(line))
  const text = lines
    .map((line) => line.replace(/^\s*(>\s*)+|^\s*([-*+]|\d+\.)\s+/, ''))
    .join(' ')
    // Characters that would turn a sentence into Markdown or HTML syntax in a new context.
    .replace(/[*_~`|<>{}$\\[\]#]/g, '')
    .replace(/-{2,}/g, ' ')
  return text
    .split(/(?<=[。！？；])/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => Array.from(sentence).length >= 8 && /[\u4e00-\u9fff]/.test(sentence))
}

/** Distinct sentences of several files, in the order given. */
export function sentencePool(markdownFiles: string[]): string[] {
  return [...new Set(markdownFiles.flatMap(sentencesFromMarkdown))]
}

/** Levels of sections so that fan-out ≤ 12: 200 → 3, 1,000 → 3, 3,000 → 4. */
function depthFor(pages: number): number {
  return Math.max(1, Math.ceil(Math.log(pages) / Math.log(MAX_FAN_OUT)))
}

type Random = () => number

function writer(sentences: string[], random: Random) {
  const pick = () => sentences[Math.floor(random() * sentences.length)]!
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const phrase = (min: number, max: number): string => {
    const words = Array.from(pick()).filter((char) => !/[，。！？；：、“”‘’（）'"\s]/.test(char))
    return words.length > 0 ? words.slice(0, int(min, max)).join('') : phrase(min, max)
  }
  const paragraph = () => Array.from({ length: int(2, 5) }, pick).join('')
  const code = () => {
    const name = `step${int(1, 99)}`
    const variants = [
      [
        'ts',
        `// ${phrase(6, 14)}\nexport function ${name}(input: string[]): number {\n  return input.filter((item) => item.length > ${int(1, 9)}).length\n}`,
      ],
      [
        'python',
        `# ${phrase(6, 14)}\ndef ${name}(items):\n    return [item for item in items if len(item) > ${int(1, 9)}]`,
      ],
      ['bash', `# ${phrase(6, 14)}\nnpm run build && npx serve out -l ${int(3000, 3999)}`],
      ['json', `{\n  "name": "${name}",\n  "title": "${phrase(4, 10)}",\n  "weight": ${int(1, 50)}\n}`],
    ] as const
    const [language, text] = variants[int(0, variants.length - 1)]!
    return `\`\`\`${language}\n${text}\n\`\`\``
  }
  const table = () => {
    const columns = int(2, 4)
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`
    const header = Array.from({ length: columns }, () => phrase(2, 6))
    const rows = Array.from({ length: int(2, 5) }, () => row(Array.from({ length: columns }, () => phrase(3, 12))))
    return [row(header), row(header.map(() => '---')), ...rows].join('\n')
  }
  /** A page body: 3–6 h2 sections, some with h3, code blocks and tables. */
  const body = () => {
    const blocks = [paragraph()]
    for (let h2 = int(3, 6); h2 > 0; h2--) {
      blocks.push(`## ${phrase(4, 12)}`, paragraph())
      if (random() < 0.5) blocks.push(`### ${phrase(4, 12)}`, paragraph())
      if (random() < 0.4) blocks.push(code())
      if (random() < 0.3) blocks.push(table())
      if (random() < 0.5) blocks.push(paragraph())
    }
    return blocks.join('\n\n')
  }
  return { phrase, paragraph, body }
}

const frontMatter = (title: string, weight?: number) =>
  `---\ntitle: '${title}'\n${weight === undefined ? '' : `weight: ${weight}\n`}---\n\n`

/** Sizes of `total` split into `parts` near-equal parts, larger first. */
function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0))
}

/** A book of exactly `pages` Markdown files (pages ≥ 3). */
export function generateBook(pages: number, sentences: string[]): GeneratedBook {
  if (!Number.isInteger(pages) || pages < 3) throw new Error(`pages: expected a whole number ≥ 3, found ${pages}`)
  if (sentences.length === 0) throw new Error('sentences: expected at least one sentence')
  const depth = depthFor(pages)
  // Fan-out per level so that fanOut^depth ≥ pages: the leaves under the last sections stay ≤ 12.
  const fanOut = Math.min(MAX_FAN_OUT, Math.ceil(pages ** (1 / depth)))
  const text = writer(sentences, mulberry32(pages))
  const probe = writer(sentences, mulberry32(PROBE_SEED))
  const files: GeneratedFile[] = [{ path: '_index.md', text: `${frontMatter('生成的测试书')}${text.paragraph()}\n` }]
  let probeUrl = ''
  let deepest = 0
  const section = (dir: string, budget: number, level: number, weight?: number) => {
    files.push({ path: `${dir}/_index.md`, text: `${frontMatter(text.phrase(4, 10), weight)}${text.paragraph()}\n` })
    deepest = Math.max(deepest, level)
    const below = budget - 1
    if (below <= 0) return
    if (level === depth || below <= fanOut) {
      for (let i = 1; i <= below; i++) {
        const isProbe = probeUrl === ''
        const writerOf = isProbe ? probe : text
        const name = isProbe ? 'probe' : `p${String(i).padStart(2, '0')}`
        if (isProbe) probeUrl = `/${dir}/${name}/`
        files.push({ path: `${dir}/${name}.md`, text: `${frontMatter(writerOf.phrase(6, 16), i)}${writerOf.body()}\n` })
      }
      return
    }
    split(below, fanOut).forEach((size, i) =>
      section(`${dir}/s${String(i + 1).padStart(2, '0')}`, size, level + 1, i + 1),
    )
  }
  section('docs', pages - 1, 0)
  return { files, depth: deepest, probeUrl }
}
