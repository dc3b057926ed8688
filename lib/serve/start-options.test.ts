import { describe, expect, it } from 'vitest'
import { startOptions } from './start-options'

describe('startOptions', () => {
  it('serves out/ on localhost:3000 when nothing says otherwise', () => {
    expect(startOptions([], {})).toEqual({ folder: 'out', port: 3000, host: { kind: 'localhost' } })
  })

  it('takes the folder, the port from -l or PORT (-l wins)', () => {
    expect(startOptions(['out-docs'], { PORT: '3750' })).toEqual({
      folder: 'out-docs',
      port: 3750,
      host: { kind: 'localhost' },
    })
    expect(startOptions(['-l', '4000'], { PORT: '3750' }).port).toBe(4000)
    expect(startOptions(['--listen=4001'], {}).port).toBe(4001)
    expect(startOptions([], { PORT: '' }).port).toBe(3000)
  })

  it('opens every interface with --host alone, or the address it is given', () => {
    expect(startOptions(['--host'], {}).host).toEqual({ kind: 'all' })
    expect(startOptions(['--host', 'out-docs'], {})).toMatchObject({ folder: 'out-docs', host: { kind: 'all' } })
    expect(startOptions(['--host', '0.0.0.0', 'site'], {})).toMatchObject({
      folder: 'site',
      host: { kind: 'address', address: '0.0.0.0' },
    })
    expect(startOptions(['--host', '::1'], {}).host).toEqual({ kind: 'address', address: '::1' })
    expect(startOptions(['--host=book.local'], {}).host).toEqual({ kind: 'address', address: 'book.local' })
  })

  it('refuses what it does not understand, saying what to give', () => {
    expect(() => startOptions([], { PORT: 'eighty' })).toThrow(/PORT=eighty is not a port number.*0 to 65535/)
    expect(() => startOptions(['-l', '70000'], {})).toThrow(/-l 70000 is not a port number/)
    expect(() => startOptions(['-l'], {})).toThrow(/-l is not a port number/)
    expect(() => startOptions(['--no-clipboard'], {})).toThrow(
      /Unknown option --no-clipboard: npm start -- \[<folder>\]/,
    )
    expect(() => startOptions(['a', 'b'], {})).toThrow(/One folder to serve, not two \(a, b\)/)
  })
})
