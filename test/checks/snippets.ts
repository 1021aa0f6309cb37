import { parseDocument } from '../../server/core/parse/parse-document.js'
import type { BudgetDocument } from '../../server/core/schema.js'

const TITLE = '重庆市某某区某某中心\n\n2026 年单位预算情况说明\n\n'

/** A made-up disclosure: prose paragraphs, then tables in the tab-separated layout the seeds use. */
export function snippet(prose: string[], tables: string[] = []): BudgetDocument {
  const body = [...prose, ...tables].join('\n\n')
  return parseDocument('snippet.txt', TITLE + body + '\n').document
}

/** 表二 一般公共预算财政拨款支出预算表 with the given rows (code, name, total, basic, project). */
export function generalSpending(rows: [string, string, string, string, string][], number = '表二'): string {
  return [
    number, '', '一般公共预算财政拨款支出预算表', '', '单位：万元', '',
    '功能分类科目\t\t2026年预算数\t\t', '科目编码\t科目名称\t总计\t基本支出\t项目支出',
    ...rows.map((r) => r.join('\t')),
  ].join('\n')
}

/** 表三 基本支出预算表 with the given rows (code, name, total, personnel, public). */
export function basicSpending(rows: [string, string, string, string, string][]): string {
  return [
    '表三', '', '一般公共预算财政拨款基本支出预算表', '', '单位：万元', '',
    '经济分类科目\t\t2026年基本支出\t\t', '科目编码\t科目名称\t总计\t人员经费\t日常公用经费',
    ...rows.map((r) => r.join('\t')),
  ].join('\n')
}

/** 表四 三公 table: total, abroad, car subtotal, car purchase, car running, reception. */
export function threePublic(values: string[]): string {
  return [
    '表四', '', '一般公共预算“三公”经费支出表', '', '单位：万元', '',
    '2026年预算数\t\t\t\t\t', '合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费',
    '\t\t小计\t公务用车购置费\t公务用车运行费\t', values.join('\t'),
  ].join('\n')
}

/** 表一 财政拨款收支总表 (two-sided). */
export function fiscalSummary(income: string, carry: string, spending: [string, string][], total: string): string {
  return [
    '表一', '', '财政拨款收支总表', '', '单位：万元', '',
    '收入\t\t支出\t\t\t\t', '项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
    `一、本年收入\t${income}\t一、本年支出\t${total}\t${total}\t\t`,
    `一般公共预算资金\t${income}\t${spending[0][0]}\t${spending[0][1]}\t${spending[0][1]}\t\t`,
    ...spending.slice(1).map(([n, v], i) => `${i === 0 ? '政府性基金预算资金' : '国有资本经营预算资金'}\t\t${n}\t${v}\t${v}\t\t`),
    `二、上年结转\t${carry}\t二、结转下年\t\t\t\t`,
    `一般公共预算拨款\t${carry}\t\t\t\t\t`,
    `收入合计\t${total}\t支出合计\t${total}\t${total}\t\t`,
  ].join('\n')
}

/** 表六 收支总表 (two-sided, all sources). */
export function summary(income: string, spending: [string, string][], total: string): string {
  return [
    '表六', '', '收支总表', '', '单位：万元', '',
    '收入\t\t支出\t', '项目\t预算数\t项目\t预算数',
    `合计\t${total}\t合计\t${total}`,
    `一般公共预算资金\t${income}\t${spending[0][0]}\t${spending[0][1]}`,
    ...spending.slice(1).map(([n, v], i) => `${i === 0 ? '政府性基金预算资金' : '国有资本经营预算资金'}\t\t${n}\t${v}`),
    '其他收入资金\t\t\t',
  ].join('\n')
}
