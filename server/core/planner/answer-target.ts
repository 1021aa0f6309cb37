import type { PerformanceTargetsInput } from '../tools/performance-targets.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { joinSentences, sourceText } from './compose.js'

/** 绩效目标: an indicator's target (≥95%), or a project's 当年预算 and its indicators. */
export function answerTarget(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const indicator = frame.concepts.find((c) => c.kind === 'indicator')?.name
  const project = frame.concepts.find((c) => c.kind === 'project')?.name
  const outs = scope.targets.slice(0, 6).map((t) => {
    const input: PerformanceTargetsInput = { docId: t.doc.id, indicator, project, limit: indicator ? 3 : 12 }
    const r = run.run('performance-targets', input)
    if (!r.ok || (indicator && !r.targets.length)) return { text: `没有找到${t.doc.org}${t.year}年的绩效目标${indicator ? `“${indicator}”` : ''}。`, found: false }
    if (indicator) {
      const best = r.targets[0]
      const c = r.citations.find((x) => x.rowId === best.rowId)
      run.cite(c)
      const where = best.project && !best.whole ? `“${best.project}”项目` : '部门整体'
      return { text: joinSentences([`${t.doc.org}${best.year}年${where}绩效指标“${best.indicator}”的目标值为${best.text.replace(/^=/, "")}（${c?.tableTitle ?? ''}）`]), found: true }
    }
    const p = r.projects[0]
    if (project && p) {
      const inds = r.targets.filter((x) => x.tableId === p.tableId)
      run.cite(...r.citations.filter((x) => x.kind === 'field' && x.tableId === p.tableId), ...inds.slice(0, 6).map((x) => r.citations.find((c) => c.rowId === x.rowId)))
      // a target table without the project's money: the project's row in the 项目支出表
      const row = p.budget ? undefined : run.run('get-figure', { docId: t.doc.id, name: p.project })
      if (row?.ok) run.cite(row.figures[0].citation)
      const budget = p.budget ?? (row?.ok ? `${row.figures[0].text}${sourceText(row.figures[0].citation)}` : '未列出')
      return {
        text: joinSentences([
          `${t.doc.org}${p.year}年“${p.project}”项目当年预算${budget}`,
          p.goal ? `年度绩效目标：${p.goal}` : undefined,
          inds.length ? `绩效指标：${inds.map((x) => `${x.indicator}${x.text}`).join('；')}` : p.indicatorText ? `绩效指标：${p.indicatorText}` : undefined,
        ]),
        found: true,
      }
    }
    run.cite(...r.citations.filter((c) => c.kind === 'field'))
    // a list as short lines, one project each
    const lines = r.projects.map((x) => `\n· ${x.project}：${x.budget ?? '未列出预算'}`).join('')
    return { text: `${t.doc.org}${t.year}年的绩效目标表列有${r.projects.length}个项目：${lines}\n`, found: r.projects.length > 0 }
  })
  // with no organisation named, the documents that do set this target answer; the others are not listed
  const shown = !scope.named && outs.some((o) => o.found) ? outs.filter((o) => o.found) : outs
  return { answer: shown.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
