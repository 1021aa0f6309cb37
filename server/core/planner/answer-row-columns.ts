import { isProseColumn } from '../tools/find-prose-figure.js'
import type { Citation, ColumnRole } from '../schema.js'
import { stageOf } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { stageOfHead } from '../lexicon/stage-words.js'
import type { Figure } from '../tools/lib/figure.js'
import { figureText, joinSentences, labelOf, orgYear, stageWord } from './compose.js'
import { figureFor, figureInput } from './figure-for.js'
import { ONE_FUND } from '../tools/lib/all-funds-first.js'
import { notFoundInDoc } from './not-found.js'
import { prosePartColumn } from './rules/prose-part-column.js'
import { checkedCompletion, completionAgainstAsked, computedCompletion } from './rules/completion-computed.js'
import type { ConceptHit } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'

/** How the answer names each column role. */
export const COLUMN_WORD: Partial<Record<ColumnRole, string>> = {
  total: '合计', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费',
  initial: '年初预算', adjusted: '调整预算', final: '决算数', completion: '完成预算的比例', change: '增减额', prior: '上年数',
}

/** One asked column of the row: its figure, or why there is none. */
type Cell = { role: ColumnRole; figure?: Figure; empty?: Citation; computed?: string }

/**
 * The column as printed, when its header does not say the word asked: "年初预算" read from a 决算 table's "预算数"
 * (of "预算数 › 会议费", the header that is not the subject's own name).
 */
function printedColumn(label: string | undefined, word: string, isSubject: (seg: string) => boolean): string {
  const segs = (label ?? '').split(' › ').map((x) => x.replace(/\s+/g, ''))
  if (!segs[0] || segs.some((x) => x.includes(word))) return ''
  // the stage's own head ("预算数") where the path prints one, else the last words that are not the subject's
  const head = segs.find((x) => stageOfHead(compactText(x))) ?? segs.filter((x) => !isSubject(x) && !/^(?:合计|小计)$/.test(x)).pop() ?? segs[segs.length - 1]
  return `（表中“${head}”栏）`
}

/** The cell of the same row (by rowId) in another column; a column that row's table lacks is looked for elsewhere. */
function cellOfRow(run: ToolRunner, t: Target, subject: ConceptHit, rowId: string, role: ColumnRole): Cell {
  const same = run.run('get-figure', { rowId, column: role })
  // rule stage-rows: a table whose rows are its stages (a 三公 table's "预算数" and "决算数" rows over its items): a row
  // named for one stage never gives another stage's figure; the stage asked is its own row
  // (the stage heads a 三公 table prints down its side, its year before them: "2024年预算数"; the budget as set and the
  // accounts, the stages this rule reads)
  const head = same.ok ? stageOfHead(compactText(same.figures[0].citation.rowName ?? '').replace(/^\d{4}年度?/u, '')) : undefined
  const rowStage = head === 'initial' || head === 'final' ? head : undefined
  if (same.ok && (!rowStage || rowStage === role)) return { role, figure: same.figures[0] }
  if (same.ok) {
    const own = figureFor(run, t, subject, role).figure
    return own && own.citation.rowId !== rowId ? { role, figure: own } : { role }
  }
  if (same.citations[0]?.column) {
    // halves side by side (人员经费合计 | 公用经费合计 on one line) put each total on its own row of the same table
    const other = figureFor(run, t, subject, role)
    if (other.figure?.rowId?.startsWith(rowId.replace(/r\d+$/, ''))) return { role, figure: other.figure }
    return { role, empty: same.citations[0] }
  }
  // a budget's own 预算数 asked as 预算数/年初预算 of a table that prints the year's one budget column ("2023年度预算数")
  if (role === 'initial' && stageOf(t.doc.scope) === '预算') {
    const own = run.run('get-figure', { rowId })
    if (own.ok && own.figures[0].year === t.doc.year && /预算/u.test(own.figures[0].column ?? '')) return { role, figure: own.figures[0] }
  }
  // the row's table has no such column: the same subject in a table that has it (人员经费 in the 收支总表)
  const other = figureFor(run, t, subject, role)
  return { role, figure: other.figure, empty: other.empty }
}

/**
 * Rule `all-funds-row`: the row every column is read from, when the first column asked was read from a one-fund table
 * (一般公共预算财政拨款支出表) and no fund was named, is the all-funds table's row printing the same amount (支出决算表's
 * 图书馆 基本支出): the next column asked (项目支出) is then the subject's whole, not the one fund's part. (One column
 * asked keeps its reading: nothing else is read on the row.)
 */
function allFundsRow(run: ToolRunner, t: Target, subject: ConceptHit, role: ColumnRole, f: Figure): Figure {
  if (subject.tableKind || subject.fiscalPart || !ONE_FUND.has(f.tableKind ?? '')) return f
  for (const tableKind of ['spending', 'income'] as const) {
    if (!t.doc.tables.some((x) => x.kind === tableKind)) continue
    const r = run.run('get-figure', { ...figureInput(t, subject, role), tableKind })
    const g = r.ok ? r.figures[0] : undefined
    if (g?.rowId && g.fen === f.fen && g.tableKind === tableKind) return g
  }
  return f
}

/** The words for one cell: "项目支出为25.00万元", "基本支出栏为空", "表中没有人员经费一栏". */
function cellText(c: Cell, isSubject: (seg: string) => boolean, stage = '', accounts = true): string {
  // (the amount done that a report's prose states outside a 决算, "上半年…完成5756.3万元", is its 完成数: no 决算 was made)
  // (…and a table's column of what was done outside a 决算 is named as printed: 执行数, 完成数)
  const doneLeaf = c.figure?.citation.column?.split(' › ').pop()?.trim()
  const word = c.role === 'final' && !accounts && c.figure ? (c.figure.citation.kind === 'paragraph' ? '完成数' : doneLeaf && /^(?:\d{4}年)?(?:预计)?(?:执行|完成)数?$/u.test(doneLeaf) ? doneLeaf : COLUMN_WORD[c.role]!) : COLUMN_WORD[c.role] ?? c.role
  if (c.figure) {
    // the column as printed, when it is not the word asked ("年初预算" read from a 决算 table's "预算数")
    const printed = c.role === 'total' ? '' : printedColumn(c.figure.column, word, isSubject)
    return `${word}${printed}${stage}为${figureText(c.figure)}`
  }
  if (c.computed) return `${word}为${c.computed}`
  if (c.empty) return `${word}栏为空（未列金额）`
  return `表中没有“${word}”一栏`
}

/** 决算 columns the prose states per item ("年初预算为…，支出决算为…，完成年初预算的…%"). */

/** A 决算 column no table prints for the subject, as its item in the prose states it (人员经费 of 基本支出 too). */
function proseCell(run: ToolRunner, t: Target, name: string, role: ColumnRole, asWritten?: string): Cell | undefined {
  if (!isProseColumn(role)) {
    const part = prosePartColumn(run, t, name, role)
    return part ? { role, figure: part } : undefined
  }
  const r = run.run('find-prose-figure', { docId: t.doc.id, name, column: role, ...(asWritten && asWritten !== name ? { asWritten } : {}) })
  return r.ok ? { role, figure: r.figures[0] } : undefined
}

/**
 * Several columns of one row ("行政运行（2120101）的基本支出和项目支出", "事业运行…其中项目支出"): every cell is read
 * from one row, found by the first column asked that a table holding the subject has; a column that no table
 * holding the row has is said to be missing, never replaced by another column or a document total. A 决算 column
 * no table prints (年初预算 of an item) is read from the item's own sentence in the prose.
 */
export function rowColumnsAnswer(run: ToolRunner, t: Target, subject: ConceptHit, columns: ColumnRole[], asWritten?: string, question = ''): { text: string; found: boolean } {
  let anchor: Cell | undefined
  const misses: Cell[] = []
  for (const role of columns.filter((c) => c !== 'total')) {
    const r = figureFor(run, t, subject, role)
    if (r.figure?.rowId) { anchor = { role, figure: columns.length > 1 ? allFundsRow(run, t, subject, role, r.figure) : r.figure }; break }
    misses.push({ role, empty: r.empty })
  }
  const whole = anchor ? undefined : figureFor(run, t, subject)
  // the row every cell is read from (a figure only the prose states has no row)
  const row = anchor?.figure ?? (whole?.figure?.rowId ? whole.figure : undefined)
  // a column subject (基本支出 of "基本支出中人员经费") is named as asked, not by the totals row it is read from
  const name = row && subject.kind !== 'column' ? labelOf(row, subject.name) : subject.name
  // (a fund's, asked of its table, is said with it: 一般公共预算基本支出; its prose is read by the name as asked)
  const shown = subject.kind === 'column' && subject.tableKind === 'general-spending' && !name.includes('一般公共预算') ? `一般公共预算${name}` : name
  // a subject that heads columns (公务接待费 › 预算数 | 决算数) is no row: each of its columns is looked up by name
  // (by name or synonym: 公务用车运行费 heads the column of 公务用车运行维护费 asked)
  const isSubject = (seg: string) => compactText(seg).includes(compactText(subject.name)) || run.vocabulary.names.fit(subject.name, seg) >= 0.95
  const heads = (row?.column ?? '').split(' › ').some(isSubject)
  const ofRow = row && !heads ? row.rowId : undefined
  const inTables = columns.map((role): Cell => {
    if (role === anchor?.role) return anchor
    if (role === 'total' && whole?.figure) return { role, figure: whole.figure }
    // (a budget's 预算数 is read on the row itself first: its table prints it under the year's word, 2023年度预算数)
    if (ofRow && role === 'initial' && stageOf(t.doc.scope) === '预算') return cellOfRow(run, t, subject, ofRow, role)
    const missed = misses.find((m) => m.role === role)
    if (missed) return missed
    if (ofRow) return cellOfRow(run, t, subject, ofRow, role)
    const r = row ? figureFor(run, t, subject, role === 'total' ? undefined : role) : undefined
    return { role, figure: r?.figure, empty: r?.empty }
  })
  // rule basic-halves-as-rows: 人员经费 and 公用经费 of 基本支出 itself, where no column prints them, are the lines of
  // the 基本支出表 that total them (人员经费合计, 公用经费合计); never for another row, whose own cells they would be
  if (/^基本支出(?:合计)?$/u.test(compactText(subject.name))) {
    for (const [i, c] of inTables.entries()) {
      if (c.figure || (c.role !== 'personnel' && c.role !== 'public')) continue
      const word = COLUMN_WORD[c.role]!
      // (only a line of that name in a 基本支出表: a column of another table read by the word is no such total)
      const half = run.run('get-figure', { docId: t.doc.id, name: `${word}合计`, tableKind: 'basic-spending', asPrinted: true, ...(t.year !== t.doc.year ? { year: t.year } : {}) })
      const f = half.ok ? half.figures[0] : undefined
      if (f?.rowId && /^(?:其中[:：])?(?:人员经费|公用经费)(?:合计|小计)?$/u.test(compactText(f.citation.rowName ?? ''))) inTables[i] = { role: c.role, figure: f }
    }
  }
  // a 决算 column read from the prose brings the item's other 决算 columns from that same sentence (one fund's figures)
  // (a row read from the question's words, 一般公共预算收入 → 一般公共预算财政拨款收入, is asked in those words too: a
  // place's report prints no such row)
  const written = asWritten ?? (subject.kind === 'lexicon' || (subject.kind === 'row' && !subject.code) ? compactText(subject.surface) + (subject.side ?? '') : undefined)
  const fromProse = inTables.map((c) => (c.figure ? undefined : proseCell(run, t, name, c.role, written)))
  const read0 = inTables.map((c, i) => fromProse[i] ?? (fromProse.some(Boolean) && c.figure && isProseColumn(c.role) ? proseCell(run, t, name, c.role, written) ?? c : c))
  // (the amount done is the subject's amount the sentence stating its completion gives: "一般公共预算支出
  // 684.6亿元,完成预算81.6%")
  const rate = read0.find((c) => c.role === 'completion' && c.figure?.citation.kind === 'paragraph')?.figure
  const read = read0.map((c) => (c.role === 'final' && !c.figure && rate && whole?.figure?.citation.paragraphId === rate.citation.paragraphId ? { role: c.role, figure: whole!.figure } : c))
  // 完成预算的% no column prints: the row's own 完成数 over its 预算数, said to be computed (rule completion-computed)
  // (a rate the prose prints that the row's own amounts cannot give: the computed one, the disagreement said; rule completion-checked)
  const cells = read.map((c): Cell => {
    if (c.role !== 'completion') return c
    if (!c.figure) return { ...c, computed: computedCompletion(run, t, subject, whole?.figure) }
    // (asked against another budget than the prose printed it against: computed from the prose's amounts, rule completion-base)
    const rebased = c.figure.citation.kind === 'paragraph' ? completionAgainstAsked(run, question, c.figure, whole?.figure, (role) => proseCell(run, t, name, role, written)?.figure) : undefined
    if (rebased) return { role: c.role, computed: rebased }
    const checked = c.figure.citation.kind === 'paragraph' ? checkedCompletion(run, t, subject, c.figure) : undefined
    return checked ? { role: c.role, computed: checked } : c
  })
  if (!row && !cells.some((c) => c.figure || c.computed)) {
    const asked = subject.code ?? subject.name
    return { text: notFoundInDoc(run, t, asked, misses.find((m) => m.empty)?.empty, false), found: false }
  }
  run.cite(...cells.map((c) => c.figure?.citation ?? c.empty), ...(row && !cells.some((c) => c.figure) ? [row.citation] : []))
  // (read from the prose only, it is named as the question and the prose write it: 一般公共预算收入, not the row's concept)
  const label = (row || !written ? shown : written) + (subject.code && row?.code === subject.code ? `（${subject.code}）` : '')
  const total = cells.find((c) => c.role === 'total')
  const stage = stageWord(t, label + columns.map((c) => COLUMN_WORD[c] ?? '').join(''))
  const rest = cells.filter((c) => c !== total).map((c, i) => cellText(c, isSubject, !total?.figure && i === 0 ? stage : '', stageOf(t.doc.scope) === '决算'))
  const lead = total?.figure ? `${label}${stage}为${figureText(total.figure)}，其中` : total ? `${label}：${cellText(total, isSubject)}，` : cells[0].figure ? `${label}的` : `${label}：`
  return { text: joinSentences([`${orgYear(t)}${lead}${rest.join('，')}`]), found: cells.some((c) => c.figure || c.computed) }
}
