import { describe, expect, it } from 'vitest'
import { listenAddresses, listeningLine } from './listen'

describe('where npm start listens', () => {
  it('on the loopback addresses localhost resolves to by default, else where it is told', async () => {
    const local = await listenAddresses({ kind: 'localhost' })
    expect(local.length).toBeGreaterThan(0)
    for (const address of local) expect(address).toMatch(/^(127\.\d+\.\d+\.\d+|::1)$/)
    expect(await listenAddresses({ kind: 'all' })).toEqual([undefined])
    expect(await listenAddresses({ kind: 'address', address: '0.0.0.0' })).toEqual(['0.0.0.0'])
  })

  it('says so in its first line, with the address to open', () => {
    expect(listeningLine('out', 3000, '', { kind: 'localhost' }, ['127.0.0.1', '::1'])).toBe(
      'Serving out/ at http://localhost:3000/, on this machine only (127.0.0.1, ::1): npm start -- --host opens it to other machines.',
    )
    expect(listeningLine('out/', 3000, '/repo', { kind: 'all' }, ['*'])).toBe(
      'Serving out/ at http://localhost:3000/repo/ and on every network interface of this machine (port 3000): other machines can open it.',
    )
    expect(listeningLine('out', 3000, '', { kind: 'address', address: '0.0.0.0' }, ['0.0.0.0'])).toContain(
      'and on every network interface',
    )
    expect(listeningLine('out', 80, '', { kind: 'address', address: '::1' }, ['::1'])).toBe(
      'Serving out/ at http://[::1]:80/ (that address only).',
    )
  })
})
