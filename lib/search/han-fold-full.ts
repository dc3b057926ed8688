import { OPENCC_TS_CHARACTERS } from './data/opencc-ts-characters'
import { parseHanFoldTable, type HanFoldTable } from './han-fold'

let fullTable: HanFoldTable | undefined

/**
 * The whole traditional → simplified table, parsed on first use. For the build, which folds a
 * book's text with it; a browser loads the book's part instead (hanFoldSubset), so this file
 * and its data stay out of client code.
 */
export const fullHanFoldTable = (): HanFoldTable => (fullTable ??= parseHanFoldTable(OPENCC_TS_CHARACTERS))
