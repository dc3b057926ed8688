import { sha256Hex } from '../formats/digest'

/**
 * Next's build id, made from the code and what changes the client build (the base path), not
 * at random: two builds of the same code give the same id, so the pages an incremental rebuild
 * keeps and the ones it exports again belong to one build (lib/build/incremental-export.ts),
 * and two exports of the same book are the same bytes. next.config.ts reads it from BOOK_BUILD_ID.
 */
export function buildIdFor(engineVersion: string, basePath: string): string {
  return sha256Hex(engineVersion, basePath).slice(0, 20)
}
