import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { gitLastModified } from './git-dates'
import { writeFixture } from '../../test/support/content'

function commit(repo: string, file: string, text: string, date: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
  writeFileSync(path.join(repo, file), text)
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }
  execFileSync('git', ['add', '.'], { cwd: repo, env })
  execFileSync('git', ['commit', '-q', '-m', file], { cwd: repo, env })
}

describe('gitLastModified', () => {
  it('gives each file its last commit date from one log of the folder', () => {
    const repo = writeFixture({})
    execFileSync('git', ['init', '-q'], { cwd: repo })
    commit(repo, 'content/docs/a.md', 'one', '2025-01-01T10:00:00+08:00')
    commit(repo, 'content/docs/指南.md', 'two', '2025-02-01T10:00:00+00:00')
    commit(repo, 'content/docs/a.md', 'three', '2025-03-01T10:00:00+08:00')
    commit(repo, 'elsewhere.md', 'x', '2025-04-01T10:00:00+00:00')
    const dates = gitLastModified(path.join(repo, 'content'))
    expect(Object.fromEntries(dates)).toEqual({
      'docs/a.md': '2025-03-01T10:00:00+08:00',
      'docs/指南.md': '2025-02-01T10:00:00+00:00',
    })
  })

  it('is empty outside a repository', () => {
    expect(gitLastModified(writeFixture({ 'a.md': 'x' })).size).toBe(0)
  })
})
