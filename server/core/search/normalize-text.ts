/**
 * Text normalisation shared by the index, the tools and the planner, so a question and a document
 * spelled with different widths, quotes or stray spaces compare equal.
 */

import { memoByString } from './string-memo.js'

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g
const QUOTES = /[“”"'‘’「」『』《》〈〉<>]/g
const HAN_GAP = /(?<=[\p{Script=Han}()])\s+(?=[\p{Script=Han}()])/gu

/** Full-width ASCII (digits, letters, （）％，) to half-width. */
export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** For matching names: half-width, no quotes, no spaces between Han characters, lower case. "“三公”经费" → "三公经费". */
export const normalizeText: (s: string) => string = memoByString((s) => halfWidth(s).replace(QUOTES, '').replace(HAN_GAP, '').replace(/\s+/g, ' ').trim().toLowerCase())

/** normalizeText without any whitespace at all: for substring tests on names (remembered: names are compared often). */
export const compactText: (s: string) => string = memoByString((s) => normalizeText(s).replace(/\s+/g, ''))

/** Drop parenthesised parts: "维修(护)费" → "维修费", "因公出国(境)费" → "因公出国费". */
export function withoutParens(s: string): string {
  return s.replace(/\([^()]*\)/g, '')
}

export const isHan = (c: string) => /\p{Script=Han}/u.test(c)

/** Text matched literally inside a RegExp: escapeRegExp('2.26') → '2\\.26'. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
