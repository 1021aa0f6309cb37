import type { Amount, BudgetDocument, MoneyUnit, Paragraph } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { compactText } from '../../search/normalize-text.js'
import { sentencesOf } from './prose.js'

/**
 * A project's own page in the 项目经费情况说明 part: a title "科技创新专项经费情况说明", then 一、项目概述 (概况),
 * 二、立项依据 … 六、年度预算安排 "2025年度项目总预算1720.00万，其中…".
 */
const TITLE = /^(.{2,60}?)(?:项目)?(?:经费|资金)?情况说明$/
const OUTLINE = /^(?:一|1)\s*[、.．]?\s*项目(?:概述|概况|简介|基本情况)/
/** The heading of the budget part of a project page. */
const BUDGET_HEADING = /(?:年度)?(?:预算|资金)安排|项目预算|预算情况|资金来源/
/** Money as these pages write it, 万 alone standing for 万元 ("总预算1720.00万，其中…"). */
const PAGE_MONEY = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|万(?![\p{Script=Han}]))/gu
const TOTAL_WORD = /总预算|预算总额|总金额|项目总额|总投资|合计|共计|总计/
const TOC = /[…]{2,}|\.{6,}/
/** The page's outline starts right under its title. */
const LOOK_AHEAD = 1
/** "七、项目经费情况说明": the heading of the whole part, not one project's page. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\d+[.、．])/

export interface ProjectBlock { name: string; title: Paragraph; paragraphs: Paragraph[] }

/** The project pages of a document, each with its name (the title without 经费情况说明). */
export function projectBlocks(doc: BudgetDocument): ProjectBlock[] {
  const ps = doc.paragraphs
  const starts: { i: number; name: string }[] = []
  ps.forEach((p, i) => {
    const t = compactText(p.text)
    const m = TOC.test(p.text) || NUMBERED.test(t) ? null : TITLE.exec(t)
    if (m && ps.slice(i + 1, i + 1 + LOOK_AHEAD).some((q) => OUTLINE.test(compactText(q.text)))) starts.push({ i, name: m[1] })
  })
  return starts.map((s, k) => ({ name: s.name, title: ps[s.i], paragraphs: ps.slice(s.i + 1, starts[k + 1]?.i ?? ps.length) }))
}

/** A project's name as a question writes it: without "（政策资金）" and a closing 项目/经费/资金. */
export const projectCore = (name: string) => compactText(name).replace(/\([^()]*\)/g, '').replace(/(?:项目|经费|资金|工作)+$/, '')

/** The paragraphs stating a project's budget: those under its budget heading, else any that state 预算 money. */
export function budgetParagraphs(block: ProjectBlock): Paragraph[] {
  const at = block.paragraphs.findIndex((p) => BUDGET_HEADING.test(compactText(p.text)) && compactText(p.text).length <= 20)
  if (at >= 0) {
    const out: Paragraph[] = []
    for (const p of block.paragraphs.slice(at + 1)) {
      if (p.heading || /^[一二三四五六七八九十]+、/.test(compactText(p.text))) break
      out.push(p)
    }
    if (out.length) return out
  }
  return block.paragraphs.filter((p) => /预算/.test(p.text) && new RegExp(PAGE_MONEY.source, 'u').test(p.text))
}

export interface StatedMoney { amount: Amount; paragraph: Paragraph; sentence: string }

const amountOf = (m: RegExpExecArray): Amount | undefined => parseAmount(m[1], (m[2] === '万' ? '万元' : m[2]) as MoneyUnit)

/** The first money within `maxGap` characters after a phrase, in the budget paragraphs. */
export function moneyAfterPhrase(ps: Paragraph[], phrase: RegExp | string, maxGap = 8): StatedMoney | undefined {
  for (const p of ps) {
    for (const s of sentencesOf(p.text)) {
      const t = s.text
      const at = typeof phrase === 'string' ? { index: t.indexOf(phrase), length: phrase.length } : (() => { const m = phrase.exec(t); return { index: m?.index ?? -1, length: m?.[0].length ?? 0 } })()
      if (at.index < 0) continue
      const rest = t.slice(at.index + at.length)
      const m = new RegExp(PAGE_MONEY.source, 'u').exec(rest)
      if (!m || m.index > maxGap) continue
      const amount = amountOf(m)
      if (amount) return { amount, paragraph: p, sentence: t.trim() }
    }
  }
  return undefined
}

/** The project's total: the money after 总预算 (合计, 总额…). */
export const projectTotal = (block: ProjectBlock) => moneyAfterPhrase(budgetParagraphs(block), TOTAL_WORD)
