import type { CompositionHit } from '../tools/find-composition.js'
import { listedUnits } from '../tools/lib/member-units.js'
import type { HandlerOutput } from './answer-types.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'

const SEPARATE_WORD = { true: '单列预算', false: '不单列预算' } as const

/** What one statement says of a unit: its budget drawn up on its own or not, then the document's words. */
function unitSentence(h: CompositionHit, unit: string): string {
  const where = `${h.org}${h.year}年${h.scope}的机构设置说明`
  const verdict = h.separate === undefined ? `关于${unit}，${where}写明` : `${unit}${SEPARATE_WORD[String(h.separate) as 'true' | 'false']}：${where}写明`
  return `${verdict}：“${h.text.replace(/[。；;]$/, '')}”。`
}

/** The whole statement of the units a document's budget covers, quoted. */
function statementOf(run: ToolRunner, t: Target): string | undefined {
  const all = run.run('find-composition', { docId: t.doc.id })
  if (!all.ok) return undefined
  run.cite(...all.citations)
  const listed = listedUnits(t.doc).names
  const count = listed.length > 1 ? `文中逐一列出的所属单位共${listed.length}个：${listed.join('、')}。` : ''
  return `${t.doc.org}${t.doc.year}年${t.doc.scope}包括的单位，文件机构设置部分写明：“${all.hits[0].text.replace(/[。；;]$/, '')}”。${count}`
}

/**
 * 机构设置 asked of the documents in scope: what is said of the unit named (after the whole statement when the list
 * of units is asked too), else the whole statement. Undefined when no document in scope states either (the question
 * goes on to the other rules).
 */
export function answerComposition(run: ToolRunner, targets: Target[], unit: string | undefined, listed: boolean): HandlerOutput | undefined {
  const outs = targets.slice(0, 6).flatMap((t) => {
    const r = unit ? run.run('find-composition', { docId: t.doc.id, unit }) : undefined
    if (r?.ok) {
      run.cite(...r.citations)
      const h = r.hits[0]
      const whole = listed ? statementOf(run, t) : undefined
      if (whole && h.separate !== undefined) return [`${whole}其中${unit}${SEPARATE_WORD[String(h.separate) as 'true' | 'false']}。`]
      return [(whole ?? '') + unitSentence(h, unit!)]
    }
    const whole = statementOf(run, t)
    if (!whole) return []
    return [unit ? `${whole}其中没有单独提到${unit}。` : whole]
  })
  return outs.length ? { answer: outs.join('') } : undefined
}

/**
 * A unit no document is held for but a held document's 机构设置 names ("中小企业服务中心"): answered from that
 * document, the latest of the organisation whose statement names it; when the question asks a figure, the figure is
 * not found (the unit's own budget is not published) and the statement says where it is included.
 */
export function answerUnitInStatement(run: ToolRunner, unit: string, asksComposition: boolean): HandlerOutput | undefined {
  const r = run.run('find-composition', { unit })
  if (!r.ok) return undefined
  const orgs = [...new Set(r.hits.map((h) => h.org))]
  if (orgs.length !== 1) return undefined
  const h = r.hits.reduce((a, b) => (b.year > a.year ? b : a))
  run.cite(...r.citations.filter((c) => c.docId === h.docId))
  const said = unitSentence(h, unit)
  if (asksComposition) return { answer: said }
  return { answer: `没有找到${unit}单独公开的预算。${said}`, notFound: true }
}
