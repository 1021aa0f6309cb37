/**
 * Some PDF producers map CJK glyphs to the Kangxi Radicals (U+2F00–U+2FD5) or the CJK Radicals Supplement
 * (U+2E80–U+2EF3) instead of the ideographs they look like: "部⻔⽀出" for 部门支出. A reader sees the same text;
 * every search, header and name match misses it. Radicals never occur as such in a budget disclosure, so each is
 * read as the ideograph it stands for. One character for one character: offsets and boxes stay valid.
 */

/** CJK Radicals Supplement forms that stand for a whole (simplified) ideograph; component-only forms are left. */
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻊': '足', '⻋': '车',
  '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食',
  '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾',
  '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
}

/**
 * Kangxi radicals whose Unicode decomposition is the traditional form ("⼾" → 戶): a simplified disclosure prints the
 * simplified ideograph (财政专户), so these fold to it.
 */
const KANGXI_SIMPLIFIED: Record<string, string> = {
  '⼾': '户', '⾨': '门', '⾧': '长', '⾺': '马', '⿂': '鱼', '⿃': '鸟', '⾞': '车', '⾴': '页', '⾵': '风', '⾶': '飞',
  '⾙': '贝', '⾒': '见', '⿑': '齐', '⿒': '齿', '⿓': '龙', '⿔': '龟', '⾇': '韦', '⿆': '麦', '⿈': '黄', '⿄': '卤',
}

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\u6236\u6238]/g

/**
 * Traditional forms a simplified CJK font draws with the simplified glyph, so a PDF's text layer may carry either:
 * 戶 is 户 in a mainland disclosure (财政专户).
 */
const SHARED_GLYPH: Record<string, string> = { '戶': '户', '戸': '户' }

/** True when the text has any radical or compatibility form worth folding. */
export const hasRadicals = (s: string): boolean => /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\u6236\u6238]/.test(s)

/** Kangxi radicals and CJK compatibility ideographs by their Unicode decomposition; supplement forms by the table. */
export function foldRadicals(s: string): string {
  if (!hasRadicals(s)) return s
  return s.replace(RADICAL, (c) => {
    const cp = c.codePointAt(0)!
    if (SHARED_GLYPH[c]) return SHARED_GLYPH[c]
    if (cp < 0x2f00) return SUPPLEMENT[c] ?? c
    if (KANGXI_SIMPLIFIED[c]) return KANGXI_SIMPLIFIED[c]
    const n = c.normalize('NFKC')
    return n.length === 1 ? SHARED_GLYPH[n] ?? n : c
  })
}
