import type { TableKind } from '../../schema.js'
import type { ConceptHit } from '../question-frame.js'

/**
 * Rule `table-named`: a table named by its title before 中/里/内/上 ("一般公共预算基本支出表中公用经费合计多少",
 * "支出总表里社会保障和就业支出") says where the subject is read: its words are the table's, never subjects of their own
 * (一般公共预算 and 基本支出 of the title had been read as two figures and summed), and 合计 after the one subject left
 * is that subject's total line. Most specific titles first.
 */
const TITLES: [RegExp, TableKind][] = [
  [/财政拨款(?:收支|收入支出)(?:预算|决算)?总表$/u, 'fiscal-summary'],
  [/(?:收支|收入支出)(?:预算|决算)?总表$/u, 'summary'],
  [/一般公共预算(?:财政拨款)?基本支出(?:预算|决算)?(?:情况)?表$/u, 'basic-spending'],
  [/一般公共预算(?:财政拨款)?支出(?:预算|决算)?(?:情况)?表$/u, 'general-spending'],
  [/基本支出(?:预算|决算)?(?:情况)?表$/u, 'basic-spending'],
  [/项目支出(?:预算|决算)?(?:情况)?表$/u, 'project-spending'],
  [/三公”?经费(?:\p{Script=Han}{0,8})?表$/u, 'three-public'],
  [/政府性基金(?:\p{Script=Han}{0,10})?表$/u, 'gov-fund'],
  [/收入(?:预算|决算)?总?表$/u, 'income'],
  [/支出(?:预算|决算)?总?表$/u, 'spending'],
]
const WHERE = /表(?=中|里|内|上)/gu

/** The table the question names, its span and kind; undefined when none or more than one. */
export function tableNamed(text: string, free: (i: number) => boolean): { start: number; end: number; kind: TableKind } | undefined {
  const found: { start: number; end: number; kind: TableKind }[] = []
  // (two tables named, "在支出总表和一般公共预算支出表里各是多少": each is read, none is where the subject is)
  const titles = [...text.matchAll(/表/gu)].filter((m) => TITLES.some(([re]) => re.test(text.slice(Math.max(0, m.index! + 1 - 24), m.index! + 1))))
  if (titles.length > 1) return undefined
  for (const m of text.matchAll(WHERE)) {
    const end = m.index! + 1
    const head = text.slice(Math.max(0, end - 24), end)
    for (const [re, kind] of TITLES) {
      const t = re.exec(head)
      if (!t) continue
      const start = end - t[0].length
      if (free(start)) found.push({ start, end, kind })
      break
    }
  }
  return found.length === 1 ? found[0] : undefined
}

const TOTAL_WORD = /^(?:合计|总计|小计)$/u

/** The subjects read in the table named: its kind on each; a bare 合计 beside a subject is that subject's own line. */
export function inTableNamed(concepts: ConceptHit[], kind: TableKind): void {
  const subjects = concepts.filter((c) => c.kind !== 'weak' && c.kind !== 'count')
  // (right after a column, "公用经费合计": that column's total line; a 合计 listed among columns asked of a row,
  // "水利这一款的合计、基本支出和项目支出", is the row's total column and stays)
  const totals = subjects.filter((c) => c.kind === 'column' && TOTAL_WORD.test(c.surface) && subjects.some((o) => o !== c && o.kind === 'column' && o.end === c.start))
  for (const t of totals) concepts.splice(concepts.indexOf(t), 1)
  for (const c of concepts) if (c.kind !== 'weak' && c.kind !== 'count' && !c.tableKind) c.tableKind = kind
}

/**
 * Rule `sum-word`: "人员经费和公用经费合计多少" — 合计 (总计) right before 多少, after two subjects or more, is the sum
 * asked, never a third subject added to it (the table's 合计 line had been summed with its own parts).
 */
export function sumWordNotSubject(concepts: ConceptHit[], text: string): void {
  for (const c of [...concepts]) {
    if (c.kind !== 'column' || !/^(?:合计|总计)$/u.test(c.surface) || !/^\s*(?:是|为|有|一共)?\s*多少/u.test(text.slice(c.end))) continue
    // (the sum's terms before it: "交通运输支出合计多少，其中基本、项目各多少" asks one subject's total, its parts after)
    if (concepts.filter((o) => o !== c && o.kind !== 'weak' && o.kind !== 'count' && o.end <= c.start).length >= 2) concepts.splice(concepts.indexOf(c), 1)
  }
}
