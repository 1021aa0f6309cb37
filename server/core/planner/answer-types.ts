import type { ChartBar } from '../schema.js'
import type { QuestionFrame } from './question-frame.js'
import type { Scope } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'

/** What an operation handler gets, and what it gives back (citations go through the runner). */
export interface HandlerInput {
  run: ToolRunner
  frame: QuestionFrame
  scope: Scope
}

export interface HandlerOutput {
  answer: string
  chart?: ChartBar[]
  /** true when nothing was found: the answer is a plain not-found */
  notFound?: boolean
}
