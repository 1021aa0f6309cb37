import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capConnections, nodeServerLimits, nodeServerOptions } from '../../server/node-server-limits.js'
import { testApp } from './helpers.js'

/** The Node server as npm start builds it, with short timeouts: slow clients are cut off, connections capped. */
let server: Server
let port: number
beforeAll(async () => {
  const limits = nodeServerLimits({ HEADERS_TIMEOUT_MS: '400', REQUEST_TIMEOUT_MS: '800', MAX_CONNECTIONS: '3' })
  server = serve({ fetch: testApp().fetch, port: 0, hostname: '127.0.0.1', serverOptions: nodeServerOptions(limits) }) as Server
  capConnections(server, limits)
  await new Promise((r) => (server.listening ? r(0) : server.once('listening', r)))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((r) => { server.closeAllConnections(); server.close(r) }))

/** Opens a socket, writes `data`, and resolves with what came back and how long until the server closed it. */
function slowClient(data: string): Promise<{ ms: number; reply: string; socket: Socket }> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    let reply = ''
    const socket = connect(port, '127.0.0.1', () => socket.write(data))
    socket.on('data', (d) => (reply += d.toString()))
    socket.on('error', () => {})
    socket.on('close', () => resolve({ ms: performance.now() - t0, reply, socket }))
  })
}

describe('Node server limits', () => {
  it('defaults: headers 10 s, whole request 30 s, 1,024 connections', () => {
    expect(nodeServerLimits({})).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1024 })
  })

  it('headers that never finish are cut off after HEADERS_TIMEOUT_MS', async () => {
    const { ms, reply } = await slowClient('POST /api/ask HTTP/1.1\r\nHost: x\r\n')
    expect(ms).toBeLessThan(2500)
    expect(reply).toMatch(/^HTTP\/1\.1 408|^$/)
  })

  it('a body that never finishes is cut off after REQUEST_TIMEOUT_MS', async () => {
    const { ms, reply } = await slowClient('POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"question":')
    expect(ms).toBeLessThan(3000)
    expect(reply).toMatch(/^HTTP\/1\.1 408|^$/)
  })

  it('past MAX_CONNECTIONS new sockets are refused', async () => {
    const held: Socket[] = []
    for (let i = 0; i < 3; i++) held.push(await new Promise<Socket>((r) => { const s = connect(port, '127.0.0.1', () => r(s)); s.on('error', () => {}) }))
    await new Promise((r) => setTimeout(r, 50))
    const { ms, reply } = await slowClient('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n')
    expect(reply).toBe('')
    expect(ms).toBeLessThan(1000)
    for (const s of held) s.destroy()
  })
})
