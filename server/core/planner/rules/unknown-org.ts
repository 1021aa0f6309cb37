import type { Corpus } from '../../schema.js'
import { orgIndex } from '../../tools/lib/org-scope.js'
import { PROVINCE } from '../../parse/province-qualifier.js'
import { heldDocuments } from '../not-found.js'
import type { QuestionFrame } from '../question-frame.js'

/**
 * A named organisation no document is held for: say so naming it, then what is held for that place (the same
 * district's units), or the places held when the place itself is not. Never another unit's figure.
 */
export function unknownOrgAnswer(corpus: Corpus, frame: QuestionFrame, name: string): string {
  const m = frame.orgs.find((o) => o.text === name) ?? frame.orgs.find((o) => name.includes(o.text) || o.text.includes(name))
  const head = `没有找到“${name}”的预算信息`
  if (m?.stem && m.known) {
    const same = orgIndex(corpus).infos.filter((i) => i.parts.stem === m.stem).map((i) => `${i.doc.org}（${i.doc.year}年）`)
    if (same.length) return `${head}。${m.stem}收录的是：${[...new Set(same)].join('、')}。`
  }
  // a unit of a held city ("某某市博物馆"): what is held for that city, its own bodies first
  if (m?.city && !m.stem) {
    const same = orgIndex(corpus).infos.filter((i) => i.parts.city === m.city || i.doc.city === m.city)
    const own = same.filter((i) => !i.parts.stem)
    const listed = [...new Set((own.length ? own : same).map((i) => `${i.doc.org}（${i.doc.year}年）`))]
    if (listed.length) return `${head}。${m.city}收录的是：${listed.slice(0, 8).join('、')}${listed.length > 8 ? `等${listed.length}个` : ''}。`
  }
  // a place not held: name the places that are, not every unit (the answer is about the place asked)
  const places = [...new Set(corpus.documents.map((d) => `${d.city ?? ''}${d.region ?? ''}` || (PROVINCE.exec(d.org)?.[0] ?? '')).filter(Boolean))]
  return places.length ? `${head}。目前只收录了这些地区的单位：${places.join('、')}。` : `${head}。目前收录的是：${heldDocuments(corpus)}。`
}
