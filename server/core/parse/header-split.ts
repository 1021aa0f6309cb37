import { defaultVocabulary } from '../lexicon/default-vocabulary.js'

// the parser runs at ingest, with no tool context: the default vocabulary's header terms
const TERMS = [...defaultVocabulary.header.terms].sort((a, b) => b.length - a.length)

/** "事业收入其他收入" → ["事业收入", "其他收入"]: a cell that is wholly two or more known labels run together, else undefined. */
export function splitRunTogether(cell: string): string[] | undefined {
  const parts: string[] = []
  let rest = cell.replace(/\s+/g, '')
  while (rest) {
    const t = TERMS.find((x) => rest.startsWith(x))
    if (!t) return undefined
    parts.push(t)
    rest = rest.slice(t.length)
  }
  return parts.length >= 2 ? parts : undefined
}

/** An amount's label and the next column's item label in one cell, a space between or none (the cell's spaces may be gone). */
const AMOUNT_THEN_ITEM = /^(金额|预算数|决算数|执行数)\s*((?:收入|支出)项目(?:[（(][^（）()]{0,12}[）)])?)$/u
/**
 * "金额 支出项目（按功能分类）": a 收支总表's income amount label and its spending item label set so close that they ran
 * into one text run: each a label of its own.
 */
function amountThenItem(cell: string): string[] | undefined {
  const m = AMOUNT_THEN_ITEM.exec(cell.trim())
  return m ? [m[1], m[2]] : undefined
}

/**
 * Rule `run-together-header`: a PDF whose header labels sit close together is read as one cell holding several known
 * labels ("一般公共预算拨款收入政府性基金预算拨款收入…"), with the cells around it left empty. When the cell is
 * wholly such labels and enough empty cells follow it, or follow and precede it (its run centred over the columns it
 * spans: "单位名称 | 合计 | | 上年结转一般公共预算拨款收入…事业收入 | | | | 其他收入"), columns no other header row labels
 * on their own, each label goes to its own column, in order.
 */
export function splitRunTogetherHeaders(grid: string[][]): void {
  const before = grid.map((r) => [...r])
  for (const [ri, r] of before.entries()) {
    // a column it takes over is empty in this row and holds no label of its own in any other row
    const freeAt = (k: number, c: number) => k >= 0 && k < r.length && r[k] === '' && before.every((o) => o === r || (o[k] ?? '') === '' || o[k] === o[c])
    for (let c = 0; c < r.length; c++) {
      // (a side's own item label, 收入项目, is one label, never 收入 | 项目)
      const parts = r[c] ? amountThenItem(r[c]) ?? (/^(?:收入|支出)项目/u.test(r[c]) ? undefined : splitRunTogether(r[c])) : undefined
      if (!parts) continue
      // its own and the free columns to its right, then (its first label centred over them) the free ones to its left
      let right = 0
      while (right < parts.length - 1 && freeAt(c + 1 + right, c)) right++
      let left = 0
      while (right + left < parts.length - 1 && freeAt(c - 1 - left, c)) left++
      if (right + left !== parts.length - 1) continue
      grid[ri][c] = ''
      parts.forEach((p, i) => { grid[ri][c - left + i] = p })
    }
  }
}

/** A code of the economic or functional classification, alone: 30201, 2070112. */
const CODE = /^\d{3,7}$/
/** An amount as a cell prints it. */
const VALUE = /^-?[\d,]+(?:\.\d+)?$/
/** A label of an amount's column: 决算数, 预算数, 金额. */
const AMOUNT_LABEL = /数$|金额$|合计$/u
/** A label of a name's column (项目, 科目名称) or a code's (经济分类科目编码). */
const NAME_LABEL = /^(?:项目|科目名称|名称)$/u
const CODE_LABEL = /编码$|代码$/u

/**
 * Rule `run-together-column`: a text layer that prints two columns so close together that their header labels run into
 * one cell ("决算数经济分类科目编码": the left side's amount beside the right side's code; "决算数项目": a 收支总表's income
 * amount beside its spending item) runs their cells together too ("230.94 30201", "1,192.64 一、文化旅游体育与传媒支出").
 * When a header cell is wholly an amount's label then a code's or a name's, and most body cells under it are an amount
 * then such a word apart by a space, the column is two: the labels and each cell's two parts go to their own columns (a
 * lone amount to the amount's, a lone code or name to the other). Mutates the rows in place.
 */
export function splitRunTogetherColumns(header: string[][], data: string[][]): void {
  const width = Math.max(0, ...header.map((r) => r.length))
  const pairOf = (r: string[], c: number) => { const p = r[c] ? splitRunTogether(r[c]) : undefined; return p?.length === 2 && AMOUNT_LABEL.test(p[0]) && (CODE_LABEL.test(p[1]) || NAME_LABEL.test(p[1])) ? p : undefined }
  for (let c = width - 1; c >= 0; c--) {
    const at = header.findIndex((r) => !!pairOf(r, c))
    const parts = at >= 0 ? pairOf(header[at], c) : undefined
    if (!parts) continue
    // (a code's column holds the other side's total label on the total row: "450.00 公用经费合计")
    const coded = CODE_LABEL.test(parts[1])
    const other = coded ? (w: string) => CODE.test(w) || /^\p{Script=Han}+合计$/u.test(w) : (w: string) => /^\p{Script=Han}|^[一二三四五六七八九十]+、/u.test(w)
    const split = (v: string) => { const m = /^(\S+)\s+(.+)$/u.exec(v.trim()); return m && VALUE.test(m[1]) && other(m[2]) ? [m[1], m[2]] : undefined }
    const filled = data.map((r) => (r[c] ?? '').trim()).filter(Boolean)
    const pairs = filled.filter((v) => split(v))
    if (filled.length < 3 || pairs.length * 2 < filled.length) continue
    // (a group label above, 人员经费 / 公用经费, goes on over the new column as it did over both halves)
    header.forEach((r, i) => { while (r.length <= c) r.push(''); r.splice(c + 1, 0, i === at ? parts[1] : i < at ? (r[c + 1] ?? '') : ''); if (i === at) r[c] = parts[0] })
    for (const r of data) {
      while (r.length <= c) r.push('')
      const v = r[c].trim()
      const [first, second] = split(v) ?? (VALUE.test(v) && !(coded && CODE.test(v)) ? [v, ''] : ['', v])
      r.splice(c, 1, first, second)
    }
  }
}
