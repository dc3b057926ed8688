/**
 * Toneless pinyin as a reader without a Chinese input method types it: syllables joined, lower
 * case, ü as `v` (`tuili` for 推理, `lvse` for 绿色). Shared by the glossary's build (readings
 * from CC-CEDICT) and the query (is this Latin word pinyin?).
 */

/** Every syllable of Standard Mandarin (ü written `v`; `lue`/`nue` are how most input methods take lüe/nüe). */
const SYLLABLES = new Set(
  `a ai an ang ao
  ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
  ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang
  chui chun chuo ci cong cou cu cuan cui cun cuo
  da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
  e ei en eng er
  fa fan fang fei fen feng fiao fo fou fu
  ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
  ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
  ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
  ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
  la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve lue
  ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
  na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve nue
  o ou
  pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
  qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
  ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
  sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
  shui shun shuo si song sou su suan sui sun suo
  ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
  wa wai wan wang wei wen weng wo wu
  xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
  ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
  za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai
  zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`.split(/\s+/),
)
const LONGEST_SYLLABLE = 6

/** A syllable of CC-CEDICT's numbered pinyin (`lu:4`, `Tui1`) without its tone, or undefined if it is none (`r5`, `xx5`, `A`). */
export function tonelessSyllable(numbered: string): string | undefined {
  const syllable = numbered
    .toLowerCase()
    .replace(/[1-5]$/, '')
    .replace(/u:|ü/g, 'v')
  const stored = syllable === 'lue' || syllable === 'nue' ? `${syllable[0]}ve` : syllable
  return SYLLABLES.has(stored) ? stored : undefined
}

/** Whether a word (lower case letters) is a run of whole pinyin syllables: `kejieshixing`, `xian` (xian or xi'an). */
function isPinyin(word: string): boolean {
  // reachable[i]: the first i letters split into syllables.
  const reachable = [true]
  for (let end = 1; end <= word.length; end++) {
    reachable[end] = false
    for (let start = Math.max(0, end - LONGEST_SYLLABLE); start < end && !reachable[end]; start++)
      reachable[end] = reachable[start]! && SYLLABLES.has(word.slice(start, end))
  }
  return word.length > 0 && reachable[word.length]!
}

/** The pinyin keys a typed word can mean: itself, and with `lue`/`nue` spelt `lve`/`nve` as the glossary stores them. */
export function pinyinForms(word: string): string[] {
  if (!isPinyin(word)) return []
  const withV = word.replace(/([ln])ue/g, '$1ve')
  return withV !== word && isPinyin(withV) ? [word, withV] : [word]
}
