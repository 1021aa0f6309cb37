import type { QuestionFrame } from '../question-frame.js'

/** What a part asked inside its container is asked about: why it moved (its amount is read through the container's parts). */
const ONE_SUBJECT_OPS = new Set<QuestionFrame['op']>(['reason'])
/** The words between a container and its part: "…预算安排情况里", "…中", "…当中" */
const WITHIN = /^[^，,。；;？?]{0,12}?(?:里面|当中|之中|里|中)$/u

/**
 * Rule `part-in-container`: "2022年三公经费预算安排情况里公务用车运行费为啥涨了" names the container (三公经费) to say
 * where the part (公务用车运行费) is: its amount, change or reason is the part's, not the container's.
 */
export function partInContainer(frame: QuestionFrame): QuestionFrame {
  if (!ONE_SUBJECT_OPS.has(frame.op) || frame.concepts.length !== 2) return frame
  const [a, b] = frame.concepts
  if (a.kind === 'column' || b.kind === 'column' || !WITHIN.test(frame.text.slice(a.end, b.start))) return frame
  return { ...frame, concepts: [b] }
}
