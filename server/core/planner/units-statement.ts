import type { BudgetDocument, Paragraph, TableKind } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import type { MemberUnitHit } from './rules/member-unit-asked.js'

/** The words of a subject the prose may say member units do not have, by the per-unit table kind asked. */
const SUBJECT_WORDS: Partial<Record<TableKind, RegExp>> = { 'three-public': /三公/ }
/** Member units as prose calls them as a group (所属学校, 下属单位, 二级单位). */
const MEMBERS = /(?:所属|下属|二级|其他)(?:各)?(?:事业|医疗卫生|医疗)?(?:单位|学校|医院|院校|机构|中心|站|所)|各(?:学校|单位|医院)/u
const NONE = /未安排|没有安排|不安排|无此项|未列支|没有(?:此项)?支出|均为0|均为零/

/**
 * Rule `units-statement`: a sentence of the prose saying the member units have none of a subject ("所属学校未安排
 * “三公”经费"), or naming the unit asked with a none. Undefined when the prose says nothing of the kind.
 */
export function unitsStatement(hit: MemberUnitHit, kinds: TableKind[]): { paragraph: Paragraph; sentence: string } | undefined {
  const subjects = kinds.map((k) => SUBJECT_WORDS[k]).filter((x): x is RegExp => !!x)
  if (!subjects.length) return undefined
  for (const paragraph of hit.doc.paragraphs as BudgetDocument['paragraphs']) {
    for (const sentence of paragraph.text.split(/(?<=[。；;])/u)) {
      const s = compactText(sentence)
      if (!subjects.some((w) => w.test(s)) || !NONE.test(s)) continue
      if (MEMBERS.test(s) || s.includes(hit.form) || s.includes(compactText(hit.unit))) return { paragraph, sentence: sentence.trim() }
    }
  }
  return undefined
}
