import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import book from '../../../site.config'
import { loadBuildContext } from '../../config/build-context'
import { sourcesStep } from '../sources-step'

describe('the sources step with BookMenuBundle', () => {
  it('stages the headless bundle with the pages, without counting it as a page', () => {
    const dir = writeFixture({
      'hugo.toml': '[params]\nBookMenuBundle = "/menu"\n',
      'content/docs/a.md': '---\ntitle: A\n---\nA\n',
      'content/menu/index.md': '---\nheadless: true\n---\n- [A]({{< relref "/docs/a" >}})\n',
    })
    const step = sourcesStep(loadBuildContext(book, { HUGO_SITE: dir }, dir), dir)
    if (!step.ok) throw new Error(step.stop)
    expect(step.errors).toEqual([])
    expect(step.summary).toEqual(['1 page from 2 Markdown files (1 headless bundle)'])
    expect(step.languages[0]!.sources.pages.map((page) => page.filePath)).toEqual(['docs/a.md', 'menu/index.md'])
  })

  it('stops on a BookMenuBundle that names no page, naming the setting, the files looked for and the fix', () => {
    const dir = writeFixture({
      'hugo.toml': '[params]\nBookMenuBundle = "/menu"\n',
      'content/docs/a.md': '---\ntitle: A\n---\nA\n',
    })
    const step = sourcesStep(loadBuildContext(book, { HUGO_SITE: dir }, dir), dir)
    if (!step.ok) throw new Error(step.stop)
    expect(step.errors.map((error) => error.format())).toEqual([
      'hugo.toml: params.BookMenuBundle = "/menu": no such page (looked for content/menu/index.md, content/menu/_index.md, content/menu.md)\n' +
        '  fix: create content/menu/index.md with headless: true and the menu as a Markdown list of links, or remove BookMenuBundle to show the file tree',
    ])
    expect(step.stop).toBeDefined()
  })
})
