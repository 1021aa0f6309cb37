import type { SourceLine } from './source-lines.js'
import { placeOf } from './meta-rules.js'

/** The level word a place's own name ends in: 区, 县, 市, 旗, 州, 盟. */
const LEVEL = /(?:自治县|自治旗|自治州|区|县|市|旗|州|盟)$/u

/**
 * A title naming only a place ("乌鲁木齐市某区2019年度“三公”经费公开说明") over a body that gives the account of that
 * place's own level ("某区本级共127个一级预算部门…", "州本级“三公”经费支出…"): the organisation is the place's 本级,
 * the whole government at that level, named as the document names it. Without 本级 in the body the place is left
 * unnamed (a unit's page, a site's name, a sidecar may still give it). A body summing its townships with its own
 * level is the whole place's account: the place itself.
 */
export function placeOwnAccount(lines: SourceLine[], place: string): string | undefined {
  const { city, region } = placeOf(place)
  const own = region ?? city ?? place
  // the name the body uses: the whole place (乌鲁木齐市某区), its lowest level (某区), or that without its level word;
  // a level word repeated before 本级 (凉山州州本级) or standing alone for the place (州本级) says the same
  const level = LEVEL.exec(own)?.[0].slice(-1)
  const names = [...new Set([place, own, own.replace(LEVEL, '')])].filter((n) => n.length >= 2)
  const forms = [...names, ...(level ? [...names.map((n) => n + level), level] : [])]
  const body = lines.map((l) => l.text.replace(/\s+/g, '')).join('\n')
  // rule place-whole-account: a body that sums the place's townships with its own level ("各乡(镇)、县本级部门",
  // "现将县各部门、各乡镇…公开如下") gives the whole place's account, not its 本级's (a 财政局's 汇总 alone may be of
  // the 本级 only)
  const lead = body.slice(0, 1500)
  if (WHOLE_PLACE.test(lead)) return place
  // …and so does one that speaks of the units of the place as 全X ("全市行政单位…安排“三公”经费", "全县县级部门汇总"):
  // its prose states the figures for 全X, the whole place's account (prose-account reads them so)
  if (level && new RegExp(`全${level}(?:${level}级|${level}直)?${UNITS}`, 'u').test(lead)) return place
  // (a page of both accounts, "2021年度全区及区本级财政决算收支情况", is the whole place's: its 本级 is a part of it)
  if (level && new RegExp(`全${level}(?:及|和|与|、)${level}本级`, 'u').test(lead)) return place
  if (forms.some((n) => body.includes(`${n}本级`))) return `${place}本级`
  // rule first-person-place: a body that speaks as the place's government (我区, 我县) of a sum of its units' accounts
  // ("我区2013年“三公”经费为决算支出汇总数") gives the place's own account, named as the title names the place
  return level && new RegExp(`我${level}[^。]{0,40}汇总`, 'u').test(lead) ? place : undefined
}

/** The units of a place spoken of together: (全市)行政单位, (全县)各部门, (全县县级)部门. */
const UNITS = '(?:各级|各|所有)?(?:党政机关|行政事业单位|行政单位|事业单位|预算单位|单位|部门)'

/** The words of a place-wide account: its townships beside its departments. */
const WHOLE_PLACE = /各乡[(（]?镇[)）]?|各镇[(（]?乡[)）]?|各街道/u

/**
 * Where a place's own account sits: its city (a prefecture: 市, 盟, 自治州, 地区, or a 州 spoken of without 自治, as
 * 凉山州) and its district or county.
 */
export function ownAccountPlace(place: string): { city?: string; region?: string } {
  const at = placeOf(place)
  if (at.city || at.region) return at
  return /(?:州|盟|地区)$/u.test(place) ? { city: place } : {}
}
