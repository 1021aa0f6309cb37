import type { Api } from '../shared/api.js'
import { el } from '../shared/dom.js'
import type { Coverage } from '../shared/types.js'

const yearsText = (years: number[]) =>
  years.length > 2 && years[years.length - 1] - years[0] === years.length - 1 ? `${years[0]}–${years[years.length - 1]}` : years.join('、')

/** '2026-01-02T…' → '2026年1月2日' */
export function dateText(iso: string | null): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : undefined
}

/** One sentence of what is covered (units × years, or the scoped unit and its years) and the data date. */
export function coverageSentence(c: Coverage): string {
  const years = [...new Set(c.units.flatMap((u) => u.years))].sort()
  const what = c.units.length === 1
    ? `本问答覆盖${c.units[0].org} ${yearsText(c.units[0].years)} 年的预算文件`
    : `收录 ${c.units.length} 个单位 ${yearsText(years)} 年的 ${c.documents} 份预算文件`
  const date = dateText(c.updated)
  return `${what}${date ? `，数据更新于 ${date}` : ''}。`
}

/** The coverage sentence with a disclosure listing every document and a link to its original. */
export function renderCoverage(api: Api, c: Coverage): HTMLElement {
  if (!c.units.length) return el('p', { class: 'coverage', text: '暂时没有收录这个单位的预算文件。' })
  const items = c.units.map((u) => el('li', {}, `${u.org}：`, ...u.documents.flatMap((d, i) => [
    i ? '、' : '',
    el('a', { href: api.originalUrl(d.id), target: '_blank', rel: 'noopener', text: `${d.year} 年${d.scope}` }),
  ])))
  return el('div', { class: 'coverage' },
    el('p', { text: coverageSentence(c) }),
    el('details', {}, el('summary', { text: '收录的文件和原文' }), el('ul', {}, ...items)))
}
