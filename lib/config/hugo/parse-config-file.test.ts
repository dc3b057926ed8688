import { describe, expect, it } from 'vitest'
import { contentErrorOf, writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

describe('configuration that does not parse', { timeout: 30_000 }, () => {
  it('stops with the file, the line and a fix for TOML', () => {
    const dir = writeFixture({
      'hugo.toml': 'title = "书"\nbaseURL = "https://a.example/"\n\n[params]\nBookSection = docs\n',
    })
    const error = contentErrorOf(() => readHugoSite(dir, { cwd: dir }))
    expect(error.file).toBe('hugo.toml')
    expect(error.line).toBe(5)
    expect(error.message).toMatch(/^invalid TOML: /)
    expect(error.hint).toMatch(/text needs quotes/)
    expect(error.format()).toMatch(/^hugo\.toml:5: invalid TOML: .+\n {2}fix: /)
  })

  it('names the file inside config/_default/ and the line, for YAML and JSON too', () => {
    const yamlDir = writeFixture({
      'config/_default/params.yaml': 'BookSection: docs\nBookToC: [1, 2\nBookTheme: dark\n',
    })
    const yamlError = contentErrorOf(() => readHugoSite(yamlDir, { cwd: yamlDir }))
    expect(yamlError.file).toBe('config/_default/params.yaml')
    expect(yamlError.line).toBeGreaterThanOrEqual(2)
    expect(yamlError.message).toMatch(/^invalid YAML: /)

    const jsonDir = writeFixture({ 'hugo.json': '{\n  "title": "书",\n  "params": { "BookSection": "docs", }\n}\n' })
    const jsonError = contentErrorOf(() => readHugoSite(jsonDir, { cwd: jsonDir }))
    expect(jsonError.file).toBe('hugo.json')
    expect(jsonError.line).toBe(3)
    expect(jsonError.hint).toMatch(/comma/)
  })

  it('a file that is a list, not settings, is an error at line 1; an empty file is no settings', () => {
    const dir = writeFixture({ 'hugo.yaml': '- a\n- b\n' })
    const error = contentErrorOf(() => readHugoSite(dir, { cwd: dir }))
    expect(error.format()).toMatch(
      /^hugo\.yaml:1: the configuration must be a set of settings \(key = value\), not a list/,
    )
    expect(readHugoSite(writeFixture({ 'hugo.toml': '' })).config).toEqual({})
  })
})
