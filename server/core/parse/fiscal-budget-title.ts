import { isPageFurniture } from './page-furniture.js'
import { cleanName, flatTitle, placeOfName, townOf, type TitleRule } from './meta-rules.js'

/**
 * "关于西夏区2021年财政预算执行情况和2022年财政预算(草案)相关表格", "某县2023年预算执行情况与2024年预算草案的报告",
 * "某市2024年财政预算（草案）": a place's government budget, the 总预算 its 财政局 compiles for the 人大 — the last
 * year's execution and the next year's draft in one document. The organisation is the place itself (the whole
 * government, not a department and not only its 本级); the year the draft's, the executed year held as its columns.
 */
const FISCAL = /(?:^关于|^|关于|[^\p{Script=Han}])(?<place>\p{Script=Han}{2,16}?)(?<year>(?:19|20)\d{2})年(?:度)?(?:[区县市旗州]级)?(?:地方财政|财政|本级|全[区县市旗州])?(?:一般公共)?预算(?:上半年|下半年|[一二三四]季度|前三季度)?(?<rest>执行情况(?:的报告)?(?:[和及与暨](?<next>(?:19|20)\d{2})年(?:度)?(?:[区县市旗州]级)?(?:地方财政|财政|本级|全[区县市旗州])?预算(?:[(（]?草案[)）]?)?)?|[(（]?草案[)）]?)/u

/**
 * "某区人民政府关于2024年决算(草案)的报告", "关于某县2022年财政决算的报告", "某镇2023年财政决算", "某区2022年政府
 * 预决算相关重要事项说明", "某镇人民政府2022年决算报告" (a government's report on its 决算): the same place's
 * accounts of a closed year (its 财政决算, reported to the 人大 常委会). A department's own 决算 ("…镇人民政府2024年度
 * 决算公开说明", "…局2023年部门决算") says neither 财政/总 before 决算, nor 草案, nor that it is a report on it.
 */
const FISCAL_FINAL = /(?:^|关于|[^\p{Script=Han}])(?<place>\p{Script=Han}{2,16}?)(?<gov>人民政府)?(?:关于)?(?<year>(?:19|20)\d{2})年(?:度)?(?:全[区县市旗州镇乡](?:和[区县市旗州镇乡]级)?|[区县市旗州镇乡]?本级|[区县市旗州镇乡]级)?(?:(?<fiscal>财政|地方财政|财政总|总|政府预?)决算(?:[(（]?草案[)）]?)?|决算[(（]?(?<draft>草案)[)）]?|(?<=人民政府(?:关于)?(?:19|20)\d{2}年度?)决算(?:情况)?(?=的?报告))(?<report>的?报告)?/u

/**
 * FISCAL with its year before the place: "2017年某区和区级预算执行情况与2018年某区和区级预算情况", "关于2023年某县预算
 * 执行情况和2024年预算草案的报告" (和区级: the whole place and its own level reported together).
 */
// (the part of the year reported may stand between: "关于2025年上半年某市预算执行情况的报告")
const YEAR_FIRST_BUDGET = /^(?:关于)?(?<year>(?:19|20)\d{2})年度?(?:上半年|下半年|[一二三四]季度|前三季度|(?:\d{1,2}\s*[-－—~至]\s*)?\d{1,2}月份?)?(?<place>\p{Script=Han}{1,15}?[区县市旗州盟])(?:和[区县市旗州盟]级|本级)?(?:财政|一般公共)?预算执行情况(?:[和及与暨](?<next>(?:19|20)\d{2})年度?)?/u

/**
 * FISCAL_FINAL with its year before the place: "2022年蕉城区本级财政总决算…", "2023年度某镇财政决算", and the report
 * on a place's draft accounts "2023年某县决算(草案)的报告"
 */
const YEAR_FIRST_FINAL = /^(?:关于)?(?<year>(?:19|20)\d{2})年(?:度)?(?<place>\p{Script=Han}{1,15}?[区县市旗州镇乡盟])(?:全[区县市旗州镇乡]|[区县市旗州镇乡]?本级|[区县市旗州镇乡]级)?(?:(?:财政|地方财政|财政总|政府预?)决算|决算[(（]?草案[)）]?(?=的?报告))/u

/**
 * "2023年度某市政府预算公开", "某县2024年政府预算": a place's 政府预算 is its government's whole budget (a
 * department's says 部门/单位预算), whether or not the title says 执行情况 or 草案.
 */
/**
 * "2020年宁陕县地方政府债务状况", "某市2021年政府债务限额和余额情况": a place's government debt as its year stands (its
 * limits, its balances): the place's own account of that year, its 财政决算 when the page speaks of the year's end
 * (年底/年末), else its 财政预算.
 */
const DEBT = [
  /^(?:关于)?(?<year>(?:19|20)\d{2})年度?(?:底|末)?(?<place>\p{Script=Han}{1,15}?[区县市旗州盟])(?:本级)?(?:地方)?政府(?:性)?债务(?:限额(?:[和及与、]余额)?|余额)?(?:状况|情况|信息)(?:表|公开|说明|的?报告)?$/u,
  /^(?:关于)?(?<place>\p{Script=Han}{1,15}?[区县市旗州盟])(?:本级)?(?<year>(?:19|20)\d{2})年度?(?:底|末)?(?:地方)?政府(?:性)?债务(?:限额(?:[和及与、]余额)?|余额)?(?:状况|情况|信息)(?:表|公开|说明|的?报告)?$/u,
]

const GOV_BUDGET = [
  /^(?:关于)?(?<year>(?:19|20)\d{2})年(?:度)?(?<place>\p{Script=Han}{1,15}?[区县市旗州镇乡盟])(?:人民)?政府(?:财政)?预算/u,
  /(?:^|关于|[^\p{Script=Han}])(?<place>\p{Script=Han}{2,16}?)(?:人民政府)?(?<year>(?:19|20)\d{2})年(?:度)?(?:人民)?政府(?:财政)?预算/u,
]

/**
 * "2023年财政决算情况及2024年财政预算情况报告(草案)", "关于2021年县级财政决算(草案)的报告" with no place before its year: the government that reports it is
 * written after it, on the same line or the next ("潮州市潮安区龙湖镇人民政府"). The place is that government's.
 */
const PLACELESS = /^(?:关于)?(?<year>(?:19|20)\d{2})年(?:度)?(?:[省市区县旗州镇乡]级)?(?:(?<final>(?:财政|地方财政|财政总|政府预?)决算)|(?:财政|本级)预算)(?:执行)?(?:情况)?/u
/** "…和2026年财政预算草案": the next year's draft reported with the year's execution */
const NEXT_DRAFT = /[和及与暨](?<next>(?:19|20)\d{2})年度?(?:财政|本级)?预算(?:[(（]?草案[)）]?)/u
const ISSUER = /(?<name>\p{Script=Han}{2,20}?)(?:人民政府|政府|财政局|财政所)$/u

function issuerPlace(text: string) {
  const m = ISSUER.exec(text)
  const name = m ? cleanName(m.groups!.name) : undefined
  const placed = name ? (placeOfName(name) ?? townOf(name)) : undefined
  return placed && !placed.own ? placed.place : undefined
}

/**
 * "关于2024年度县本级预算执行、决算草案和其他财政收支的审计工作报告", "2024年本级财政决算草案": a level's own account with no place before it (an
 * audit or budget report as its county's site prints it, the county named nowhere in the title). The year and kind
 * are read here; whose 本级 it is, the body says (body-org). (So is "关于2020年自治区本级预算调整方案的报告": a level's word
 * alone, 自治区, is no place's name.)
 */
const LEVEL_OWN_TITLE = /^(?:关于)?(?<year>(?:19|20)\d{2})年度?(?:[省市区县旗州盟]|自治区|自治州)?本级(?:财政)?(?:一般公共)?(?:预算|决算)/u

/**
 * "2024年上半年预算执行情况", "2023年1-9月财政预算执行情况的报告", "2022年预算执行情况": a budget's execution over a year
 * or part of one, with no place and no department in the title: a government's report on its own budget (a
 * department reports its 决算, never its 预算执行情况). Its year and kind are read here; whose it is, the body says, or
 * staff do.
 */
const PERIOD_EXECUTION = /^(?:关于)?(?<year>(?:19|20)\d{2})年度?(?:上半年|[一二三]季度|第[一二三]季度|前三季度|1-\d{1,2}月|\d{1,2}月份?)?(?:全[区县市旗州镇乡])?(?:财政|一般公共)?预算执行情况(?:的?报告)?$/u

/**
 * "2023年大武口区预算调整方案", "关于某县2024年预算调整方案的报告", "关于提请审议2022年某区本级预算调整方案的议案",
 * "某县2023年地方政府一般债券资金安排计划及县级财政预算调整方案": a place's budget as its government changes it in the year (new bonds, debt limits): the place's own 财政预算 of that year.
 */
const ADJUSTMENT = [
  /^(?:关于)?(?:提请审议|批准)?(?<year>(?:19|20)\d{2})年度?(?<place>\p{Script=Han}{1,15}?[区县市旗州镇乡盟])(?:本级|[区县市旗州]级)?(?:财政|一般公共)?预算调整(?:方案|的?报告|情况)/u,
  /(?:^|关于|提请审议|[^\p{Script=Han}])(?<place>\p{Script=Han}{2,16}?)(?:人民政府)?(?:关于)?(?<year>(?:19|20)\d{2})年度?(?:本级|[区县市旗州]级)?(?:财政|一般公共)?预算调整(?:方案|的?报告|情况)/u,
  // (the adjustment named after what brought it about: "某县2023年地方政府一般债券资金安排计划及县级财政预算调整方案")
  /(?:^|关于|提请审议|[^\p{Script=Han}])(?<place>\p{Script=Han}{2,16}?)(?:人民政府)?(?:关于)?(?<year>(?:19|20)\d{2})年度?\p{Script=Han}{2,30}?[及和与暨](?:本级|[区县市旗州]级)(?:财政|一般公共)?预算调整(?:方案|的?报告|情况)/u,
]

/** A title of a department's, a unit's or a 三公 account: never the place's own budget or outturn. */
const unitsOwn = (flat: string) => /部门|单位|三公/u.test(flat)

/** The tail of a report's title, which never opens one: 情况和…, 执行情况…, 草案的报告, 的报告. */
const TITLE_TAIL = /^(?:执行)?情况(?:[和及与暨]|的?报告|$)|^(?:[(（]?草案[)）]?)?的报告$/u

/**
 * A title line going on on the next: broken after its 和 ("…执行情况和" / "2025年预算草案的报告") or after the next year's
 * 年; before a title's tail ("…预算执行" / "情况和…"); a government's name alone over its report's year ("某镇人民政府" /
 * "2022年决算报告"); or inside its words, 财政 or a year's 年 at the end and 预算/决算/执行/草案 opening the next.
 */
function goesOn(line: string, next: string): boolean {
  if (/[。，；,;]/u.test(next) || next.length > 40) return false
  // (…or before it: "关于某县2024年预算执行情况" / "和2025年预算草案的报告")
  return /[和及与暨、]$|[和及与暨](?:19|20)\d{2}年度?$/u.test(line) || TITLE_TAIL.test(next) || /^[和及与暨](?:19|20)\d{2}年/u.test(next) ||
    (/人民政府$/u.test(line) && /^(?:关于)?(?:19|20)\d{2}年度?决算/u.test(next)) ||
    (/(?:财政|(?:19|20)\d{2}年度?)$/u.test(line) && /^(?:财政)?(?:预算|决算|执行|草案)/u.test(next))
}

export const fiscalBudgetTitle: TitleRule = {
  name: 'fiscal-budget-title',
  read(head) {
    const lines = head.slice(0, 12)
    for (const [i, l] of lines.entries()) {
      // a row of cells, a page's furniture, or a file's name ("7.关于…相关表格.pdf") is no title
      if (l.text.trim().split(/\t+/).length > 1 || isPageFurniture(l.text) || /\.(?:pdf|docx?|xlsx?|wps)$/i.test(l.text.trim())) continue
      // "关于某区2024年预算执行情况和" / "2025年预算草案的报告": a title broken after its 和 goes on on the next line
      // (or over three lines, each broken inside its words: "关于某区2021年财政" / "预算执行情况及2022年财政" / "预算草案的报告")
      let joined = l.text
      for (let k = i + 1; k <= i + 2 && k < lines.length && goesOn(flatTitle(joined), flatTitle(lines[k].text)); k++) joined = `${joined.trim()}${lines[k].text.trim()}`
      const flat = flatTitle(joined)
      // a sentence citing the report (根据《关于某县2024年预算草案的报告》，…) is no title of this document
      if (/[。，；,;《》]/u.test(flat)) continue
      const f = FISCAL_FINAL.exec(flat)?.groups
      const finalPlace = f && (placeOfName(cleanName(f.place)) ?? townOf(cleanName(f.place)))
      if (f && finalPlace && !finalPlace.own) {
        return { year: Number(f.year), scope: '财政决算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no, place: finalPlace.place, placeAccount: 'whole' }
      }
      // "2022年蕉城区本级财政总决算相关重要事项说明": the year first, the place after it
      const y = YEAR_FIRST_FINAL.exec(flat)?.groups
      const yearFirstPlace = y && (placeOfName(cleanName(y.place)) ?? townOf(cleanName(y.place)))
      if (y && yearFirstPlace && !yearFirstPlace.own) {
        return { year: Number(y.year), scope: '财政决算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no, place: yearFirstPlace.place, placeAccount: 'whole' }
      }
      const own = LEVEL_OWN_TITLE.exec(flat)
      if (own && !unitsOwn(flat)) {
        return { year: Number(own.groups!.year), scope: /决算/u.test(flat) ? '财政决算' : '财政预算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no }
      }
      const period = PERIOD_EXECUTION.exec(flat)
      if (period && !unitsOwn(flat)) return { year: Number(period.groups!.year), scope: '财政预算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no }
      const bare = PLACELESS.exec(flat)
      if (bare && /报告|草案|说明/u.test(flat)) {
        // the issuing government after the title on its line ("…报告(草案) 某镇人民政府"), or on one of the next lines
        const tail = joined.trim().split(/[\s\u3000]+/u).slice(1).join('')
        const place = (tail ? issuerPlace(tail) : undefined) ?? lines.slice(i + 1, i + 4).map((x) => issuerPlace(flatTitle(x.text))).find(Boolean)
        const title = joined.replace(/\t/g, ' ').trim()
        if (place) return { year: Number(bare.groups!.year), scope: bare.groups!.final ? '财政决算' : '财政预算', title, titleLine: l.no, place, placeAccount: 'whole' }
        // (no issuer under it: a report on a year's execution and the next year's draft gives the year and kind only,
        // of the draft's year as FISCAL reads it; whose they are, the page's publisher or body says)
        // (only the report on a year's execution with the next year's draft: a 决算 report alone may be anyone's)
        const next = bare.groups!.final ? undefined : NEXT_DRAFT.exec(flat)?.groups?.next
        if (next) return { year: Number(next), scope: '财政预算', title, titleLine: l.no }
      }
      const g = GOV_BUDGET.map((re) => re.exec(flat)?.groups).find(Boolean)
      const govPlace = g && (placeOfName(cleanName(g.place)) ?? townOf(cleanName(g.place)))
      if (g && govPlace && !govPlace.own && !/决算/u.test(flat)) {
        return { year: Number(g.year), scope: '财政预算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no, place: govPlace.place, placeAccount: 'whole' }
      }
      const debt = DEBT.map((re) => re.exec(flat)?.groups).find(Boolean)
      const debtPlace = debt && (placeOfName(cleanName(debt.place)) ?? townOf(cleanName(debt.place)))
      if (debt && debtPlace && !debtPlace.own) {
        const closed = head.some((x) => new RegExp(`${debt.year}年(?:底|末)`, 'u').test(flatTitle(x.text)))
        return { year: Number(debt.year), scope: closed ? '财政决算' : '财政预算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no, place: debtPlace.place, placeAccount: 'whole' }
      }
      const adj = ADJUSTMENT.map((re) => re.exec(flat)?.groups).find(Boolean)
      const adjPlace = adj && (placeOfName(cleanName(adj.place)) ?? townOf(cleanName(adj.place)))
      if (adj && adjPlace && !adjPlace.own && !unitsOwn(flat)) {
        return { year: Number(adj.year), scope: '财政预算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no, place: adjPlace.place, placeAccount: 'whole' }
      }
      const yb = YEAR_FIRST_BUDGET.exec(flat)?.groups
      const ybPlace = yb && (placeOfName(cleanName(yb.place)) ?? townOf(cleanName(yb.place)))
      if (yb && ybPlace && !ybPlace.own && !unitsOwn(flat)) {
        return { year: Number(yb.next ?? yb.year), scope: '财政预算', title: joined.replace(/\t/g, ' ').trim(), titleLine: l.no, place: ybPlace.place, placeAccount: 'whole' }
      }
      const m = FISCAL.exec(flat)?.groups
      if (!m) continue
      // "执行情况" alone (no draft after it) is still the place's budget of that year, as executed
      const placed = placeOfName(cleanName(m.place)) ?? townOf(cleanName(m.place))
      if (!placed || placed.own) continue
      const title = joined.replace(/\t/g, ' ').trim()
      return { year: Number(m.next ?? m.year), scope: '财政预算', title, titleLine: l.no, place: placed.place, placeAccount: 'whole' }
    }
    return undefined
  },
}
