import { describe, expect, it } from 'vitest'
import { Page } from '../../../contentlayer.config'
import { COMPUTED_FIELDS } from './staged-page'

describe('the staged document', () => {
  it('leaves out exactly the fields contentlayer computes (contentlayer.config.ts)', () => {
    expect(Object.keys(Page.def().computedFields ?? {}).sort()).toEqual([...COMPUTED_FIELDS].sort())
  })
})
