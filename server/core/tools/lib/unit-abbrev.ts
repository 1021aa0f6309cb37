/**
 * Rule `unit-abbrev`: Chinese agencies are spoken of by a short form made of characters of their own name, in order
 * (质监局 for 质量技术监督局, 食药监局 for 食品药品监督管理局, 人防办 for 人民防空办公室), never by a list of names.
 * A short form abbreviates a unit's name (after its place) when:
 *  - it keeps the name's final unit word, or that word's first character (委员会 → 委, 办公室 → 办);
 *  - the words before it start with the name's first character and are at least two characters;
 *  - those words are an ordered subsequence of the name's words before its unit word;
 *  - or, keeping the whole unit word, they are the tail (four characters or more) of the name's words, a leading
 *    modifier dropped (检验检测中心 of 产品质量检验检测中心).
 * Whether it names one organisation is the caller's: exactly one held unit of that place must fit (org-scope).
 */

/** Unit words that close a name, longest first (a 事务中心 closes with 中心: 医保中心 is short for 医疗保障事务中心). */
// (a school's kind closes its name too: 第二中学 is said of the 第二高级中学 when it is the place's only one numbered so)
const UNIT_WORDS = ['委员会', '办公室', '办事处', '中心', '政府', '中学', '小学', '学校', '局', '厅', '院', '所', '站', '馆', '队', '委', '办', '处']
/** The ordinals a name's words hold (第二, 第十二): a short form keeps them whole, 第二 is never 第十二's. */
const numbersOf = (s: string) => (s.match(/第[一二三四五六七八九十百零〇]+/gu) ?? []).join(',')

/** `short` is an ordered subsequence of `full`. */
export function inOrder(short: string, full: string): boolean {
  let at = 0
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1
    if (at === 0) return false
  }
  return true
}

/** "（汇总）", "(本级)", "（部门汇总）" after a name. */
const ACCOUNT_BRACKET = /[（(](?:部门|单位)?(?:汇总|本级|机关本级|合并)[)）]$/u

/** 质监局 abbreviates 质量技术监督局; 房管局 does not abbreviate 住房保障和房产管理局 (another first character). */
export function abbreviatesUnit(short: string, named: string): boolean {
  // a bracket after the name says which account it is ("（汇总）", "（本级）"), not a word of the name
  const full = named.replace(ACCOUNT_BRACKET, '')
  if (short.length >= full.length) return false
  const word = UNIT_WORDS.find((w) => full.endsWith(w))
  if (!word) return false
  // (学校 is said by its last character: 体校 of 体育学校, 技校 of 技工学校)
  const kept = [word, word[0], ...(word === '学校' ? ['校'] : [])].find((w) => short.endsWith(w))
  if (!kept) return false
  const head = short.slice(0, -kept.length)
  const body = full.slice(0, -word.length)
  if (numbersOf(head) !== numbersOf(body)) return false
  // (or the unit's own words' tail, four characters or more, its leading modifier dropped: 检验检测中心 of 产品质量检验检测中心)
  return head.length >= 2 && ((head[0] === body[0] && inOrder(head, body)) || (head.length >= 4 && kept === word && body.endsWith(head)))
}
