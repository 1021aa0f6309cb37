import { cellRowBuilder } from './bare-cells.js'
import { isEmptyCellLine, type SourceLine } from './source-lines.js'

/** A form's keys, each followed by its value: 项目名称 | 某项目, 预算金额 | 395.60, 年度绩效目标 | …. */
const KEY = /^(?:项目名称|项目金额|预算金额|项目资金|资金总额|年度资金总额|实施单位|主管部门|项目单位|预算单位|年度绩效目标|绩效目标|年度目标|项目概况|资金来源)(?:[（(][^（）()]{1,8}[）)])?[:：]?$/u
/** The indicator grid's header labels. */
const HEAD = /^(?:[一二三]级指标|指标名称|指标值|年度指标值|目标值|绩效指标|指标内容|度量单位|计量单位|指标性质|指标方向|备注)$/u

/**
 * Rule `bare-form`: a 绩效目标表 whose cells a page printed one per paragraph with nothing between them: its keys each
 * followed by its value (项目名称, 某项目, 预算金额, 395.60 …), then the indicator grid's header (一级指标, 二级指标,
 * 三级指标, 指标值) and its rows, as many cells each as the header has. Rebuilt as tab-separated rows, each numbered by
 * its first cell's line, `spans` mapping that line to its last; undefined unless every cell reads so.
 */
export function regroupBareForm(lines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number>; caption?: number[] } | undefined {
  const cellLines = lines.filter((l) => l.text.trim() !== '' || isEmptyCellLine(l))
  const cells = cellLines.map((l) => l.text.trim())
  if (cells.some((c) => /\t/.test(c))) return undefined
  const { rows, spans, push } = cellRowBuilder(cellLines, cells)
  let i = 0
  for (; i + 1 < cells.length && KEY.test(cells[i]) && !KEY.test(cells[i + 1]) && !HEAD.test(cells[i + 1]); i += 2) push(i, i + 2)
  let j = i
  while (j < cells.length && HEAD.test(cells[j])) j++
  const width = j - i
  if (i === 0 || width < 2 || (cells.length - j) % width !== 0 || cells.length === j) return undefined
  push(i, j)
  for (let k = j; k < cells.length; k += width) push(k, k + width)
  return { rows, spans }
}
