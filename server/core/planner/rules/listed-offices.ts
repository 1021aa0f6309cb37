import type { BudgetDocument, Paragraph } from '../../schema.js'
import { sentencesOf } from '../../tools/lib/prose.js'

/** "内设科室有:办公室、监察审计室、…、质管办。": the offices a 机构设置 sentence lists by name after its lead */
// ("本单位设置了包括办公室、总务室、…": the lead 设置/设有 and 包括 without a colon)
const OFFICES_LISTED = /(?:内设|下设|设置了?|设有|共设)(?:机构|科室|处室|股室|部门)?(?:(?:有|为|包括|分别为|分别是)?[:：]|包括)\s*((?:[\p{Script=Han}（）()]{2,16}、)+[\p{Script=Han}（）()]{2,16})(?=[。；;]|$)/u
const OFFICE_END = /(?:室|科|股|处|办|部|中心|所|站|队|组|委)$/u

/**
 * Rule `listed-count`: "内设了几个科室" where the 机构设置 prose names its offices and states no number ("内设科室有:
 * 办公室、监察审计室、…、质管办。"): the offices listed, counted by the answer (which says it counted them). Only a
 * list of two or more names each ending like an office (…室, …科, …办, …中心) counts; a list of activities never does.
 */
export function listedOffices(doc: BudgetDocument): { p: Paragraph; sentence: string; names: string[] } | undefined {
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      const m = OFFICES_LISTED.exec(s.text.replace(/\s+/gu, ''))
      const names = m?.[1].split('、')
      if (names && names.length >= 2 && names.every((n) => OFFICE_END.test(n))) return { p, sentence: s.text.trim(), names }
    }
  }
  return undefined
}

