import type { Figure } from '../../tools/lib/figure.js'
import type { ToolRunner } from '../tool-runner.js'

/** The row's own cell of a change or rate column, when its table prints one. */
export function rowCell(run: ToolRunner, rowId: string, column: 'change' | 'growth', year?: number): Figure | undefined {
  // (of the figure's own year: a table of the year before the document's, 2024年…执行表 in a 2025 report, has its own)
  const r = run.run('get-figure', { rowId, column, ...(year !== undefined ? { year } : {}) })
  return r.ok && r.figures[0].columnRole === column ? r.figures[0] : undefined
}

/**
 * Rule `printed-rate`: a change computed between two columns of one table row whose table prints the rate beside them
 * (增减% after 增减值) says that printed rate too, cited from its cell, when its sign agrees with the change; a rate
 * computed too is set beside the one printed when they are written differently (133.33% against 133%). A rate that
 * disagrees is not quoted: the computed change stands alone.
 */
export function printedRateBeside(run: ToolRunner, f: Figure, prior: Figure, down: boolean, computed?: string): string | undefined {
  if (!f.rowId || f.rowId !== prior.rowId) return undefined
  const rate = rowCell(run, f.rowId, 'growth', f.year)
  if (!rate || rate.amount.unit !== '%') return undefined
  const negative = rate.text.trim().startsWith('-')
  const zero = Number(rate.amount.value) === 0
  if (zero || negative !== down) return undefined
  // (a rate computed already and printed the same, 22% as 22.00%, is not said twice)
  const said = Math.abs(Number(rate.amount.value))
  const worked = computed !== undefined ? Math.abs(Number(computed.replace(/[^\d.-]/gu, ''))) : undefined
  if (worked === said) return undefined
  // (…and one its own amounts cannot give, rounded as printed, is said to disagree)
  const decimals = (rate.amount.value.split('.')[1] ?? '').length
  const disagrees = worked !== undefined && Number.isFinite(worked) && Math.abs(Number(worked.toFixed(decimals)) - said) > 10 ** -decimals / 2 + 1e-9
  run.cite(rate.citation)
  // (a negative rate said as the fall it is: "-10.6%" is 下降10.6%)
  return `表中“${rate.column ?? '增减%'}”一栏为${rate.text}${negative ? `，即下降${rate.text.trim().replace(/^-/u, '')}` : ''}${disagrees ? '，与按表中两个数算出的不一致' : ''}`
}

/**
 * Rule `printed-change`: no baseline year printed, but the row's table prints the change itself (预算增加 −2312,
 * 预算增长% −74%): the change as printed, its direction read from its sign, cited from its cells. Undefined when the
 * row prints neither.
 */
export function printedChangeOfRow(run: ToolRunner, f: Figure): { text: string; down: boolean } | undefined {
  if (!f.rowId) return undefined
  const change = rowCell(run, f.rowId, 'change', f.year)
  const rate = rowCell(run, f.rowId, 'growth', f.year)
  const signed = change ?? rate
  if (!signed) return undefined
  const value = Number(signed.amount.value)
  if (!Number.isFinite(value)) return undefined
  const down = value < 0
  const abs = (x: Figure) => x.text.trim().replace(/^-/, '')
  run.cite(...[change, rate].filter((x): x is Figure => !!x).map((x) => x.citation))
  if (value === 0) return { text: `表中列示与上年持平（${signed.column}为${signed.text}）`, down }
  const parts = [change && `${down ? '减少' : '增加'}${abs(change)}`, rate && `${down ? '下降' : '增长'}${abs(rate)}`].filter(Boolean)
  const cols = [change, rate].filter((x): x is Figure => !!x).map((x) => `“${x.column}”一栏为${x.text}`).join('，')
  return { text: `据表中列示，比上年${parts.join('，')}（${cols}）`, down }
}
