/**
 * The endings of development and special zones (开发区, 高新区, 产业集中区, 示范区 …). A zone is governed by its 管委会 and
 * publishes like a department: "某某产业集中区(管委会)" is an organisation, though it ends in 区 like a district.
 * One list, read by the title rules (an organisation's name) and by the organisation reader of questions.
 */
export const ZONE_SUFFIX = '(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|开发区|高新区|经开区|产业集中区|集中区|示范区|保税区|综合试验区|试验区|合作区|工业园区|产业园区|工业园|产业园|园区)'
/** The body governing a zone, written after its name with or without brackets. */
export const ZONE_BODY = '(?:管理委员会|管委会)'

/** The kinds people shorten: 高新技术产业开发区 → 高新区, 经济技术开发区 → 经开区. */
export const ZONE_SHORT: [RegExp, string][] = [[/高新技术(?:产业)?开发区$/u, '高新区'], [/经济技术开发区$/u, '经开区']]

/** A zone's name with its kind said short (某某经开区), or the name itself when its kind has no short form. */
export const zoneShort = (name: string) => ZONE_SHORT.reduce((n, [re, to]) => n.replace(re, to), name)
