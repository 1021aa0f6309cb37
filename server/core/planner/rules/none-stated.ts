import { escapeRegExp } from '../../search/normalize-text.js'
import type { BudgetDocument, Paragraph } from '../../schema.js'
import { sentencesOf, CLAUSE_BREAK } from '../../tools/lib/prose.js'

/**
 * Rule `none-stated`: a count asked that the prose answers by saying there is none ("我单位机构数量为1,没有下属单位",
 * "本单位无下属预算单位"): that clause, quoted, is the answer (none), never "not stated". The counted noun may be
 * written with 预算 inside it (下属预算单位 of 下属单位).
 */
export function noneStated(doc: BudgetDocument, noun: string): { p: Paragraph; clause: string } | undefined {
  if (noun.length < 2) return undefined
  const esc = escapeRegExp(noun).replace(/单位$/u, '(?:预算)?单位')
  const re = new RegExp(`(?:没有|无|未设|不设)(?:任何)?${esc}`, 'u')
  for (const p of doc.paragraphs) {
    if (p.heading || !re.test(p.text.replace(/\s+/gu, ''))) continue
    for (const s of sentencesOf(p.text)) {
      const clause = s.text.split(CLAUSE_BREAK).find((c) => re.test(c.replace(/\s+/gu, '')))
      if (clause) return { p, clause: clause.trim().replace(/[。.]$/u, '') }
    }
  }
  return undefined
}
