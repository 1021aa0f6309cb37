import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** A government's own level asked with no place named: 全旗, 旗本级, 全县, 县本级, 全区…, 镇本级 (not 全区域, 全市场, 县直属,
 *  nor 自治区本级, a province's) */
const LEVEL_ASKED = /全([省市县区旗州盟镇乡])(?![域场委直属面])|(?<!自治)([省市县区旗州盟镇乡])本级/u

/** The level word a question asks of (全旗 → 旗), if any. */
export function levelAsked(text: string): { word: string; level: string } | undefined {
  const m = LEVEL_ASKED.exec(compactText(text))
  return m ? { word: m[0], level: (m[1] ?? m[2])! } : undefined
}

/**
 * A document of a government of that level: a place's 财政预算/财政决算 report, or an organisation that is the place
 * itself ("淮北市烈山区", "某镇人民政府", "某区本级", "某旗财政局" filing the place's report), never a department of it.
 */
export function ofLevel(doc: BudgetDocument, level: string): boolean {
  const org = compactText(doc.org).replace(/[（(]本级[)）]$/u, '')
  const place = new RegExp(`\\p{Script=Han}${level}(?:人民政府|政府|本级|街道办事处)?$`, 'u')
  if (place.test(org)) return true
  return doc.scope.startsWith('财政') && new RegExp(`\\p{Script=Han}${level}`, 'u').test(org)
}

/**
 * Rule `level-asked`: a question asking of a government's whole level (全旗一般公共预算收入, 旗本级收入) that names no
 * organisation is about that level's government: only documents of a government of that level answer it, never a
 * department that happens to print the subject (an 应急管理局's 一般公共预算财政拨款收入 is not 全县's). When no held
 * document is of that level, nothing answers: the level word is said not held.
 */
export function levelTargets<T extends { doc: BudgetDocument }>(text: string, targets: T[]): { targets: T[]; unheld?: string } | undefined {
  const asked = levelAsked(text)
  if (!asked || !targets.length) return undefined
  const kept = targets.filter((t) => ofLevel(t.doc, asked.level))
  if (kept.length === targets.length) return undefined
  return kept.length ? { targets: kept } : { targets: [], unheld: asked.word }
}
