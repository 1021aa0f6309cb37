import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { sentencesOf } from './prose.js'

/**
 * The sentence that opens the 机构设置 / 单位构成 statement, in the wordings disclosures use:
 * "…部门预算是包括…本部以及下属1家预算单位的综合收支计划", "纳入2024年部门预算编制范围的单位共2个",
 * "部门决算汇总公开单位构成包括:…", "部门预算由局机关本级和所属事业单位组成", "…下属二级预算单位0个,其中行政单位7个(…),
 * 其他事业单位4个(…)".
 */
// (…and "部门预算为汇总预算，包括局机关本级和所属3个二级预算单位：…": the 本级 and a count of units under it)
const OPENING = /(?:部门|单位)(?:预算|决算)(?:汇总公开单位构成)?(?:是|由)?(?:包括|包含)|(?:包括|包含)[^。]{0,12}(?:本级|机关|本部)[^。]{0,6}(?:和|及|以及|与)(?:所属|下属|直属)[^。]{0,6}\d+个|(?:部门|单位)(?:预算|决算)由.{1,60}组成|编制范围的(?:预算)?单位|编制范围的?(?:只|仅)(?:包含|包括)|单位构成(?:包括|为|[:：])|下属(?:二级)?预算单位\d+个[,，]?其中(?:行政|事业)/
/** A paragraph that continues the statement: the kinds of units, a numbered unit, or 不单列/并入. */
// (…or the units listed as a table flattened into lines: its header, "序号 单位名称 单位性质", then "1 某局（本级） 行政单位")
const CONTINUES = /具体包括|分别是|分别为|^\s*(?:\d+\s*[.．、]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)|单列|并入|纳入|序号\s*单位名称|单位名称\s*单位性质|^\s*\d{1,2}\s+(?=\p{Script=Han})/u
/**
 * A numbered item that is only a unit's name ("2.某市文化馆", "1.某镇人民政府本级"), never a section heading
 * ("二、部门预算单位构成").
 */
const NUMBERED_UNIT = /^\d{1,2}[.．、]\p{Script=Han}{2,30}(?:中心|站|所|队|院|馆|处|室|局|委员会|会|社|校|园|团|办|政府|本级|机关|本部)$/u
const NUMBERED_ITEM = /^\s*(?:\d+\s*[.．、]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|序号\s*单位名称|\d{1,2}\s+(?=\p{Script=Han}))/u
const UNIT_NOTE = /单列|并入|单独(?:编制|编报)/
const TOC = /[…]{2,}|\.{6,}/
const MAX_PARAGRAPHS = 12

/** Stated of a unit: its budget is not drawn up on its own (不单列, 并入本部, 纳入…统一编报), or is (单列). */
const NOT_SEPARATE = /不单列|不单独(?:编制|编报|列示)|并入|纳入.{0,20}(?:统一|一并)编(?:制|报)|(?:统一|一并)编(?:制|报)/
const SEPARATE = /(?<!不)单列预算|单独编制预算/

export interface CompositionStatement { paragraph: Paragraph; sentence: string }

/** The paragraphs of the document's statement of the units its budget covers (机构设置 / 单位构成). */
export function compositionParagraphs(doc: BudgetDocument): Paragraph[] {
  const ps = doc.paragraphs
  const start = ps.findIndex((p) => !p.heading && !TOC.test(p.text) && OPENING.test(compactText(p.text)))
  if (start < 0) return []
  const out = [ps[start]]
  let listed = false
  for (let i = start + 1; i < ps.length && out.length < MAX_PARAGRAPHS; i++) {
    // "1.某市图书馆" on a line of its own may be read as a heading: a numbered unit name still continues the list
    if ((ps[i].heading && !NUMBERED_UNIT.test(compactText(ps[i].text))) || !CONTINUES.test(ps[i].text)) break
    // after the numbered units only another one or a note on them (不单列, 并入) continues: "…所有收入和支出均纳入部门
    // 预算管理" opens the next section
    const numbered = NUMBERED_ITEM.test(ps[i].text)
    if (listed && !numbered && !UNIT_NOTE.test(ps[i].text)) break
    listed ||= numbered
    out.push(ps[i])
  }
  return out
}

/** The heading the statement sits under ("二、部门机构设置及预算单位构成"), when one comes just before it. */
export function compositionHeading(doc: BudgetDocument): Paragraph | undefined {
  const first = compositionParagraphs(doc)[0]
  if (!first) return undefined
  const before = doc.paragraphs.slice(Math.max(0, first.index - 2), first.index).reverse()
  return before.find((p) => p.heading && /机构|单位|构成|组成/.test(p.text))
}

/** "上海市某区中小企业服务中心" → the words to look for in a statement: the name, then without its place prefix. */
export function unitNameForms(name: string): string[] {
  const n = compactText(name)
  const bare = n.replace(/^.{1,12}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗)(?=.{4,})/, '')
  const bare2 = bare.replace(/^.{1,8}?(?:区|县|旗)(?=.{4,})/, '')
  return [...new Set([n, bare, bare2])].filter((x) => x.length >= 4)
}

/**
 * The sentences of the statement that name a unit, most specific form first. `exact`: only the name as written
 * (a search over every document must not take 农业农村局 of one place for another's).
 */
export function unitStatements(doc: BudgetDocument, unit: string, exact = false): CompositionStatement[] {
  const forms = exact ? [compactText(unit)] : unitNameForms(unit)
  const statement = compositionParagraphs(doc)
  for (const form of forms) {
    const hits = statement.flatMap((p) => sentencesOf(p.text).filter((s) => compactText(s.text).includes(form)).map((s) => ({ paragraph: p, sentence: s.text.trim() })))
    if (hits.length) return hits
  }
  return []
}

/** Whether a sentence says the unit's budget is drawn up on its own: false for 不单列/并入, true for 单列, else unknown. */
export function separateBudget(sentence: string): boolean | undefined {
  const s = compactText(sentence)
  if (NOT_SEPARATE.test(s)) return false
  if (SEPARATE.test(s)) return true
  return undefined
}
