import { simulateReadableStream } from 'ai'
import { MockLanguageModelV3 } from 'ai/test'

type Part = Record<string, unknown> & { type: string }

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } }
const finish = (unified: 'stop' | 'tool-calls'): Part => ({ type: 'finish', finishReason: { unified, raw: unified }, usage })

let ids = 0
/** A step that calls one tool. */
export const callTool = (toolName: string, input: unknown): Part[] => [
  { type: 'tool-call', toolCallId: `call-${++ids}`, toolName, input: typeof input === 'string' ? input : JSON.stringify(input) },
  finish('tool-calls'),
]

/** A step that writes text in a few deltas. */
export const say = (text: string): Part[] => [
  { type: 'text-start', id: 't' },
  ...(text.match(/[\s\S]{1,6}/g) ?? []).map((delta) => ({ type: 'text-delta', id: 't', delta })),
  { type: 'text-end', id: 't' },
  finish('stop'),
]

/** A mock model that plays `steps` in order, one per model call. */
export function scriptedModel(...steps: Part[][]) {
  return new MockLanguageModelV3({
    doStream: steps.map((chunks) => ({ stream: simulateReadableStream({ chunks, chunkDelayInMs: 1 }) })) as never,
  })
}

/** A provider that fails on every call. */
export const failingModel = (error = new Error('503 Service Unavailable')) =>
  new MockLanguageModelV3({ doStream: async () => { throw error } })

/** A provider that accepts the call and then never sends a byte (and ignores the abort signal). */
export const silentModel = () =>
  new MockLanguageModelV3({ doStream: async () => ({ stream: new ReadableStream({ start() {} }) }) })
