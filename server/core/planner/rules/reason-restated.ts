import { foldMeaning } from '../../read/meaning-view.js'
import { normalizeText } from '../../search/normalize-text.js'
import { CHANGE_RE, FLAT_RE } from '../../tools/lib/prose.js'

/**
 * Rule `reason-restated`: a reason answer says the change it explains in its own words, with its amount, before the
 * document's sentence: "比上年预算数减少4.65万元", "决算比预算多55.93万元", "与上年预算数持平". Read through the meaning
 * view, so a Traditional-script page's 減少4.65萬元 is said in Simplified; the quote after it stays as printed.
 */
const GAP = /(?:决算数?|支出决算)\s*(大于|多于|超过|超出|小于|少于|低于)\s*(?:年初)?预算数?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/
const MORE = /大于|多于|超过|超出/
const FLAT = new RegExp(FLAT_RE.source)

export function changeRestated(sentence: string, againstBudget = false): string | undefined {
  const s = normalizeText(foldMeaning(sentence)).replace(/\s+/g, '')
  const gap = GAP.exec(s)
  const gapText = gap ? `决算比预算${MORE.test(gap[1]) ? '多' : '少'}${gap[2]}${gap[3]}` : undefined
  if (againstBudget && gapText) return gapText
  const m = new RegExp(CHANGE_RE.source).exec(s)
  if (m) return `${m[1] ? `比${m[1].replace(/\([^()]*\)/g, '')}` : '同比'}${m[3]}${m[4]}${m[5]}`
  const f = FLAT.exec(s)
  if (f) return `与${f[1].replace(/\([^()]*\)/g, '')}持平`
  return gapText
}
