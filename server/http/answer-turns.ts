/**
 * Questions take turns on the event loop. Answering is synchronous CPU work (a few ms, more for a long question);
 * when several questions are ready at once they would otherwise run back to back, and a health probe, a search or
 * a page load arriving meanwhile waits for all of them. Here each question waits for its turn, and turns are given
 * one per loop iteration (setImmediate), so the loop reads its sockets between two answers: anything else waits
 * for at most one answer.
 */
export function answerTurns(defer: (fn: () => void) => void = setImmediate): () => Promise<void> {
  const waiting: (() => void)[] = []
  let scheduled = false
  const grant = () => {
    scheduled = false
    waiting.shift()?.()
    // scheduled from inside this callback, the next turn runs on the next loop iteration, after the poll phase
    if (waiting.length) schedule()
  }
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    defer(grant)
  }
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      schedule()
    })
}
