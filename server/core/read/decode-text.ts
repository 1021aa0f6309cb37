/**
 * Bytes of a text file to a string, whatever the encoding Chinese government sites and offices save in: a BOM decides
 * (UTF-8, UTF-16 LE/BE); without one, valid UTF-8 is UTF-8, and otherwise the decoding that reads most like Chinese
 * text wins among GB18030 (a superset of GBK and GB2312) and UTF-16.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface DecodedText { text: string; encoding: TextEncoding }

const decode = (encoding: TextEncoding, bytes: Uint8Array, fatal = false) => new TextDecoder(encoding, { fatal }).decode(bytes)

/** Share of characters that plausibly belong to a Chinese document: Han, CJK punctuation, full-width forms, printable ASCII. */
function plausibility(text: string): number {
  const sample = text.slice(0, 4000)
  if (!sample.length) return 0
  const good = sample.match(/[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d\u2026\u00b7]/g)?.length ?? 0
  return good / sample.length
}

/** The encoding a charset label names (`gb2312`, `GBK`, `utf-8` …), when it is one we decode. */
export function encodingOfLabel(label: string | undefined): TextEncoding | undefined {
  const l = label?.trim().toLowerCase()
  if (!l) return undefined
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(l)) return 'gb18030'
  if (/^utf-?8$/.test(l)) return 'utf-8'
  if (/^utf-?16(le)?$/.test(l)) return 'utf-16le'
  if (/^utf-?16be$/.test(l)) return 'utf-16be'
  return undefined
}

/** Decode a text file: BOM, then valid UTF-8, then the likeliest of GB18030 / UTF-16; `hint` (a declared charset) breaks ties. */
export function decodeText(bytes: Uint8Array, hint?: TextEncoding): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' }
  if (hint && hint !== 'utf-8') {
    const text = decode(hint, bytes)
    if (plausibility(text) > 0.95) return { text, encoding: hint }
  }
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8' }
  } catch {
    // not UTF-8: fall through to the legacy and wide encodings
  }
  const tries = (['gb18030', 'utf-16le', 'utf-16be'] as const).map((encoding) => {
    const text = decode(encoding, bytes)
    return { text, encoding, score: plausibility(text) - (text.includes('\u0000') ? 0.5 : 0) }
  })
  const best = tries.sort((a, b) => b.score - a.score)[0]
  return { text: best.text, encoding: best.encoding }
}
