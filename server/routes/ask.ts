import { Hono } from 'hono'
import { validator } from 'hono/validator'
import { AskRequest } from '../core/schema.js'
import { chatRequestFrom } from '../http/chat-request.js'
import { engineForQuestion, type HonoEnv, type RouteDeps } from '../http/types.js'
import { requireJsonBody, valid } from '../http/validate.js'
import { answerQuestion, type AnswerDeps } from '../llm/answer-question.js'
import { answerStreamResponse } from '../llm/answer-stream.js'
import { createModelGate } from '../llm/model-gate.js'

const answerDeps = (d: RouteDeps): AnswerDeps => ({
  engine: d.engine,
  model: d.model,
  modelTimeoutMs: d.config.modelTimeoutMs,
  gate: createModelGate({ concurrency: d.config.modelConcurrency, perMinute: d.config.modelPerMin }),
})
/** The answer deps with the engine of the documents this question needs. */
const forQuestion = async (a: AnswerDeps, req: AskRequest): Promise<AnswerDeps> => ({ ...a, engine: await engineForQuestion(a.engine, req) })

/** POST /api/ask (one JSON AskResponse) and POST /api/chat (the same answer as an AI SDK UI message stream). */
export function askRoutes(deps: RouteDeps) {
  const answer = answerDeps(deps)
  const turn = deps.answerTurn ?? (() => Promise.resolve())
  return new Hono<HonoEnv>()
    .post('/ask', requireJsonBody, valid('json', AskRequest), async (c) => {
      const req = c.req.valid('json')
      const on = await forQuestion(answer, req)
      await turn()
      const res = await answerQuestion(on, req, undefined, c.req.raw.signal)
      return c.json(res, 200, { 'X-Answer-Mode': res.mode })
    })
    .post('/chat', requireJsonBody, validator('json', chatRequestFrom), (c) => {
      const req = c.req.valid('json')
      return answerStreamResponse(async (onRun) => {
        const on = await forQuestion(answer, req)
        await turn()
        return answerQuestion(on, req, onRun, c.req.raw.signal)
      })
    })
}
