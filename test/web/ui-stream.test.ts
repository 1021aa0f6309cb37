import { describe, expect, it } from 'vitest'
import { answerFromStream, applyStreamPart, emptyAnswer, parseUIMessageStream } from '../../web/src/shared/ui-stream.js'

const sse = (...parts: unknown[]) => parts.map((p) => `data: ${typeof p === 'string' ? p : JSON.stringify(p)}\n\n`).join('')

const citation = { kind: 'row', docId: 'd1', org: '某局', year: 2025, tableId: 'd1/t3', rowId: 'd1/t3/r5', code: '30217', rowName: '公务接待费', value: '0.50', unit: '万元', lines: [146, 146] }

describe('parseUIMessageStream', () => {
  it('splits complete events and keeps the incomplete tail', () => {
    const { parts, done, rest } = parseUIMessageStream(sse({ type: 'start' }, { type: 'text-start', id: 't' }) + 'data: {"type":"text-de')
    expect(parts).toEqual([{ type: 'start' }, { type: 'text-start', id: 't' }])
    expect(done).toBe(false)
    expect(rest).toBe('data: {"type":"text-de')
  })

  it('sees [DONE], CRLF line ends, comments and multi-line data', () => {
    const body = ': keep-alive\r\n\r\ndata: {"type":\r\ndata: "finish"}\r\n\r\ndata: [DONE]\r\n\r\n'
    expect(parseUIMessageStream(body)).toEqual({ parts: [{ type: 'finish' }], done: true, rest: '' })
  })

  it('drops malformed JSON and typeless objects without losing the rest', () => {
    const { parts } = parseUIMessageStream('data: {oops\n\ndata: {"no":"type"}\n\n' + sse({ type: 'finish' }))
    expect(parts).toEqual([{ type: 'finish' }])
  })

  it('gives the same parts however the bytes are chunked', () => {
    const body = sse({ type: 'text-start', id: 'a' }, { type: 'text-delta', id: 'a', delta: '公务接待费' }, { type: 'text-end', id: 'a' }, '[DONE]')
    for (const size of [1, 3, 7, 50]) {
      let buffer = ''
      const parts: unknown[] = []
      for (let i = 0; i < body.length; i += size) {
        const r = parseUIMessageStream(buffer + body.slice(i, i + size))
        parts.push(...r.parts)
        buffer = r.rest
      }
      expect(parts).toHaveLength(3)
    }
  })
})

describe('applyStreamPart / answerFromStream', () => {
  it('assembles text, citations, chart and tool calls', () => {
    const s = answerFromStream(sse(
      { type: 'start' },
      { type: 'text-start', id: 't1' },
      { type: 'text-delta', id: 't1', delta: '2025年公务接待费为' },
      { type: 'text-delta', id: 't1', delta: '0.50万元。' },
      { type: 'text-end', id: 't1' },
      { type: 'data-toolcalls', data: [{ toolName: 'lookup', input: {}, ok: true }] },
      { type: 'data-citations', data: [citation] },
      { type: 'data-chart', data: [{ label: '甲', yuan: 5000, text: '0.50万元' }] },
      { type: 'data-notes', data: ['单位不同，已换算为万元。', 3] },
      { type: 'finish', messageMetadata: { mode: 'offline' } },
      '[DONE]',
    ))
    expect(s.text).toBe('2025年公务接待费为0.50万元。')
    expect(s.citations).toEqual([citation])
    expect(s.chart).toHaveLength(1)
    expect(s.toolCalls).toHaveLength(1)
    expect(s.notes).toEqual(['单位不同，已换算为万元。'])
    expect(s.finished).toBe(true)
  })

  it('separates text blocks with a newline', () => {
    const s = answerFromStream(sse({ type: 'text-start', id: 'a' }, { type: 'text-delta', id: 'a', delta: '一' }, { type: 'text-start', id: 'b' }, { type: 'text-delta', id: 'b', delta: '二' }))
    expect(s.text).toBe('一\n二')
    expect(s.finished).toBe(false)
  })

  it('counts transient progress parts', () => {
    const s = answerFromStream(sse({ type: 'start' }, { type: 'data-progress', data: { toolName: 'findRows', ok: true }, transient: true }, { type: 'data-progress', data: {} }))
    expect(s.progress).toBe(2)
    expect(s.text).toBe('')
  })

  it('turns an error part into a finished answer with the message', () => {
    const s = applyStreamPart(emptyAnswer(), { type: 'error', errorText: '服务暂时不可用' })
    expect(s).toMatchObject({ error: '服务暂时不可用', finished: true })
  })

  it('ignores unknown parts and leaves the input state untouched', () => {
    const before = emptyAnswer()
    const after = applyStreamPart(before, { type: 'reasoning-delta', delta: 'x' })
    expect(after).toBe(before)
    applyStreamPart(before, { type: 'text-delta', id: 'a', delta: 'x' })
    expect(before.text).toBe('')
  })
})

describe('the live status line', () => {
  it('names the lookup that is running', async () => {
    const { statusText } = await import('../../web/src/chat/chat-turn.js')
    expect(statusText({ progress: 0 })).toBe('正在查找…')
    expect(statusText({ progress: 2, lastTool: 'get-figure' })).toBe('正在表格里找这个数字…（已查 2 次）')
    expect(statusText({ progress: 1, lastTool: 'unknown' })).toBe('正在查表…（已查 1 次）')
    const s = answerFromStream(sse({ type: 'data-progress', data: { toolName: 'rank-figures', ok: true } }))
    expect(s.lastTool).toBe('rank-figures')
  })
})
