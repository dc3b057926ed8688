import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { refusal, unservedFiles } from './request-checks'

describe('refusal: what npm start answers before looking for a file', () => {
  it('lets GET and HEAD of any well-formed path through', () => {
    for (const method of ['GET', 'HEAD'])
      for (const url of ['/', '/docs/a/', '/a%20b/?q=%zz', '/%E4%B8%AD/', '/dot..dot/', '/x#y'])
        expect(refusal(method, url), `${method} ${url}`).toBeUndefined()
  })

  it('answers other methods 405, naming the ones allowed', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']) {
      const answer = refusal(method, '/')
      expect(answer?.status, method).toBe(405)
      expect(answer?.headers['Allow']).toBe('GET, HEAD')
    }
  })

  it('answers 400 for a path no file can have: NUL, malformed percent-encoding, not starting with /', () => {
    for (const url of ['/%00', '/docs/%00.html', '/%', '/%E4%B8', '/%zz/', '*', 'docs/']) {
      const answer = refusal('GET', url)
      expect(answer?.status, url).toBe(400)
      expect(answer?.body).toMatch(/^Bad Request: /)
    }
  })
})

describe('unservedFiles', () => {
  it('are the three header files at the export’s root, under the base path when there is one', () => {
    expect([...unservedFiles('/srv/out', '')]).toEqual([
      '/srv/out/serve.json',
      '/srv/out/_headers',
      '/srv/out/nginx-headers.conf',
    ])
    expect([...unservedFiles('site', '/sub/path')][0]).toBe(path.resolve('site/sub/path/serve.json'))
  })
})
