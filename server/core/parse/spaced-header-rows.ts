import type { SourceLine } from './source-lines.js'

const HEADER_WORD = /^[\p{Script=Han}（）()]{1,10}$/u
/** a figure column's head: a year's stage or amount, a change, a rate */
const VALUE_HEAD = /^(?:上年度?|本年度?|今年|去年|上期|本期|同期)(?:数|实际|决算|预算|执行)?$|(?:数|额|金额|增长|增减|增幅|幅度|比例|比重|率|[%％])$|^(?:19|20)\d{2}年度?/u
const UNIT_HEAD = /^(?:计量)?单位$/
const YEAR_CELL = /^[（(]?((?:19|20)\d{2})年度?[)）]?$/
const FIGURE = /^-?\d[\d,]*(?:\.\d+)?[%％]?$/
const UNIT_WORD = /^(?:亿元|万元|千元|元|万人次|人次|万人|人|次|天|日|张|床|个|台|辆|项|户|家|所|件|套|平方米|亩|%|％)$/
const MIN_ROWS = 3

const words = (l: SourceLine) => l.text.trim().split(/\s+/).filter(Boolean)

/** The figures a row ends with, and the words before them. */
function splitRow(ws: string[]): { label: string[]; figures: string[] } {
  let k = ws.length
  while (k > 0 && FIGURE.test(ws[k - 1])) k--
  return { label: ws.slice(0, k), figures: ws.slice(k) }
}

interface Header { heads: string[]; values: number; unitAt: number }

function headerOf(l: SourceLine): Header | undefined {
  if (l.text.includes('\t')) return undefined
  const heads = words(l)
  if (heads.length < 4 || !heads.every((w) => HEADER_WORD.test(w))) return undefined
  let values = 0
  while (values < heads.length && VALUE_HEAD.test(heads[heads.length - 1 - values])) values++
  // at least two figure columns, and at least one label column before them
  if (values < 2 || values >= heads.length) return undefined
  return { heads, values, unitAt: heads.findIndex((h, i) => i < heads.length - values && UNIT_HEAD.test(h)) }
}

/** One row's cells under the header: figures from the right, the unit under 单位, label words from the right. */
function cellsOf(h: Header, ws: string[]): string[] | undefined {
  const { label, figures } = splitRow(ws)
  if (!figures.length || figures.length > h.values || !label.length) return undefined
  const labelCols = h.heads.length - h.values
  const cells = Array<string>(h.heads.length).fill('')
  figures.forEach((f, i) => { cells[h.heads.length - figures.length + i] = f })
  const rest = [...label]
  if (h.unitAt >= 0 && UNIT_WORD.test(rest[rest.length - 1] ?? '')) cells[h.unitAt] = rest.pop()!
  const nameCols = Array.from({ length: labelCols }, (_, i) => i).filter((i) => i !== h.unitAt)
  if (!rest.length || rest.some((w) => UNIT_WORD.test(w))) return undefined
  // the label words from the right; more words than columns run together in the first
  for (let c = nameCols.length - 1; c >= 0 && rest.length; c--) cells[nameCols[c]] = c === 0 ? rest.splice(0).join(' ') : rest.pop()!
  return cells
}

/**
 * Rule `spaced-header-rows`: a table a web page prints one row per paragraph, its cells set apart by single spaces
 * ("一级指标 二级指标 单位 上年度 本年度 增长" over "经济指标 总收入 万元 21226.69 24309.16 14.52%" and "总支出 万元
 * 19021.49 21614.49 13.63%"). The header is four or more short column words, the last of them figure columns
 * (上年度, 本年度, 增长, …数, …额); the rows end in as many figures. Each line is read back as tab-separated cells:
 * the figures under the figure columns from the right, a unit word under a 单位 column, the words before it under
 * the label columns from the right (a group's label printed on its first row only). A line of years under the
 * header ("(2018年) (2019年)") names the figure columns in order. The source lines keep their numbers; anything
 * else is left as it was.
 */
export function tabSpacedHeaderRows(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined
  for (let i = 0; i < lines.length; i++) {
    const h = headerOf(lines[i])
    if (!h) continue
    let j = i + 1
    while (j < lines.length && !lines[j].text.trim()) j++
    // a line of years under the header names the figure columns in order
    const years = j < lines.length && words(lines[j]).length <= h.values && words(lines[j]).every((w) => YEAR_CELL.test(w)) ? words(lines[j]) : undefined
    const first = years ? j + 1 : j
    const rows: { at: number; cells: string[] }[] = []
    for (let k = first; k < lines.length; k++) {
      if (!lines[k].text.trim()) continue
      if (lines[k].text.includes('\t')) break
      const cells = cellsOf(h, words(lines[k]))
      if (!cells) break
      rows.push({ at: k, cells })
    }
    if (rows.length < MIN_ROWS) continue
    out ??= [...lines]
    out[i] = { ...lines[i], text: h.heads.join('\t') }
    if (years) {
      const cells = Array<string>(h.heads.length).fill('')
      years.forEach((y, n) => { cells[h.heads.length - h.values + n] = `${YEAR_CELL.exec(y)![1]}年` })
      out[j] = { ...lines[j], text: cells.join('\t') }
    }
    for (const r of rows) out[r.at] = { ...lines[r.at], text: r.cells.join('\t') }
    i = rows[rows.length - 1].at
  }
  return out ?? lines
}
