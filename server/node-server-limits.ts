import type { Server } from 'node:http'

/**
 * What one slow or greedy client may hold on Node: headers within HEADERS_TIMEOUT_MS, the whole request body
 * within REQUEST_TIMEOUT_MS (answers may stream longer: this bounds only what the client sends), idle keep-alive
 * sockets closed after 5 s, and at most MAX_CONNECTIONS open sockets (more are refused at accept).
 */
export interface NodeServerLimits {
  headersTimeoutMs: number
  requestTimeoutMs: number
  maxConnections: number
}

const int = (v: string | undefined, fallback: number, min: number) => {
  const n = v === undefined || v.trim() === '' ? NaN : Number(v)
  return Number.isInteger(n) && n >= min ? n : fallback
}

export function nodeServerLimits(env: Record<string, string | undefined>): NodeServerLimits {
  const headersTimeoutMs = int(env.HEADERS_TIMEOUT_MS, 10_000, 100)
  return {
    headersTimeoutMs,
    requestTimeoutMs: Math.max(int(env.REQUEST_TIMEOUT_MS, 30_000, 100), headersTimeoutMs + 1),
    maxConnections: int(env.MAX_CONNECTIONS, 1024, 1),
  }
}

/** Options for http.createServer (serve's `serverOptions`): Node checks the timeouts every interval. */
export function nodeServerOptions(l: NodeServerLimits) {
  return {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(l.headersTimeoutMs / 4))),
  }
}

/** The connection cap, set on the listening server. */
export function capConnections(server: Server, l: NodeServerLimits): void {
  server.maxConnections = l.maxConnections
}
