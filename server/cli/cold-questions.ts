/**
 * The shapes of a first question measured cold (issue 13): one document's row, a row the document lacks, a ranking
 * over the city, a question naming no organisation, and a district-wide question reading every district's bureau.
 */
export function coldQuestions(docs: readonly { org: string; year: number }[]): string[] {
  const at = (i: number) => docs[Math.min(i, docs.length - 1)]
  const e = at(7)
  return [`${e.org}${e.year}年基本支出是多少？`, `${at(99).org}${e.year}年工会经费是多少？`, '哪个单位的公务接待费最多？', '2025年基本支出是多少？', '各区医保局2025年基本支出']
}
