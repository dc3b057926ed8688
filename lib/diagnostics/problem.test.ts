import { describe, expect, it } from 'vitest'
import { ContentError } from './content-error'
import { formatProblem, plainProblem } from './problem'

describe('a problem as the build prints it', () => {
  it('is where, what and the fix, as a ContentError prints itself', () => {
    const error = new ContentError({ file: 'content/a.md', line: 3, message: 'weight: bad', hint: 'write weight: 10' })
    expect(error.where).toBe('content/a.md:3')
    expect(formatProblem(error)).toBe('content/a.md:3: weight: bad\n  fix: write weight: 10')
    expect(error.format()).toBe(formatProblem(error))
    expect(formatProblem({ where: 'content/b.md', message: 'cannot be read' })).toBe('content/b.md: cannot be read')
  })

  it('travels as plain data: what JSON keeps of it is the whole problem', () => {
    const error = new ContentError({ file: 'content/a.md', line: 3, message: 'weight: bad', hint: 'write weight: 10' })
    const plain = plainProblem(error)
    expect(JSON.parse(JSON.stringify(plain))).toEqual({
      where: 'content/a.md:3',
      message: 'weight: bad',
      hint: 'write weight: 10',
    })
    expect(plainProblem(new ContentError({ file: 'content/b.md', message: 'no line' }))).toEqual({
      where: 'content/b.md',
      message: 'no line',
    })
  })
})
