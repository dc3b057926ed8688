import { describe, expect, it } from 'vitest'
import { readContentSources } from '../content/sources'
import { writeFixture } from '../../test/support/content'
import { missingDocuments } from './verify-documents'

describe('missingDocuments', () => {
  const sources = readContentSources(
    writeFixture({ 'docs/a.md': 'A', 'docs/b.markdown': 'B', 'docs/c.md': '---\ndraft: true\n---\n' }),
  )

  it('accepts a build with a document for every page (a .markdown file is staged as .md)', () => {
    expect(
      missingDocuments(sources, [{ _raw: { sourceFilePath: 'docs/a.md' } }, { _raw: { sourceFilePath: 'docs/b.md' } }]),
    ).toEqual([])
  })

  it('names each page contentlayer left out, with what to do', () => {
    const [error, ...rest] = missingDocuments(sources, [{ _raw: { sourceFilePath: 'docs/a.md' } }])
    expect(rest).toEqual([])
    expect(error!.format()).toMatch(
      /docs\/b\.markdown:1: was read but contentlayer2 made no page of it[^\n]*\n {2}fix: /,
    )
  })
})
