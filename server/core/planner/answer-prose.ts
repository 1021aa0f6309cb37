import type { Definition } from '../tools/define-term.js'
import type { Figure } from '../tools/lib/figure.js'
import type { DocumentSummary } from '../tools/list-documents.js'
import { lexicon } from '../tools/lib/lexicon.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { askedName } from './answer-lookup.js'
import { figureText, joinSentences, labelOf, orgYear, sourceText } from './compose.js'
import { explanationFor, figureFor } from './figure-for.js'

/** 为什么: the figure, then the document's own sentence with its change and 主要原因. */
export function answerReason(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const subject = frame.concepts[0]
  const outs = scope.targets.slice(0, 6).map((t) => {
    const cur = figureFor(run, t, subject, frame.columns[0])
    const f = cur.figure
    const why = explanationFor(run, t, subject.name, f?.fen, false)
    const head = f ? `${orgYear(t)}${labelOf(f, subject.name)}为${figureText(f)}${sourceText(f.citation)}` : undefined
    if (f) run.cite(f.citation)
    if (!why?.e.reason && !why?.e.change) return { text: joinSentences([head, `文件中没有说明${orgYear(t)}“${askedName(subject)}”变化的原因`]), found: false }
    run.cite(why.c)
    return { text: joinSentences([head, `文件说明：${why.e.sentence}`]), found: true }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}

/** 什么是…: the documents' own definition (专业性名词解释). */
export function answerDefine(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const term = frame.concepts[0]?.surface || frame.concepts[0]?.name || frame.unknown
  if (!term) return { answer: '没有识别出要解释的名词，请说明想了解哪个名词，例如“什么是项目支出”。', notFound: true }
  const docId = scope.named && scope.targets.length === 1 ? scope.targets[0].doc.id : undefined
  const r = run.run<{ definitions: Definition[] }>('define-term', { term, docId })
  if (!r.ok) return { answer: `所收录文件的名词解释中没有“${term}”。`, notFound: true }
  run.cite(r.citations[0])
  return { answer: joinSentences([`按预算文件的名词解释，${r.definitions[0].text.replace(/^\(?[一二三四五六七八九十\d]+\)?\s*/, '')}`]) }
}

/** 编制/科室/车辆…: a count stated in prose; words of the question that are not the subject pick among several. */
export function answerCount(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const hit = [...frame.concepts].reverse().find((c) => c.kind === 'count')
  const name = hit?.name ?? frame.countNoun?.noun
  if (!name) return { answer: '无法识别要统计的对象。', notFound: true }
  const label = lexicon.counts.find((c) => c.id === name)?.label ?? name
  const near = [...(frame.unknown ? [frame.unknown] : []), ...frame.orgs.flatMap((m) => (m.type === 'center' ? ['中心'] : m.type === 'bureau' ? ['局'] : []))]
  const outs = scope.targets.slice(0, 6).map((t) => {
    const r = run.run<{ figures: Figure[] }>('find-prose-figure', { docId: t.doc.id, name, kind: 'count', near: scope.typeFallback ? near : near.slice(0, 1) })
    if (!r.ok) return { text: `没有找到${t.doc.org}文件中关于${label}数量的表述。`, found: false }
    const f = r.figures[0]
    run.cite(f.citation)
    return { text: joinSentences([`${t.doc.org}${label}：${figureText(f)}`, `原文：${f.citation.text}`]), found: true }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}

/** 有哪些单位: the documents held. */
export function answerList(inp: HandlerInput): HandlerOutput {
  const r = inp.run.run<{ documents: DocumentSummary[] }>('list-documents', {})
  const docs = r.ok ? r.documents : []
  return { answer: `目前收录${docs.length}份预算文件：${docs.map((d) => `${d.org}${d.year}年${d.scope}`).join('；')}。` }
}
