import { describe, expect, it } from 'vitest'
import { listenPort } from './listen-port'

describe('listenPort', () => {
  it('listens on 3000 when nothing says otherwise', () => {
    expect(listenPort([], {})).toEqual({ port: '3000', listenArgs: ['-l', '3000'] })
  })

  it('honours PORT', () => {
    expect(listenPort([], { PORT: '3750' })).toEqual({ port: '3750', listenArgs: ['-l', '3750'] })
  })

  it('lets -l or --listen win over PORT, and passes them on untouched', () => {
    expect(listenPort(['-l', '4000'], { PORT: '3750' })).toEqual({ port: '4000', listenArgs: [] })
    expect(listenPort(['--listen', 'tcp://localhost:4001'], {})).toEqual({ port: '4001', listenArgs: [] })
  })

  it('ignores an empty PORT and refuses one that is not a port, saying what to give', () => {
    expect(listenPort([], { PORT: '' }).port).toBe('3000')
    expect(() => listenPort([], { PORT: 'eighty' })).toThrow(/PORT=eighty is not a port number/)
    expect(() => listenPort([], { PORT: '70000' })).toThrow(/0 to 65535/)
  })
})
