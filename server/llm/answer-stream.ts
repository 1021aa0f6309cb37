import { createUIMessageStream, createUIMessageStreamResponse, type UIMessageStreamWriter } from 'ai'
import type { AskResponse } from '../core/schema.js'
import { logEvent } from '../http/log.js'
import type { ToolRun } from './query-tools.js'

/** Sentences (kept whole up to 40 characters) as the text deltas of the stream. */
export function textChunks(text: string): string[] {
  const sentences = text.match(/[^。！？；!?;\n]+[。！？；!?;\n]*|[。！？；!?;\n]+/g) ?? []
  return sentences.flatMap((s) => s.match(/[\s\S]{1,40}/g) ?? [])
}

function writeAnswer(writer: UIMessageStreamWriter, res: AskResponse): void {
  writer.write({ type: 'data-toolcalls', data: res.toolCalls })
  writer.write({ type: 'text-start', id: 'answer' })
  for (const delta of textChunks(res.answer)) writer.write({ type: 'text-delta', id: 'answer', delta })
  writer.write({ type: 'text-end', id: 'answer' })
  writer.write({ type: 'data-citations', data: res.citations })
  if (res.chart?.length) writer.write({ type: 'data-chart', data: res.chart })
  if (res.notes?.length) writer.write({ type: 'data-notes', data: res.notes })
  writer.write({ type: 'finish', messageMetadata: { mode: res.mode } })
}

/**
 * The AI SDK 6 UI message stream of one answer: tool progress live (transient `data-progress`), then
 * the answer text, then typed data parts (`data-toolcalls`, `data-citations`, `data-chart`, `data-notes`),
 * then `finish` whose metadata says which mode answered.
 */
export function answerStreamResponse(answer: (onRun: (run: ToolRun) => void) => Promise<AskResponse>, headers?: HeadersInit): Response {
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      writer.write({ type: 'start' })
      const res = await answer((run) =>
        writer.write({ type: 'data-progress', data: { toolName: run.toolName, ok: run.ok }, transient: true }),
      )
      writeAnswer(writer, res)
    },
    onError: (error) => {
      logEvent('error', 'chat_stream_failed', { error })
      return '回答时出了问题，请稍后再试。'
    },
  })
  return createUIMessageStreamResponse({ stream, headers })
}
