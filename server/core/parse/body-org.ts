import { ANNOUNCE, cleanName, isPlaceOnly, orgLike, SCOPE_LEAD, townOf } from './meta-rules.js'
import type { SourceLine } from './source-lines.js'
import { placeOwnAccount } from './place-account.js'

/**
 * Whose document it is, read from its body when its title region names nobody: the last resort before a page is
 * held as needing an organisation. Named rules, the first that reads a name gives it:
 * - `form-label-below`: a form copied one cell per line, its label on one line and the unit on the next
 *   ("实施单位" / "某市某学校"); the unit that carries the project out first, as a form's header row is read;
 * - `sign-off`: the issuer a 说明 signs with at its end, alone on a line or before the date ("某县某局　2024年9月");
 * - `duty-subject`: the subject of the sentence that states the body's duties ("某市某中心是负责…的事业单位");
 * - `year-subject`: the name a sentence of the account opens with, right before its year ("某区政府办2021年度一般
 *   公共预算…支出决算中…"), or the name a notice announces ("现将某区某镇2021年度“三公”经费决算情况公布如下"), or the name
 *   right after a sentence's year, before the account's words ("2019年某市某局“三公”经费财政拨款预算安排…");
 * - `finance-summed`: a place's account its 财政局 sums ("经某市财政局汇总，2018年某市部门及乡镇…"): the place's 本级 or
 *   the whole place, as its body speaks of its units (place-account), else the place;
 * - `place-own`: a place's own account named in the body ("2014年某市本级…预算总额为…"): the place's 本级, or the
 *   whole place when the body speaks of it whole (全市财政总收入…);
 * - `year-place`: a place named right after a sentence's year, before the account's words ("2024年某县“三公”经费执行数…"),
 *   or right before it ("某区2022年的“三公”经费决算数合计为…"), or as the subject of a report's sentence after its year
 *   and a comma ("2022年,某区根据项目实施情况,对…资金…调整");
 * - `overview-heading`: the heading of a budget's first part, which names the body it describes ("第一部分 某县人民医院
 *   概况", "某某中学单位概况"): every 部门/单位预算 template opens with it;
 * - `overview-subject`: the name the first sentence under an overview or duties heading (概况, 职能简介, 主要职责) opens
 *   with, before its comma or its verb ("某市某中学，位于…", "1.某县人民医院始建于1940年…");
 * - `groups-arranged`: the body the 三公 决算 template's count of trips names ("安排某中心出国团组0个").
 */
export interface BodyOrg { org: string; rule: 'form-label-below' | 'sign-off' | 'structure-subject' | 'duty-subject' | 'year-subject' | 'finance-summed' | 'place-own' | 'year-place' | 'overview-heading' | 'overview-subject' | 'empty-table-note' | 'project-owner' | 'label-inline' | 'whole-place-subject' | 'groups-arranged' | 'writer-unnamed'; place?: string; /** the year the sentence naming it gives its account for */ year?: number; /** that sentence's words of the account after its year (…“三公”经费支出决算中) */ kindWords?: string }

const HEAD_LINES = 120
const text = (l: SourceLine) => l.text.replace(/[\s\u3000]+/g, '')

/** Labels of a form's unit, the unit that carries the project out first. */
/** (…then the issuer of a notice printed as a form: 公告单位, 发布单位) */
const FORM_LABELS = ['实施单位', '项目单位', '预算单位', '填报单位', '单位名称', '部门名称', '编制单位', '主管部门', '公告单位', '发布单位', '发文单位']
const LABEL_ALONE = new RegExp(`^(${FORM_LABELS.join('|')})(?:[（(]盖章[)）])?[:：]?$`, 'u')

function formLabelBelow(lines: SourceLine[]): BodyOrg | undefined {
  const found = new Map<string, string>()
  for (let i = 0; i + 1 < lines.length; i++) {
    // (a grid's row kept as text ends in its cell mark: "公告 单位 |")
    const m = LABEL_ALONE.exec(text(lines[i]).replace(/\|+$/u, ''))
    const next = text(lines[i + 1]).replace(/\|+$/u, '')
    if (m && orgLike(next) && !found.has(m[1])) found.set(m[1], next)
  }
  const label = FORM_LABELS.find((l) => found.has(l))
  return label ? { org: found.get(label)!, rule: 'form-label-below' } : undefined
}

/**
 * Rule `structure-subject`: the 机构设置 item naming the body before its offices ("1、机构设置:北京市通州区玉桥街道办事处
 * (本级)下设6个内设机构:…"): its full name, 本级 aside.
 */
const STRUCTURE = /(?:机构设置|机构情况|内设机构)\s*[:：]\s*(?<org>[\p{Script=Han}]{4,40}?)(?:[（(]本级[)）])?(?:下设|内设|设有|共设|设置)/u

function structureSubject(lines: SourceLine[]): BodyOrg | undefined {
  for (const l of lines) {
    const org = STRUCTURE.exec(text(l))?.groups?.org
    if (org && orgLike(org)) return { org, rule: 'structure-subject' }
  }
  return undefined
}

/** "某市某中心是负责…的…事业单位", "某局为…的工作部门": the subject, then 是/为, then a body's words before the sentence ends. */
// (its item's label before it, "2、部门职责:玉桥街道办事处是…的派出机构")
const DUTY = /^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]?)?(?:(?:部门|单位)?(?:主要)?(?:职责|职能)\s*[:：]\s*)?(?<org>[\p{Script=Han}（）()]{4,40}?)(?:是|为|系|作为)[^。]{0,80}?(?:单位|机构|部门|工作部门|组织)/u

function dutySubject(lines: SourceLine[]): BodyOrg | undefined {
  for (const l of lines) {
    const org = DUTY.exec(text(l))?.groups?.org
    if (org && orgLike(org)) return { org, rule: 'duty-subject' }
  }
  return undefined
}

/** A date a 说明 is signed with: 2024年9月, 2024年9月30日, 二〇二四年九月 (the year already read as digits or not). */
const SIGN_DATE = /(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?$/u
/** …or in figures alone on its line: 2019-1-23, 2019.01.23, 20190123 (a portal's copy may lose the marks: 2019123). */
const SIGN_DATE_FIGURES = /^(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|\d{3,4})$/u
const TAIL_LINES = 12

function signOff(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const lines = all.filter((l) => l.text.trim()).slice(-TAIL_LINES)
  const tail = lines.map(text)
  for (let i = tail.length - 1; i >= 0; i--) {
    const dated = SIGN_DATE.exec(tail[i]) ?? SIGN_DATE_FIGURES.exec(tail[i])
    // the issuer before the date on its line, or alone on the line above a date line
    const name = dated ? tail[i].slice(0, dated.index) || tail[i - 1] : undefined
    if (name && orgLike(name)) {
      // (two bodies signing together, "某市财政局 某市扶贫开发局": the first is whose page it is)
      const above = !tail[i].slice(0, dated!.index) && i > 0 ? lines[i - 1].text.trim().split(/[\s\u3000]+/u) : []
      const first = above.length > 1 && above.every(orgLike) ? above[0] : undefined
      return { org: first ?? name, rule: 'sign-off' }
    }
  }
  return undefined
}

/** A sentence's opening name right before a year, or the name a notice announces ("现将某镇2021年度…公布如下"): never a
 *  level word alone (区财政局 is some district's). */
// (a bracketed list number anywhere, "…目标情况(一)某管理处2022年度共有5个项目": a heading run into its paragraph)
const YEAR_SUBJECT = new RegExp(`(?:(?:^|[。；;！？])(?:[（(]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?|[（(][一二三四五六七八九十]{1,2}[)）]|${ANNOUNCE})(?!${ANNOUNCE})(?<org>[\\p{Script=Han}（）()]{3,40}?)(?<year>(?:19|20)\\d{2})年度?`, 'gu')

/** The same name after the sentence's year, right before the account's words ("2019年某市某局“三公”经费财政拨款预算安排…",
 *  a stage word between: "2016年某大学年初部门预算收入为…"). */
const YEAR_THEN_SUBJECT = /(?:^|[。；;！？])(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?(?<year>(?:19|20)\d{2})年度?(?<org>(?!度)[\p{Script=Han}（）()]{4,40}?)(?=(?:年初|全年|本年)?(?:“三公”|"三公"|三公|一般公共预算|政府性基金|部门预算|部门决算|单位预算|单位决算|财政拨款))/gu

function yearSubject(lines: SourceLine[]): BodyOrg | undefined {
  for (const l of lines) {
    const t = text(l)
    for (const m of [...t.matchAll(YEAR_SUBJECT), ...t.matchAll(YEAR_THEN_SUBJECT)]) {
      const org = cleanName(m.groups!.org)
      if (!orgLike(org) || /^[省市区县乡镇州旗盟本该我全各]/u.test(org)) continue
      const kindWords = t.slice(m.index + m[0].length).split(/[，,。；;:：]/u)[0]
      return { org, rule: 'year-subject', year: Number(m.groups!.year), ...(/预算|决算/u.test(kindWords) ? { kindWords } : {}) }
    }
  }
  return undefined
}

/** "经某市财政局汇总", "由某县财政局汇总编制": the place whose finance bureau sums the account */
const SUMMED_BY = /(?:经|由)(?<place>\p{Script=Han}{2,12}?(?:市|县|区|旗|州|盟))财政局(?:汇总|统计)[^。\d]{0,4}(?<year>(?:19|20)\d{2})?/u

function financeSummed(lines: SourceLine[]): BodyOrg | undefined {
  const m = SUMMED_BY.exec(lines.map(text).join('\n'))?.groups
  if (!m || !isPlaceOnly(m.place)) return undefined
  return { org: placeOwnAccount(lines, m.place) ?? m.place, rule: 'finance-summed', place: m.place, ...(m.year ? { year: Number(m.year) } : {}) }
}

/** "2014年某市本级…", "某县本级一般公共预算收入…", "…批准的某市本级2024年预算", "2015年某市市级决算草案" (its level
 *  word again with 级, before an account's words): a place's own account named where a sentence or clause starts, or
 *  right after 的 (its year the one right after the name, else the one right before it). */
const PLACE_OWN = /(?:^|[。；;，,:：】\]的]|(?<before>(?:19|20)\d{2})年度?)(?<place>\p{Script=Han}{2,10}?(?<level>市|县|区|州|盟|旗))(?:本级|\k<level>级(?=决算|预算|财政|部门|一般公共|政府性基金|“三公”|"三公"|三公))/gu
/** The whole place spoken of: 全市财政总收入, 全县一般公共预算收入. */
const WHOLE = { 省: '全省', 市: '全市', 县: '全县', 区: '全区', 州: '全州', 盟: '全盟', 旗: '全旗' } as Record<string, string>
const WHOLE_FIGURE = /(?:财政总收入|财政总支出|一般公共预算收入|一般公共预算支出|财政收入)/u

/** The body states the whole place's figures: 全县财政总收入, 全盟一般公共预算收入 (the place's level word after 全), or sets a
 *  figure against the whole place's spending or income ("占全市支出比重的66.9%"). */
const wholeFiguresSpoken = (body: string, place: string): boolean => {
  const whole = WHOLE[place.slice(-1)]
  return !!whole && (new RegExp(`${whole}[^。；\\n]{0,6}${WHOLE_FIGURE.source}`, 'u').test(body) || new RegExp(`占${whole}(?:财政)?(?:总)?(?:支出|收入)`, 'u').test(body))
}

function placeOwn(lines: SourceLine[]): BodyOrg | undefined {
  const body = lines.map(text).join('\n')
  const hit = [...body.matchAll(PLACE_OWN)].find((m) => isPlaceOnly(m.groups!.place))
  if (!hit) return undefined
  const place = hit.groups!.place
  const wholeSpoken = wholeFiguresSpoken(body, place)
  // "…批准的某市本级2024年预算": the year right after the name is the account's
  const year = /^((?:19|20)\d{2})年/u.exec(body.slice(hit.index + hit[0].length))?.[1] ?? hit.groups!.before
  return { org: wholeSpoken ? place : `${place}本级`, rule: 'place-own', place, ...(year ? { year: Number(year) } : {}) }
}

/**
 * "2024年某县“三公”经费执行数…", "2023年某市一般公共预算收入…": a place named right after a sentence's year, before the
 * account's words, is whose account the page gives (a county's 三公 for all its 机关事业单位, a place's report).
 */
// (a part of the year may follow it: "2023年1-6月份,某县财政总收入完成…", "2024年上半年，某县…")
const YEAR_PLACE = /(?:^|[。；;！？])(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?(?<year>(?:19|20)\d{2})年度?(?:(?:\d{1,2}\s*[-－—~至]\s*)?\d{1,2}月份?|[上下]半年|[一二三四]季度|前三季度)?[，,]?(?<place>(?!度)\p{Script=Han}{2,10}?(?:市|县|区|州|盟|旗))(?:全年|本级)?(?:“三公”|"三公"|三公|一般公共预算|政府性基金|财政总?收入|财政总?支出)/gu

/** "某区2022年的“三公”经费决算数合计为…": a place named right before a sentence's year and the account's words. */
// (a sentence stating the account's amount, never a title naming the place: "某区2021年度“三公”经费公开说明" waits)
// (its other name in brackets may stand between: "柳东新区(高新区)2024年一般公共预算收入总计…")
const PLACE_YEAR_ACCOUNT = /(?:^|[。；;！？])(?<place>\p{Script=Han}{1,10}?(?:市|县|区|州|盟|旗))(?:[（(][\p{Script=Han}]{1,8}[)）])?(?<year>(?:19|20)\d{2})年度?的?(?=[“"]?三公|一般公共预算|政府性基金|财政)(?=[^。\n]*?\d[\d,]*(?:\.\d+)?\s*(?:万元|万|亿元|元))/gu

/** "2022年,某区根据项目实施情况,对…资金…进行调整": the place a report's first sentence makes its subject, after its year. */
const YEAR_COMMA_PLACE = /(?:^|[。；;！？])(?<year>(?:19|20)\d{2})年度?[,，](?<place>\p{Script=Han}{1,10}?(?:市|县|区|州|盟|旗))(?=根据|按照|依据|统筹|结合)/gu

function yearPlace(lines: SourceLine[]): BodyOrg | undefined {
  for (const l of lines) {
    for (const m of [...text(l).matchAll(YEAR_PLACE), ...text(l).matchAll(PLACE_YEAR_ACCOUNT)]) {
      const place = m.groups!.place
      if (!isPlaceOnly(place) || /^[本该我全各]/u.test(place)) continue
      return { org: placeOwnAccount(lines, place) ?? place, rule: 'year-place', place }
    }
    // (the subject of the report's sentences is the place itself: its 本级 is one source of money it speaks of)
    for (const m of text(l).matchAll(YEAR_COMMA_PLACE)) {
      const place = m.groups!.place
      if (isPlaceOnly(place) && !/^[本该我全各]/u.test(place)) return { org: place, rule: 'whole-place-subject', place, year: Number(m.groups!.year) }
    }
  }
  return undefined
}

/** "第一部分 某县人民医院概况", "第一部分：某某中学单位概况", "某某局部门概况", "一、某某职业中专概况": a part's heading naming its body. */
const OVERVIEW_HEADING = /^(?:第[一二三四五六七八九十\d]+部分[:：]?|[一二三四五六七八九十]+[、.．])?(?<org>[\p{Script=Han}（）()]{4,40}?)(?:部门|单位)?(?:基本)?概况$/u

function overviewHeading(lines: SourceLine[]): BodyOrg | undefined {
  for (const l of lines) {
    const org = OVERVIEW_HEADING.exec(text(l))?.groups?.org
    if (org && orgLike(org)) return { org, rule: 'overview-heading' }
  }
  return undefined
}

/** An overview or duties heading: 概况, 单位概况, 一、职能简介, 主要职责, 基本职能, 机构职能. */
const OVERVIEW_HEAD = /^(?:第[一二三四五六七八九十\d]+部分[:：]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*(?:部门|单位)?(?:基本|主要|机构)?(?:概况|职能(?:简介|职责)?|职责)[:：]?$/u
/** The sentence's opening name, then its comma or the verb that describes the body. */
const OPENING_NAME = /^(?:\d+[.．、]|[（(]?[一二三四五六七八九十\d]+[)）、.．])?(?<org>[\p{Script=Han}（）()]{4,40}?)(?:[，,]|始建于|创建于|成立于|组建于|位于|坐落于|隶属于|于(?:19|20)\d{2}年)/u
const SUBJECT_WINDOW = 3

function overviewSubject(lines: SourceLine[]): BodyOrg | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!OVERVIEW_HEAD.test(text(lines[i]))) continue
    // the first lines under the heading (a contents list may repeat the heading with no prose under it)
    for (const l of lines.slice(i + 1, i + 1 + SUBJECT_WINDOW)) {
      const t = text(l)
      if (t.length < 12) continue
      const org = OPENING_NAME.exec(t)?.groups?.org
      if (org && orgLike(org)) return { org, rule: 'overview-subject' }
      break
    }
  }
  return undefined
}

/**
 * A 决算 template's note under a table it leaves empty names the unit: "说明：冀村镇人民政府没有使用国有资本经营预算安排
 * 支出，故本表无数据。"
 */
const EMPTY_TABLE_NOTE = /(?:说明|注)\s*[:：]\s*(?<org>[\p{Script=Han}（）()]{4,40}?)(?:没有|无|未|不)[^。]{0,60}?(?:本表|此表|该表)(?:无数据|为空表?|数据为空|无内容)/u

function emptyTableNote(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  for (const l of all) {
    const org = EMPTY_TABLE_NOTE.exec(text(l))?.groups?.org
    if (org && orgLike(org)) return { org, rule: 'empty-table-note' }
  }
  return undefined
}

/** A project description's own field naming who carries it out: "(3)实施主体。六安市某某局。", "实施单位：某某中心" */
const PROJECT_OWNER = /(?:实施主体|实施单位|项目单位|项目实施单位)\s*[。:：]\s*(?<org>[\p{Script=Han}（）()]{4,40}?)[。；;，,\s]/u

function projectOwner(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const found = new Set<string>()
  for (const l of all) for (const m of text(l).matchAll(new RegExp(PROJECT_OWNER.source, 'gu'))) if (orgLike(m.groups!.org)) found.add(m.groups!.org)
  // one body for every project of the page; two are no page's own
  return found.size === 1 ? { org: [...found][0], rule: 'project-owner' } : undefined
}

/**
 * A form flattened into one line keeps its labels between the values: "主管部门某县某局实施单位某县某局资金情况…". The
 * value between two of the form's own labels is that label's unit; the unit that carries the project out first, as
 * `form-label-below` reads a form copied one cell per line.
 */
const LABEL_INLINE = new RegExp(`(?<label>${FORM_LABELS.join('|')})[:：]?(?<org>[\\p{Script=Han}（）()]{4,40}?)(?=${FORM_LABELS.join('|')})`, 'gu')

const FORM_KINDS = /(?:绩效(?:目标)?自评表|绩效目标表|绩效评价表)(?:[（(](?<year>(?:19|20)\d{2})年度?[)）])?/gu

function labelInline(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const found = new Map<string, string>()
  let kindWords: string | undefined
  let year: number | undefined
  for (const l of all) {
    for (const m of text(l).matchAll(LABEL_INLINE)) {
      if (!orgLike(m.groups!.org) || found.has(m.groups!.label)) continue
      found.set(m.groups!.label, m.groups!.org)
      // the form's own name on its line ("绩效目标自评表") says its kind
      // (the one that gives its year first: "…绩效自评表某局2022年12月30日绩效目标自评表(2022年度)")
      const kinds = [...text(l).matchAll(FORM_KINDS)]
      const kind = kinds.find((k) => k.groups?.year) ?? kinds[0]
      if (kind && !kindWords) { kindWords = kind[0]; year = kind.groups?.year ? Number(kind.groups.year) : undefined }
    }
  }
  const label = FORM_LABELS.find((l) => found.has(l))
  return label ? { org: found.get(label)!, rule: 'label-inline', ...(kindWords ? { kindWords } : {}), ...(year ? { year } : {}) } : undefined
}

/**
 * A place's report on its own finances speaks of the whole place as 全区/全县 beside its figures ("2024年,全区一般公共
 * 预算收入完成…") and names the place as the subject of its sentences ("…支持下,某某区坚持…"): when one place of that
 * level is so named, and no other, the report is that place's (its 本级 when the body says so).
 */
/** A scope word's first character (全区, 本县, 该市): no place's name. */
const SCOPE_START = new RegExp(`^[${SCOPE_LEAD}]`, 'u')
/** A scope word after a verb ("…，占全市一般公共预算支出的85.7%", 在全县): no place's name either. */
const SCOPE_TAIL = /[全本该各][市区县州盟旗]$/u
const PLACE_SUBJECT = /(?:^|[。；;，,])(?<place>\p{Script=Han}{2,10}?(?:市|县|区|州|盟|旗))(?![委级属直内外域人政府财])/gu

/** A notice's 现将 before a place ("，现将某县2024年…"): the place is what follows it (a one-character name's county too). */
const ANNOUNCED = new RegExp(`^${ANNOUNCE}`, 'u')

/**
 * A place whose people's congress the report cites, opening a line ("某区第十六届人民代表大会四次会议审议通过的…") or
 * as the meeting the report was made at ("——2022年9月27日在某省第十三届人民代表大会常务委员会第三十三次会议上"): its own.
 */
const PLACE_CONGRESS = /(?:^|\n|(?<=\d日)在)(?<place>\p{Script=Han}{1,10}?(?:省|市|县|区|州|盟|旗))(?=第[一二三四五六七八九十\d]+届人民代表大会|人大常委会)/gu

/** A place's finance department given as the source of the figures ("某省财政厅发布信息显示,…全省一般公共预算收入…"). */
const FINANCE_SOURCE = /(?:^|\n|[。；;，,])(?<place>\p{Script=Han}{2,8}?(?:省|市|县|区|州|盟|旗))财政(?:厅|局)(?:发布|公布|通报|介绍|消息|数据|信息|统计)/gu

/** 高于, 低于, 快于…: a comparison's words, never a place's name's first characters */
const COMPARED_WITH = /^(?:高于|低于|快于|慢于|超过|好于|优于|位于|属于|处于|居于|多于|少于|大于|小于)/u
/** 四州, 两区, 十六个县: a number of places, never one place's name */
const COUNTED_PLACES = /[一二三四五六七八九十两几各\d]个?[省市区县州盟旗]/u
/** 经旗, 由县, 按市: one verb or preposition before a level word */
const VERB_LEVEL = /^[经由按据在于向对将把被从报提][省市区县州盟旗]$/u

function wholePlaceSubject(lines: SourceLine[]): BodyOrg | undefined {
  const body = lines.map(text).join('\n')
  const places = new Set<string>()
  for (const m of [...body.matchAll(PLACE_SUBJECT), ...body.matchAll(PLACE_CONGRESS), ...body.matchAll(FINANCE_SOURCE)]) {
    const place = m.groups!.place.replace(ANNOUNCED, '')
    // (a verb before a bare level word is no place's name: "经旗第十八届人民代表大会…批准" is 经 + 旗)
    if (VERB_LEVEL.test(place)) continue
    // (nor is a count of places, "在滇中四州市中处于第2位": 四州 is four of them; nor a comparison's words before a
    // level word, "高于州市平均增幅")
    if (COUNTED_PLACES.test(place) || COMPARED_WITH.test(place)) continue
    if (isPlaceOnly(place) && !SCOPE_START.test(place) && !SCOPE_TAIL.test(place)) places.add(place)
  }
  const level = (p: string) => p.slice(-1)
  const spoken = [...places].filter((p) => wholeFiguresSpoken(body, p))
  if (spoken.length !== 1) return undefined
  const place = spoken[0]
  // its year, the one the sentence stating the whole place's figures opens with ("2024年,全区…")
  const year = new RegExp(`((?:19|20)\\d{2})年度?[,，]?${WHOLE[level(place)]}`, 'u').exec(body)?.[1]
  return { org: placeOwnAccount(lines, place) ?? place, rule: 'whole-place-subject', place, ...(year ? { year: Number(year) } : {}) }
}

/**
 * A report on a level's own account that names no place before it ("县审计局对2024年度县本级预算执行…进行了审计",
 * a mirror that kept the county's name only in passing: "…为某某县高质量发展贡献力量"): when the body names one place
 * of that level, and no other, the account is that place's 本级 (or the whole place, as place-own reads its body).
 */
const LEVEL_OWN_BARE = /(?:^|[^\p{Script=Han}]|[对的年度在和与及为])(?<level>[市区县州盟旗])本级/u
/** A place of a level named where a word starts: after a mark, or after a word that governs it (为某县, 对某县, 在某县). */
// (a date's last character is no name's first: "25日在某市…" names 某市)
const PLACE_NAMED = /(?:^|[^\p{Script=Han}]|[为对在和与及向从到给将把让使])(?![为对在和与及向从到给将把让使年月日号])(?<place>\p{Script=Han}{2,4}?[市区县州盟旗])(?![委级属直内外域人政府财本城乡镇])/gu

function levelOwnPlace(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const body = all.map(text).join('\n')
  const level = LEVEL_OWN_BARE.exec(body)?.groups?.level
  if (!level) return undefined
  const places = new Set<string>()
  for (const m of body.matchAll(PLACE_NAMED)) {
    const place = m.groups!.place.replace(ANNOUNCED, '')
    if (place.endsWith(level) && isPlaceOnly(place) && !SCOPE_START.test(place)) places.add(place)
  }
  if (places.size !== 1) return undefined
  const place = [...places][0]
  // a body stating the whole place's figures (全盟一般公共预算收入…, then 盟本级 and 旗级 as its parts) is the whole place's report
  if (wholeFiguresSpoken(body, place)) return { org: place, rule: 'place-own', place }
  return { org: placeOwnAccount(all, place) ?? `${place}本级`, rule: 'place-own', place }
}

/**
 * Rule `groups-arranged`: the 三公 决算 template's count of trips names the body whose money sent them ("全年使用财政拨款
 * 安排某市某检测中心出国团组0个，参加其他单位组织的出国团组0个"): that body, the 三公 account its sentence is part of.
 */
const GROUPS_ARRANGED = /安排(?<org>[\p{Script=Han}（）()]{4,40}?)(?:因公)?出国(?:[（(]境[)）])?团组/u
const THREE_PUBLIC_STAGE = /三公["“”]?经费["“”]?(?:支出)?(?<stage>决算|预算)/u

function groupsArranged(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const body = all.map(text).join('')
  const org = GROUPS_ARRANGED.exec(body)?.groups?.org
  if (!org || !orgLike(org) || /^[省市区县乡镇州旗盟本该我全各]|^(?:各|本|所属|下属)/u.test(org)) return undefined
  const stage = THREE_PUBLIC_STAGE.exec(body)?.groups?.stage
  return { org: cleanName(org), rule: 'groups-arranged', ...(stage ? { kindWords: `三公经费${stage}` } : {}) }
}

/**
 * Rule `byline-place`: a news item closed by its writer's byline, "（楚雄州财政国库科 杨成虎）" (the place's finance office
 * and a person's name in brackets), whose body states the whole place's figures (全州地方一般公共预算收入…): the place's
 * own report, named nowhere else.
 */
const BYLINE = /[（(](?<place>\p{Script=Han}{2,8}?[省市区县州盟旗])(?:财政|税务)\p{Script=Han}{0,10}?[\s\u3000]*\p{Script=Han}{2,4}[)）][。.]?$/u

function bylinePlace(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const tail = all.filter((l) => l.text.trim()).slice(-3).map(text)
  const place = tail.map((t) => BYLINE.exec(t.trim())?.groups?.place).find(Boolean)
  if (!place || !isPlaceOnly(place)) return undefined
  return wholeFiguresSpoken(all.map(text).join('\n'), place) ? { org: place, rule: 'place-own', place } : undefined
}

/**
 * Rule `writer-unnamed`: a report whose writer names itself only as 我局/我单位/本局 and the place whose task it carries
 * out ("我局承担临城县2021年度…道路建设项目实施任务"): the place's, its year the one right after the place. The writing
 * body stays unnamed: the place is the most the page says of it.
 */
const WRITER_TASK = /(?:我|本)(?:局|单位|中心|委|办|站|所|院|队)(?:承担|负责|牵头|组织)(?:了|的)?(?<place>\p{Script=Han}{2,10}?[省市区县旗])(?<year>(?:19|20)\d{2})?/u

function writerUnnamed(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const m = WRITER_TASK.exec(all.map(text).join('\n'))?.groups
  if (!m || !isPlaceOnly(m.place) || SCOPE_START.test(m.place)) return undefined
  return { org: m.place, rule: 'writer-unnamed', place: m.place, ...(m.year ? { year: Number(m.year) } : {}) }
}

/**
 * Rule `titled-place-we`: a news item titled by its place ("济源市国民经济和社会发展持续向好") whose body speaks of that place
 * as 我市/全市 (its level word) and states its finances' figures ("一般公共预算收入完成24.9亿元", "税收收入完成21.9亿元"),
 * the place named nowhere else: the place's own account (a newspaper's report of it, "来源:济源日报").
 */
const TITLE_PLACE = /^(?<place>\p{Script=Han}{2,8}?[省市区县州盟旗])(?![委级属直内外域人政府财本])/u
const FINANCE_FIGURE = /(?:一般公共预算收入|一般公共预算支出|财政总收入|财政收入|税收收入|财政支出|民生支出|财政教育支出)(?:完成|实现|累计完成|达到?)?\s*\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元)/u

function titledPlaceWe(head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const place = head[0] ? TITLE_PLACE.exec(text(head[0]))?.groups?.place : undefined
  if (!place || !isPlaceOnly(place) || SCOPE_START.test(place)) return undefined
  const body = all.slice(1).map(text).join('\n')
  const level = place.slice(-1)
  // (a newspaper speaks of the place as 该县: "去年,该县民生支出达29.9亿元")
  if (!new RegExp(`[我全该]${level}`, 'u').test(body) || !FINANCE_FIGURE.test(body)) return undefined
  // (another place of the same level named in the body is whose the figures may be: not this rule's)
  const others = [...body.matchAll(PLACE_SUBJECT)].map((m) => m.groups!.place).filter((p) => p !== place && p.endsWith(level) && isPlaceOnly(p) && !SCOPE_START.test(p) && !SCOPE_TAIL.test(p) && !COUNTED_PLACES.test(p))
  return others.length ? undefined : { org: place, rule: 'whole-place-subject', place }
}

/** "来自海口的一般公共预算收入": the place a monthly bulletin collects its revenue from, named by its stem alone. */
const FROM_STEM = /(?<year>(?:19|20)\d{2})年[^。]{0,12}?来自(?<stem>\p{Script=Han}{2,4}?)的(?:一般公共预算|财政|税收|地方)/u
/** "我市地方一般公共预算收入…": the place speaking of itself, its level said. */
const WE_LEVEL = /我(?<level>[市县区州旗盟])(?=地方|一般公共|财政|税收|全|本级|政府性|民生)/u

/**
 * Rule `stem-we`: a place's revenue bulletin that names its place by the stem alone ("2021年9月份,来自海口的一般公共预算
 * 收入…") and speaks of itself with its level ("我市地方一般公共预算收入…"): the place, stem and level (海口市), its year
 * that sentence's. Both must be said; neither alone names anybody.
 */
function stemWe(_head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const body = all.slice(0, HEAD_LINES).map(text).join('\n')
  const from = FROM_STEM.exec(body)?.groups
  const level = from ? WE_LEVEL.exec(body)?.groups?.level : undefined
  const place = from && level ? `${from.stem}${level}` : undefined
  return place && isPlaceOnly(place) ? { org: place, rule: 'whole-place-subject', place, year: Number(from!.year) } : undefined
}

/** A place's people's congress in session: "3月6日,某区某镇第三届人民代表大会第七次会议在镇大礼堂隆重举行", "某镇召开第十九届…". */
const CONGRESS_SESSION = /(?:^|[，,。；;\s)）日])(?<place>\p{Script=Han}{2,16}?)(?:召开|举行|举办)?(?:了)?第[一二三四五六七八九十百\d]+届人民代表大会第[一二三四五六七八九十\d]+次会议/u
/** The draft budget a session reviews: "…和2024年镇财政预算草案的报告", "2023年财政预算(草案)". */
const DRAFT_YEAR = /(?<year>(?:19|20)\d{2})年度?(?:全?[镇乡区县市旗])?(?:级)?(?:财政)?预算\s*[(（]?草案/gu

/**
 * Rule `congress-session`: a news item on a town's (or any place's) people's congress in session, which reviews its
 * government's budget ("书面审查了《2023年镇财政预算执行情况和2024年镇财政预算草案的报告》"): the place's own account, of
 * the year whose draft it reviewed (its 财政预算). Undefined when no draft's year is said, or the place is no place.
 */
function congressSession(head: SourceLine[], all: SourceLine[]): BodyOrg | undefined {
  const lines = all.slice(0, HEAD_LINES).map(text)
  const m = lines.map((t) => CONGRESS_SESSION.exec(t)?.groups?.place).find(Boolean)
  const place = m && (isPlaceOnly(m) && !SCOPE_START.test(m) ? m : townOf(m)?.place)
  if (!place) return undefined
  const years = lines.flatMap((t) => [...t.matchAll(DRAFT_YEAR)].map((x) => Number(x.groups!.year)))
  return years.length ? { org: place, rule: 'whole-place-subject', place, year: Math.max(...years) } : undefined
}

const RULES: ((head: SourceLine[], all: SourceLine[]) => BodyOrg | undefined)[] = [formLabelBelow, labelInline, signOff, overviewHeading, structureSubject, dutySubject, overviewSubject, yearSubject, financeSummed, placeOwn, yearPlace, emptyTableNote, projectOwner, bylinePlace, wholePlaceSubject, levelOwnPlace, groupsArranged, writerUnnamed, titledPlaceWe, stemWe, congressSession]

export function bodyOrg(lines: SourceLine[]): BodyOrg | undefined {
  const head = lines.filter((l) => l.text.trim()).slice(0, HEAD_LINES)
  for (const rule of RULES) {
    const hit = rule(head, lines)
    if (hit) return hit
  }
  return undefined
}
