import { describe, expect, it } from 'vitest'
import { splitLeadingHeading } from './leading-heading'

describe('splitLeadingHeading', () => {
  it('splits off the opening h1, keeping its inline markup', () => {
    expect(splitLeadingHeading('<h1 id="t">2024 <em>报告</em></h1>\n<p>正文</p>')).toEqual({ headingHtml: '2024 <em>报告</em>', rest: '\n<p>正文</p>' })
  })

  it('leaves a body that does not open with an h1', () => {
    expect(splitLeadingHeading('<p>a</p><h1>b</h1>')).toBeUndefined()
  })
})
