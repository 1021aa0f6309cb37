import type { BudgetDocument, Paragraph } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { ToolRunner } from '../tool-runner.js'
import { operandOf, totalOfTable } from '../operands.js'

/**
 * Rule `listed-place`: a notice allocating funds to the places below its issuer ("巴州区:省级财政专项扶贫资金2405万元;",
 * one line per county, district or 开发区) names places no document is held for. A question naming one of them asks
 * that place's line of the notice: its figure as the line states it, cited; its share of the whole the notice states
 * before the list, where the lines add up to it. Only a list of three or more such lines counts, so a place said once
 * in passing is still a place not held.
 */

/** "巴州区:…2405万元", "3. 平昌县：…": a place, a colon, then one amount. */
const PLACE_LINE = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?(\p{Script=Han}{2,14}?(?:自治县|自治旗|新区|开发区|园区|街道|[区县市旗镇乡]))\s*[:：]\s*([^:：]{0,60}?)(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/u

export interface PlaceLine { place: string; paragraph: Paragraph; value: string; unit: string; fen: number }
export interface PlaceList { doc: BudgetDocument; lines: PlaceLine[]; total?: { paragraph: Paragraph; value: string; unit: string } }

const cache = new WeakMap<BudgetDocument, PlaceList | null>()

/** The document's list of places with their amounts, and the whole they add up to where the notice states it. */
export function placeList(doc: BudgetDocument): PlaceList | undefined {
  const had = cache.get(doc)
  if (had !== undefined) return had ?? undefined
  const lines: PlaceLine[] = []
  for (const p of doc.paragraphs) {
    const m = PLACE_LINE.exec(p.text)
    const amount = m && parseAmount(m[3], m[4])
    if (!m || amount?.fen === undefined || lines.some((l) => l.place === m[1])) continue
    lines.push({ place: m[1], paragraph: p, value: m[3], unit: m[4], fen: amount.fen })
  }
  let out: PlaceList | null = null
  if (lines.length >= 3) {
    const sum = lines.reduce((s, l) => s + l.fen, 0)
    const first = doc.paragraphs.indexOf(lines[0].paragraph)
    let total: PlaceList['total']
    for (const p of doc.paragraphs.slice(0, first)) {
      for (const m of p.text.matchAll(/(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/gu)) {
        if (parseAmount(m[1], m[2])?.fen === sum) total ??= { paragraph: p, value: m[1], unit: m[2] }
      }
    }
    out = { doc, lines, ...(total ? { total } : {}) }
  }
  cache.set(doc, out)
  return out ?? undefined
}

/** A place's name as a question may shorten it: 经济开发区 → 经开区, 高新技术产业开发区 → 高新区. */
const shortForm = (s: string) => compactText(s).replace(/经济技术开发区|经济开发区/gu, '经开区').replace(/高新技术产业开发区|高新技术开发区/gu, '高新区')

/** Whether the organisation asked (as the question shortens it) is this listed place. */
const namesPlace = (asked: string, place: string) => shortForm(place) === asked || asked.endsWith(shortForm(place)) || shortForm(place).endsWith(asked)

/** The listed places the question names, in the order it names them. */
function placesNamed(list: PlaceList, text: string): PlaceLine[] {
  const t = shortForm(text)
  return list.lines
    .map((l) => ({ l, at: t.indexOf(shortForm(l.place)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.l)
}

const SHARE_ASKED = /占|比例|比重|百分之|几成/u
const AMOUNT_ASKED = /多少|几|占|比例|比重|百分|金额|数额|资金|经费|钱/u
const OTHER_ASKED = /哪些|哪个|哪几|什么|怎么|为何|为什么|如何|用途|用在|用于/u

/**
 * The answer for places a notice lists: the organisation the question names is one of them (no document is held for
 * it), or the notice asked of (its issuer named, "云阶经开区…" of 云阶市's notice) lists a place the question names
 * that is not the issuer itself.
 */
export function answerListedPlace(run: ToolRunner, frame: QuestionFrame, unknownOrg: string | undefined, docs: BudgetDocument[]): HandlerOutput | undefined {
  // (the line states an amount: what it was spent on, where, or why is not on it)
  if (!AMOUNT_ASKED.test(frame.text) || OTHER_ASKED.test(frame.text)) return undefined
  const asked = unknownOrg && shortForm(unknownOrg)
  const found: { list: PlaceList; places: PlaceLine[] }[] = []
  for (const doc of docs) {
    const list = placeList(doc)
    if (!list) continue
    const places = placesNamed(list, frame.text).filter((l) => !compactText(doc.org).includes(compactText(l.place)))
    const named = asked ? places.some((l) => namesPlace(asked, l.place)) : places.length > 0
    if (named) found.push({ list, places })
  }
  // (…or as the rows of its table, "睢县 | 421", "宁陵县 | 376": rule listed-place-rows)
  if (!found.length) {
    const rows = listedPlaceRows(run, frame, asked, docs)
    if (rows) return rows
  }
  // (one notice listing the place: two that list it would be two answers for one place)
  if (found.length !== 1) return undefined
  const { list, places } = found[0]
  const { doc } = list
  const sentences: string[] = []
  for (const l of places.slice(0, 6)) {
    const r = run.run('find-prose-figure', { docId: doc.id, name: l.place, kind: 'money' })
    const f = r.ok ? r.figures.find((x) => x.citation.kind === 'paragraph' && x.citation.paragraphId === l.paragraph.id) : undefined
    if (!f) continue
    run.cite(f.citation)
    const said = `${doc.org}${doc.year}年的文件所列${l.place}为${f.text}（原文：“${l.paragraph.text.trim()}”）`
    if (places.length === 1 && SHARE_ASKED.test(frame.text) && list.total) {
      const c = run.run('compute', { op: 'share', operands: [{ paragraphId: l.paragraph.id, value: l.value, unit: l.unit }, { paragraphId: list.total.paragraph.id, value: list.total.value, unit: list.total.unit }] })
      if (c.ok) {
        run.cite(...c.citations)
        sentences.push(`${said}，占文件所列总额${list.total.value}${list.total.unit}的${c.result.text}（${l.value}${l.unit} ÷ ${list.total.value}${list.total.unit}；各地所列金额相加正为此数）`)
        continue
      }
    }
    sentences.push(said)
  }
  return sentences.length ? { answer: joinSentences(sentences) } : undefined
}

/** A place's name alone as a table's row ("睢县", "宁陵县", "城关镇"): the row of an allocation to places. */
const PLACE_ROW = /^\p{Script=Han}{1,14}?(?:自治县|自治旗|新区|开发区|园区|街道|[区县市旗镇乡])$/u

/**
 * Rule `listed-place-rows`: the same notice with its places as the rows of a table ("县区 | 省级资金": 睢县 421, 宁陵县 376,
 * 虞城县 430, 合计 1227), three such rows at least: the place asked is its row, each figure read from the table and cited;
 * its share of the table's total row where asked. Only a table whose rows name places, and one document holding such
 * a row for each place asked.
 */
function listedPlaceRows(run: ToolRunner, frame: QuestionFrame, asked: string | undefined, docs: BudgetDocument[]): HandlerOutput | undefined {
  const t = shortForm(frame.text)
  const hits: { doc: BudgetDocument; tableId: string; place: string; at: number }[] = []
  for (const doc of docs) {
    for (const table of doc.tables) {
      const places = table.rows.map((r) => compactText(r.name)).filter((n) => PLACE_ROW.test(n) && !compactText(doc.org).includes(n))
      if (places.length < 3) continue
      for (const place of new Set(places)) {
        const at = t.indexOf(shortForm(place))
        if (at >= 0) hits.push({ doc, tableId: table.id, place, at })
      }
    }
  }
  if (!hits.length || new Set(hits.map((h) => h.doc.id)).size !== 1 || (asked && !hits.some((h) => namesPlace(asked, h.place)))) return undefined
  const sentences: string[] = []
  for (const h of hits.sort((a, b) => a.at - b.at).slice(0, 6)) {
    const r = run.run('find-rows', { docId: h.doc.id, tableId: h.tableId, name: h.place, limit: 1 })
    const row = r.ok ? r.rows.find((x) => compactText(x.name) === h.place) : undefined
    const g = row ? run.run('get-figure', { rowId: row.rowId }) : undefined
    if (!g?.ok) continue
    const f = g.figures[0]
    run.cite(f.citation)
    const said = `${h.doc.org}${h.doc.year}年的文件《${f.citation.tableTitle ?? ''}》所列${h.place}为${f.text}`
    const whole = hits.length === 1 && SHARE_ASKED.test(frame.text) ? totalOfTable(run, f) : undefined
    const c = whole ? run.run('compute', { op: 'share', operands: [operandOf(f), whole] }) : undefined
    const w = c?.ok && whole ? run.run('get-figure', { rowId: whole.rowId, columnLabel: whole.columnLabel }) : undefined
    if (c?.ok && w?.ok) {
      run.cite(...c.citations)
      const total = w.figures[0].text
      sentences.push(`${said}，占表中合计${total}的${c.result.text}（${f.text} ÷ ${total}）`)
    } else sentences.push(said)
  }
  return sentences.length ? { answer: joinSentences(sentences) } : undefined
}
