import { compactText } from '../../search/normalize-text.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `prose-as-asked`: the question's own words for a concept, where the prose prints them with a figure and the
 * concept's prose forms find none: a 决算 states 收入总计, 本年收入合计 and 本年支出合计 apart ("收入总计434.72万元，其中：
 * 本年收入合计434.16万元"), where the vocabulary reads them all as the income or spending total.
 */
export function proseAsAsked(run: ToolRunner, t: Target, subject: ConceptHit): Figure | undefined {
  const asked = compactText(subject.surface)
  // (总收入, 总支出: three characters that name a side's whole as pages print it)
  if (subject.kind !== 'lexicon' || (asked.length < 4 && !/^总(?:收入|支出)$/u.test(asked)) || asked === compactText(subject.name)) return undefined
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: asked, kind: 'money', asPrinted: true })
  return r.ok ? r.figures[0] : undefined
}
