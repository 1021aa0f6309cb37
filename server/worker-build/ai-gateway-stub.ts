/**
 * Stands in for `@ai-sdk/gateway` in the citizens' Worker bundle (server/worker-build/lean-worker-plugin.ts).
 * `ai` imports the Vercel AI Gateway as its default provider, for a model given as a bare string; the service always
 * passes a provider model (the chat model of server/llm/provider.ts), so the gateway never runs. What
 * `ai` does run with it is kept exact: its error classes are recognised by the same global symbols the real ones
 * carry (the retry loop and the error wrapper ask `GatewayError.isInstance`), and a string model fails loudly.
 */
const marker = Symbol.for('vercel.ai.gateway.error')
const authMarker = Symbol.for('vercel.ai.gateway.error.GatewayAuthenticationError')
const hasMarker = (error: unknown, symbol: symbol) =>
  typeof error === 'object' && error !== null && symbol in error && (error as Record<symbol, unknown>)[symbol] === true

export class GatewayError extends Error {
  static isInstance(error: unknown): boolean {
    return hasMarker(error, marker)
  }
}

export class GatewayAuthenticationError extends GatewayError {
  static isInstance(error: unknown): boolean {
    return hasMarker(error, marker) && authMarker in (error as object)
  }
}

const absent = (): never => {
  throw new Error('the AI Gateway is not part of this Worker: pass a provider model (createOpenAI(...).chat(id)), not a model id string')
}

export function createGateway(): never {
  return absent()
}

/** The default provider `ai` falls back to for a string model id: every model lookup fails. */
export const gateway = new Proxy(absent, { get: (_, key) => (key === 'then' ? undefined : absent), apply: absent })
