import type { ColumnRole } from '../../schema.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** The parts of 基本支出 the prose states by name when no table prints them as columns. */
const PART_WORD: Partial<Record<ColumnRole, string>> = { personnel: '人员经费', public: '公用经费' }

/**
 * Rule `prose-part-column`: "基本支出中人员经费和公用经费" where no table has a 人员经费 | 公用经费 column (the
 * economic-class table splits 基本支出 by 工资福利支出, 商品和服务支出 … instead): the figure the prose states for
 * the part in a sentence that names the whole ("基本支出2,854.74万元，其中：人员经费2,564.81万元…"), as printed.
 */
export function prosePartColumn(run: ToolRunner, t: Target, whole: string, role: ColumnRole): Figure | undefined {
  const part = PART_WORD[role]
  if (!part) return undefined
  const r = run.run('find-prose-figure', { docId: t.doc.id, kind: 'money', name: part, near: [whole] })
  if (!r.ok) return undefined
  const f = r.figures[0]
  // the sentence's own paragraph names the whole (the excerpt may start at the part)
  const para = t.doc.paragraphs.find((p) => p.id === f.citation.paragraphId)
  return para?.text.includes(whole) ? f : undefined
}
