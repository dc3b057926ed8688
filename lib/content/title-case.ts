/**
 * The titles Hugo 0.111 makes of names, ported rule for rule so that a menu reads as Hugo's:
 * - `humanize`: Hugo's tpl/inflect Humanize, gobuffalo/flect v0.3.0's Humanize run twice (a
 *   whole number is made an ordinal: `01` → `1st`);
 * - `apTitle`: Hugo's `title` with its default titleCaseStyle, jdkato/prose v1.2.1's AP-style
 *   TitleConverter (short words such as `of` stay lower case inside a title);
 * - `pluralize`: flect's Pluralize, which titles a top-level folder without `_index.md`.
 * Go maps case one character to one character (`ß` stays `ß`) and the converter walks bytes of
 * UTF-8: both are kept, so names with accents or symbols come out as Hugo's, quirks included.
 */

// flect's word separators, and its acronyms (upper-cased wherever they stand as a word).
const SEPARATORS = ['_', ' ', ':', '-', '/']
const ACRONYMS = new Set(
  (
    'OK UTF8 HTML JSON JWT ID UUID SQL ACK ACL ADSL AES ANSI API ARP ATM BGP BSS CCITT CHAP CIDR CIR CLI CPE CPU ' +
    'CRC CRT CSMA CMOS DCE DEC DES DHCP DNS DRAM DSL DSLAM DTE DMI EHA EIA EIGRP EOF ESS FCC FCS FDDI FTP GBIC ' +
    'GEPOF HDLC HTTP HTTPS IANA ICMP IDF IDS IEEE IETF IMAP IP IPS ISDN ISP LACP LAN LAPB LAPF LLC MAC MC MDF MIB ' +
    'MPLS MTU NAC NAT NBMA NIC NRZ NRZI NVRAM OSI OSPF OUI PAP PAT PC PIM PCM PDU POP3 POTS PPP PPTP PTT PVST RAM ' +
    'RARP RFC RIP RLL ROM RSTP RTP RCP SDLC SFD SFP SLARP SLIP SMTP SNA SNAP SNMP SOF SRAM SSH SSID STP SYN TDM ' +
    'TFTP TIA TOFU UDP URL URI USB UTP VC VLAN VLSM VPN W3C WAN WEP WPA WWW'
  ).split(' '),
)

/** Hugo's `humanize`: `0001.Two-Sum` → `0001. Two sum`, `iOS_setup` → `I os setup`, `12` → `12th`. */
export function humanize(word: string): string {
  if (word === '') return ''
  if (isGoInt(word)) return ordinalize(BigInt(word))
  return flectHumanize(goLower(flectHumanize(word)))
}

/** flect's Humanize: the name's words, the first one title-cased, joined by spaces. */
function flectHumanize(text: string): string {
  if (text === '') return ''
  const parts = toParts(text)
  const out: string[] = []
  parts.forEach((part, index) => appendPart(out, index === 0 ? goStringsTitle(part) : part))
  return out.join(' ')
}

/** flect's words: split at separators, before an upper-case letter that follows a non-upper-case one, and after an acronym. */
function toParts(text: string): string[] {
  const parts: string[] = []
  const trimmed = goTrimSpace(text)
  if (trimmed === '') return parts
  if (ACRONYMS.has(goUpper(trimmed))) return [goUpper(trimmed)]
  let previous = ''
  let word = ''
  for (const char of trimmed) {
    const upper = isUpper(char)
    if (isSeparator(char) || (upper && !isUpper(previous)) || (upper && ACRONYMS.has(goUpper(word)))) {
      appendPart(parts, word)
      word = char
    } else if (/[\p{L}\p{Nd}\p{P}`]/u.test(char)) word += char
    else {
      // Anything else (a symbol such as `~`, a combining mark) ends the word and is dropped.
      appendPart(parts, word)
      word = ''
    }
    previous = char
  }
  appendPart(parts, word)
  return parts
}

/** flect's xappend: the word without surrounding separators, an acronym upper-cased, nothing when empty. */
function appendPart(parts: string[], raw: string): void {
  let word = goTrimSpace(raw)
  for (const separator of SEPARATORS) word = trimAll(word, separator)
  if (ACRONYMS.has(goUpper(word))) word = goUpper(word)
  if (word !== '') parts.push(word)
}

function isSeparator(char: string): boolean {
  return SEPARATORS.includes(char) || /^\p{White_Space}$/u.test(char)
}

/** Go's strconv.Atoi accepts it: an optional sign, ASCII digits, within 64 bits. */
function isGoInt(word: string): boolean {
  if (!/^[+-]?\d+$/.test(word)) return false
  const value = BigInt(word)
  return value >= -(2n ** 63n) && value < 2n ** 63n
}

/** flect's Ordinalize: `1st`, `2nd`, `3rd`, `11th`, `-21st`. */
function ordinalize(value: bigint): string {
  const magnitude = value < 0n ? -value : value
  const lastTwo = magnitude % 100n
  const last = magnitude % 10n
  const suffix =
    lastTwo === 11n || lastTwo === 12n || lastTwo === 13n
      ? 'th'
      : last === 1n
        ? 'st'
        : last === 2n
          ? 'nd'
          : last === 3n
            ? 'rd'
            : 'th'
  return `${value}${suffix}`
}

/** Go's strings.Title: the first letter after a separator (anything but a letter, digit or `_`) upper-cased. */
function goStringsTitle(text: string): string {
  let previous = ' '
  let out = ''
  for (const char of text) {
    out += titleSeparator(previous) ? goTitleChar(char) : char
    previous = char
  }
  return out
}

function titleSeparator(char: string): boolean {
  if (char.charCodeAt(0) <= 0x7f) return !/[0-9A-Za-z_]/.test(char)
  if (/[\p{L}\p{Nd}]/u.test(char)) return false
  return /\p{White_Space}/u.test(char)
}

// ----- Hugo's `title`: prose's TitleConverter, AP style -----

const SMALL_WORDS = new Set(
  'a an and as at but by en for if in nor of on or per the to vs vs. via v v.'.split(' '),
)

/** Word by word, as prose finds words: a letter or digit, then anything up to white space, `-` or `/`. */
const WORD = /[\p{N}\p{L}]+[^\t\n\f\r \-/]*/gu

const SANITIZED: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
}

const encoder = new TextEncoder()

/**
 * Hugo's `title` (titleCaseStyle AP): every word's first letter upper-cased, except a small word
 * (`of`, `the`, `and`…) inside the title after a space, `-` or `/`. prose looks the words up in
 * a copy with typographic quotes and dashes made ASCII, by byte offsets into it that it advances
 * by characters: ported as is.
 */
export function apTitle(text: string): string {
  const sanitized = encoder.encode(text.replace(/[\u201c\u201d\u2018\u2019\u2013\u2014\u2026]/g, (c) => SANITIZED[c]!))
  const byteAt = (index: number): number =>
    index >= 0 && index < sanitized.length ? sanitized[index]! : (sanitized[0] ?? 0)
  const end = sanitized.length
  let next = 0
  return text.replace(WORD, (word) => {
    const found = indexOfBytes(sanitized, encoder.encode(word), next)
    const position = found === -1 ? next - 1 : found
    const previous = byteAt(position - 1)
    const length = [...word].length
    next = position + length
    const lower = goLower(word)
    const bounding = position === 0 || next === end
    if (
      !bounding &&
      SMALL_WORDS.has(lower) &&
      (previous === SPACE || previous === HYPHEN || previous === SLASH) &&
      byteAt(position - 2) !== COLON &&
      byteAt(position - 2) !== HYPHEN &&
      (byteAt(position + length) !== HYPHEN || byteAt(position - 1) === HYPHEN)
    )
      return lower
    const first = String.fromCodePoint(word.codePointAt(0)!)
    return goTitleChar(first) + word.slice(first.length)
  })
}

const SPACE = 0x20
const HYPHEN = 0x2d
const SLASH = 0x2f
const COLON = 0x3a

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  if (from > haystack.length) return -1
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.length).indexOf(needle, from)
}

// ----- Hugo's title of a top-level folder without _index.md -----

/**
 * The title Hugo gives a top-level folder that has no `_index.md`: its name with the first
 * letter upper-cased, made plural (pluralizeListTitles, on by default): `guide` → `Guides`.
 */
export function implicitSectionTitle(name: string): string {
  if (name === '') return ''
  const first = String.fromCodePoint(name.codePointAt(0)!)
  return pluralize(goUpperChar(first) + name.slice(first.length))
}

/** flect's Pluralize: the last word made plural by its dictionary, then by its suffix rules, else `s` added. */
function pluralize(text: string): string {
  const parts = toParts(text)
  const last = parts.at(-1)
  if (last === undefined || last === '') return ''
  const lower = goLower(last)
  if (PLURALS.has(lower)) return text
  const plural = SINGULAR_TO_PLURAL.get(lower)
  const replaceLast = (replacement: string) =>
    (text.endsWith(last) ? text.slice(0, text.length - last.length) : text) + replacement
  if (plural !== undefined) return replaceLast(last === capitalize(last) ? capitalize(plural) : plural)
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (lower.endsWith(suffix))
      return replaceLast(replacement === undefined ? last : last.slice(0, last.length - suffix.length) + replacement)
  }
  if (lower.endsWith('s')) return text
  return text + 's'
}

/** flect's Capitalize: the first character title-cased (when the text has a word). */
function capitalize(text: string): string {
  if (toParts(text).length === 0) return ''
  const first = String.fromCodePoint(text.codePointAt(0)!)
  return goTitleChar(first) + text.slice(first.length)
}

const SINGULAR_TO_PLURAL = new Map(
  Object.entries({
    aircraft: 'aircraft',
    alias: 'aliases',
    alumna: 'alumnae',
    alumnus: 'alumni',
    analysis: 'analyses',
    antenna: 'antennas',
    antithesis: 'antitheses',
    apex: 'apexes',
    appendix: 'appendices',
    axis: 'axes',
    bacillus: 'bacilli',
    bacterium: 'bacteria',
    basis: 'bases',
    beau: 'beaus',
    bison: 'bison',
    bureau: 'bureaus',
    bus: 'buses',
    campus: 'campuses',
    caucus: 'caucuses',
    child: 'children',
    château: 'châteaux',
    circus: 'circuses',
    codex: 'codices',
    concerto: 'concertos',
    corpus: 'corpora',
    crisis: 'crises',
    criterion: 'criteria',
    curriculum: 'curriculums',
    datum: 'data',
    deer: 'deer',
    diagnosis: 'diagnoses',
    die: 'dice',
    dwarf: 'dwarves',
    ellipsis: 'ellipses',
    equipment: 'equipment',
    erratum: 'errata',
    fez: 'fezzes',
    fish: 'fish',
    focus: 'foci',
    foo: 'foos',
    foot: 'feet',
    formula: 'formulas',
    fungus: 'fungi',
    genus: 'genera',
    goose: 'geese',
    graffito: 'graffiti',
    grouse: 'grouse',
    half: 'halves',
    halo: 'halos',
    hoof: 'hooves',
    human: 'humans',
    hypothesis: 'hypotheses',
    index: 'indices',
    information: 'information',
    jeans: 'jeans',
    larva: 'larvae',
    libretto: 'librettos',
    loaf: 'loaves',
    locus: 'loci',
    louse: 'lice',
    matrix: 'matrices',
    medium: 'media',
    minutia: 'minutiae',
    money: 'money',
    moose: 'moose',
    mouse: 'mice',
    nebula: 'nebulae',
    news: 'news',
    nucleus: 'nuclei',
    oasis: 'oases',
    octopus: 'octopi',
    offspring: 'offspring',
    opus: 'opera',
    ovum: 'ova',
    ox: 'oxen',
    parenthesis: 'parentheses',
    person: 'people',
    phenomenon: 'phenomena',
    photo: 'photos',
    phylum: 'phyla',
    piano: 'pianos',
    plus: 'pluses',
    police: 'police',
    prognosis: 'prognoses',
    prometheus: 'prometheuses',
    quiz: 'quizzes',
    quota: 'quotas',
    radius: 'radiuses',
    referendum: 'referendums',
    ress: 'resses',
    rice: 'rice',
    salmon: 'salmon',
    sex: 'sexes',
    series: 'series',
    sheep: 'sheep',
    shoe: 'shoes',
    shrimp: 'shrimp',
    species: 'species',
    stimulus: 'stimuli',
    stratum: 'strata',
    swine: 'swine',
    syllabus: 'syllabi',
    symposium: 'symposiums',
    synapse: 'synapses',
    synopsis: 'synopses',
    tableau: 'tableaus',
    testis: 'testes',
    thesis: 'theses',
    thief: 'thieves',
    tooth: 'teeth',
    trout: 'trout',
    tuna: 'tuna',
    vedalia: 'vedalias',
    vertebra: 'vertebrae',
    vertix: 'vertices',
    vita: 'vitae',
    vortex: 'vortices',
    wharf: 'wharves',
    wife: 'wives',
    woman: 'women',
    wolf: 'wolves',
    you: 'you',
  }),
)

const PLURALS = new Set(SINGULAR_TO_PLURAL.values())

/**
 * flect's suffix rules, in the order it tries them: for each pair its plural suffix first (left
 * as it is: `undefined`), then its singular suffix (replaced by the plural one).
 */
const SUFFIX_RULES: [suffix: string, replacement: string | undefined][] = (
  'campus campuses|person people|phylum phyla|randum randa|actus acti|adium adia|basis basis|child children|' +
  'chive chives|focus foci|genus genera|hello hellos|jeans jeans|louse lice|media media|mouse mice|movie movies|' +
  'oasis oasis|atum ata|atus atuses|base bases|cess cesses|dium diums|eses esis|half halves|hive hives|iano ianos|' +
  'irus iri|isis ises|leus li|mnus mni|move moves|news news|odex odice|oose eese|ouse ouses|ovum ova|shoe shoes|' +
  'stis stes|tive tives|vice vices|wife wives|afe aves|bfe bves|box boxes|cfe cves|dfe dves|dge dges|efe eves|' +
  'gfe gves|hfe hves|ife ives|itz itzes|ium ia|ize izes|jfe jves|kfe kves|man men|mfe mves|nfe nves|nna nnas|' +
  'oaf oaves|oci ocus|ode odes|ofe oves|pfe pves|qfe qves|quy quies|rfe rves|sfe sves|tfe tves|tum ta|tus tuses|' +
  'ufe uves|ula ulae|ula ulas|uli ulus|use uses|uss usses|vfe vves|wfe wves|xfe xves|yfe yves|you you|zfe zves|' +
  'by bies|ch ches|cy cies|dy dies|ex ices|fy fies|gy gies|hy hies|io ios|jy jies|ky kies|lf lves|ly lies|my mies|' +
  'ny nies|py pies|qy qies|rf rves|ry ries|sh shes|ss sses|sy sies|ty ties|tz tzes|va vae|vy vies|wy wies|xy xies|' +
  'zy zies|zz zzes|o oes|x xes'
)
  .split('|')
  .flatMap((pair) => {
    const [singular, plural] = pair.split(' ') as [string, string]
    return [
      [plural, undefined],
      [singular, plural],
    ] as [string, string | undefined][]
  })

// ----- Go's case mappings: one character to one character -----

// Title case differs from upper case for these digraphs (ǆ → ǅ, not Ǆ).
const TITLE_DIGRAPHS: Record<string, string> = {
  '\u01c4': '\u01c5',
  '\u01c5': '\u01c5',
  '\u01c6': '\u01c5',
  '\u01c7': '\u01c8',
  '\u01c8': '\u01c8',
  '\u01c9': '\u01c8',
  '\u01ca': '\u01cb',
  '\u01cb': '\u01cb',
  '\u01cc': '\u01cb',
  '\u01f1': '\u01f2',
  '\u01f2': '\u01f2',
  '\u01f3': '\u01f2',
}

/** Go's unicode.ToUpper: JavaScript's mapping when it gives one character (Greek with a subscript iota has one in Go). */
function goUpperChar(char: string): string {
  const code = char.codePointAt(0)!
  if ((code >= 0x1f80 && code <= 0x1f87) || (code >= 0x1f90 && code <= 0x1f97) || (code >= 0x1fa0 && code <= 0x1fa7))
    return String.fromCodePoint(code + 8)
  if (code === 0x1fb3 || code === 0x1fc3 || code === 0x1ff3) return String.fromCodePoint(code + 9)
  const upper = char.toUpperCase()
  return [...upper].length === 1 ? upper : char
}

function goTitleChar(char: string): string {
  return TITLE_DIGRAPHS[char] ?? goUpperChar(char)
}

function goLowerChar(char: string): string {
  if (char === '\u0130') return 'i'
  const lower = char.toLowerCase()
  return [...lower].length === 1 ? lower : char
}

function goUpper(text: string): string {
  return [...text].map(goUpperChar).join('')
}

function goLower(text: string): string {
  return [...text].map(goLowerChar).join('')
}

function isUpper(char: string): boolean {
  return char !== '' && /\p{Lu}/u.test(char)
}

function goTrimSpace(text: string): string {
  return text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '')
}

/** Go's strings.Trim with one character: every leading and trailing copy of it removed. */
function trimAll(text: string, char: string): string {
  let start = 0
  let end = text.length
  while (start < end && text[start] === char) start++
  while (end > start && text[end - 1] === char) end--
  return text.slice(start, end)
}
