import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSiteData } from './site-data'

/** A site's data/ folder with these files (paths relative to it). */
function dataFolder(files: Record<string, string>): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'site-data-')), 'data')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true })
    writeFileSync(path.join(folder, name), text)
  }
  return folder
}

describe('a site’s data/ folder, as Hugo’s .Site.Data', () => {
  it('keys each YAML, JSON or TOML file by its name, a sub-folder by its name, as Hugo 0.111 does', () => {
    // Hugo 0.111 gives this folder as {"Risks":{"Name":"x","list":[{"A":1}],"when":"2020-01-02"},
    // "Sub":{"deep":{"k":[1,2]}},"arr":[1,2],"t":{"a":"b"}} (jsonify .Site.Data in a shortcode).
    const folder = dataFolder({
      'Risks.yaml': 'Name: x\nlist:\n  - A: 1\nwhen: 2020-01-02\n',
      'Sub/deep.json': '{"k": [1,2]}',
      't.toml': 'a = "b"\n',
      'arr.yml': '- 1\n- 2\n',
      'notes.md': '# not data\n',
    })
    expect(readSiteData(folder)).toEqual({
      Risks: { Name: 'x', list: [{ A: 1 }], when: '2020-01-02' },
      Sub: { deep: { k: [1, 2] } },
      arr: [1, 2],
      t: { a: 'b' },
    })
  })

  it('is empty without a data/ folder', () => {
    expect(readSiteData(path.join(tmpdir(), 'no-such-site', 'data'))).toEqual({})
  })

  it('stops the build naming the file and line that does not parse', () => {
    const folder = dataFolder({ 'risks.yaml': 'risks:\n  - id: R1\n    title: a: b\n' })
    expect(() => readSiteData(folder)).toThrow(
      expect.objectContaining({
        name: 'ContentError',
        file: expect.stringMatching(/data\/risks\.yaml$/),
        line: 3,
        message: expect.stringMatching(/^invalid YAML in the site's data: /),
      }),
    )
  })
})
