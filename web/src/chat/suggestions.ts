/** Starter questions: general ones for the whole corpus, short ones when a site scopes to its own organisation. */
export function defaultSuggestions(org?: string): string[] {
  if (org) return ['今年的公务接待费是多少？', '今年的收入预算总额是多少？', '三公经费比上年增加还是减少？']
  return [
    '江北区医疗保障事务中心2026年的公务接待费是多少？',
    '各单位的公务接待费谁最多？',
    '渝北区医疗保障局2025年三公经费合计多少？',
  ]
}

/** data-questions="问题一|问题二" on the script tag overrides the defaults. */
export function parseSuggestions(attr: string | undefined | null, org?: string): string[] {
  const list = (attr ?? '').split('|').map((s) => s.trim()).filter(Boolean)
  return list.length ? list.slice(0, 5) : defaultSuggestions(org)
}
