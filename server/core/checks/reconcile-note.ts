import type { AskResponse, Corpus } from '../schema.js'
import type { CorpusFindings } from './corpus-findings.js'
import { tableFindings } from './reconcile.js'

const LEAD = '需要说明：'

/**
 * An answer citing a cell of a table whose own sums do not agree (its totals against its rows, or against another
 * table) says so plainly and shows both figures, even when the cited cell is not itself one of them. An answer that
 * states no figure (the cited cell is empty) gets no such note: it would print amounts where none belongs.
 */
export function withReconcileNote(res: AskResponse, corpus: Corpus, findings: CorpusFindings): AskResponse {
  if (res.answer.includes(LEAD)) return res
  for (const c of res.citations) {
    // an empty cell cited to show there is no figure ("表中该栏为空") states none: no sums of the table beside it
    // (a cell printed "-" or "—" is empty too: it has no digit)
    if (c.kind !== 'row' || !c.tableId || !c.value || !/\d/.test(c.value)) continue
    const table = corpus.documents.find((d) => d.id === c.docId)?.tables.find((t) => t.id === c.tableId)
    if (table?.reconciled !== 'mismatch') continue
    const f = tableFindings(findings.forDoc(c.docId), table.id)[0]
    if (!f) continue
    const [a, b] = f.figures
    const both = b ? `${a.label}为${a.text}${a.unit}，${b.label}为${b.text}${b.unit}` : `${a.label}为${a.text}${a.unit}`
    const name = table.number ?? `《${table.title}》`
    return {
      ...res,
      answer: `${res.answer.trimEnd()}\n${LEAD}${name}自身的数字加起来对不上（${both}），所引数字请以原件核对。`,
      notes: [...(res.notes ?? []), `表内或表间合计不一致：${f.message}`],
    }
  }
  return res
}
