/**
 * Where a place's name begins, read back from its level word (市, 区, 县, 旗, 盟, 州). A name is two characters
 * (渝北), three (沙坪坝), four (乌鲁木齐, 呼和浩特, 巴彦淖尔) or more before an autonomous area's peoples
 * (克孜勒苏 柯尔克孜 自治州), so no fixed length reads it. Read by, in order:
 *  1. held places: the longest name of a held city or district that ends there ("乌鲁木齐天山区": 天山, or after 乌鲁木齐);
 *  2. an autonomous area: its peoples and 自治 are passed over, the place is what comes before them;
 *  3. the nearest boundary two or more characters back: the start of the text, a character that is not Han, a level
 *     word of the place above (重庆市|渝中区, 自治区|…), a province's name (浙江|西湖区), a word a question puts before a
 *     place (请问|渝中区, 想知道|沙坪坝区, 在|和田市), a conjunction after another place (渝北区和|南岸区, not 呼和|浩特);
 *  4. no boundary within seven characters: the two or three characters before the level word, as before.
 */

/** Level words that end a place name, so never stand inside the next one (市中区 aside). */
const NONE: ReadonlySet<string> = new Set()
const LEVEL_CHAR = /[省市区县旗盟]/u
const HAN = /\p{Script=Han}/u
/** Words of a question before a place: the name starts after them. */
const LEAD_WORD = /(?:请问|我想知道|知道|我想问|想问|问一下|问下|查一下|查下|查询|查查|看一下|看下|看看|告诉我|帮我|帮忙|了解|关于|一下|统计|比较|对比|相比|以及|还有)$/u
/** Single characters a question puts before a place, and no place name holds. */
const LEAD_CHAR = /[的在问请是对我你您想帮吗呢年么]/u
/** A conjunction, which place names may hold (呼和浩特, 大同): a boundary only after a place or a unit ("渝北区和南岸区"). */
const CONJUNCTION = /[和与及跟同或、]/u
const PLACE_OR_UNIT_END = /[省市区县旗盟州局委办心院站所馆队]/u
/** Province-level names said without their level word ("浙江西湖区", "新疆乌鲁木齐市"). */
const PROVINCE = new RegExp(`(?:${[
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆',
].join('|')})$`, 'u')
/** The peoples an autonomous area is named for (哈萨克, 柯尔克孜, 土家族苗族…), before 自治州/自治县/自治旗. */
const PEOPLES = /(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?)+自治$/u
/** An autonomous area's name without its peoples and level: 彭水苗族土家族自治县 → 彭水 (undefined when it is none). */
export function autonomousStem(region: string): string | undefined {
  const m = /自治[县旗州]$/u.exec(region)
  if (!m) return undefined
  const before = region.slice(0, m.index + 2)
  // the place keeps two characters at least: 彭水 of 彭水苗族土家族自治县 is no 水族's
  // (an area named for its own people, 鄂温克族自治旗, is said 鄂温克旗: the people's name is the place's)
  const stem = NAMED_PEOPLES.exec(before)?.[1] ?? before.slice(0, -2).replace(/族$/u, '')
  return stem.length >= 2 ? stem : undefined
}
const NAMED_PEOPLES = new RegExp(`^(\\p{Script=Han}{2,}?)${PEOPLES.source}`, 'u')
const MAX_NAME = 7
const MAX_HELD = 12

/** A held name ending at `end`, the longest: its start. */
function heldBefore(t: string, end: number, held: ReadonlySet<string>): number | undefined {
  for (let len = Math.min(MAX_HELD, end); len >= 2; len--) if (held.has(t.slice(end - len, end))) return end - len
  return undefined
}

/**
 * The index in `t` where the name of the place whose level word is at `end` starts; undefined when fewer than two
 * name characters stand there. `held`: names of held places without their level word (天山, 乌鲁木齐), any order.
 */
export function placeNameStart(t: string, end: number, held: ReadonlySet<string> = NONE): number | undefined {
  const known = heldBefore(t, end, held)
  if (known !== undefined) return known
  const before = t.slice(Math.max(0, end - 24), end)
  const peoples = PEOPLES.exec(before)
  const nameEnd = peoples ? end - peoples[0].length : end
  // the held place above: "乌鲁木齐天山区" names 天山 when 乌鲁木齐 is held
  const above = (s: number) => heldBefore(t, s, held) !== undefined
  for (let k = 1; k <= MAX_NAME && nameEnd - k >= 0; k++) {
    const s = nameEnd - k
    if (!HAN.test(t[s]) || LEVEL_CHAR.test(t[s])) return k > 2 ? s + 1 : undefined
    if (k < 2) continue
    const pre = t.slice(Math.max(0, s - 4), s)
    const joined = CONJUNCTION.test(t[s - 1]) && (s === 1 || !HAN.test(t[s - 2]) || PLACE_OR_UNIT_END.test(t[s - 2]))
    if (s === 0 || !HAN.test(t[s - 1]) || LEVEL_CHAR.test(t[s - 1]) || LEAD_CHAR.test(t[s - 1]) || joined || LEAD_WORD.test(pre) || PROVINCE.test(pre) || above(s)) return s
  }
  // no boundary in reach: the characters right before the level word, as a fixed reading took them
  const s = Math.max(0, nameEnd - 3)
  return nameEnd - s >= 2 ? s : undefined
}
