import { compactText, escapeRegExp } from '../search/normalize-text.js'
import type { PerformanceTargetsInput, TargetRow } from '../tools/performance-targets.js'
import type { Citation } from '../schema.js'
import type { Figure } from '../tools/lib/figure.js'
import { longestShared } from '../tools/lib/name-match.js'
import { mentionText } from '../tools/lib/org-mention.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { answerLookup } from './answer-lookup.js'
import type { QuestionFrame } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import { executionSummary, isSelfEvaluation, selfEvalAsk, selfEvalText } from './answer-self-evaluation.js'
import { executionCitation } from '../tools/performance-targets.js'
import { joinSentences, sourceText } from './compose.js'
import { namesPlaceOnly } from './rules/place-only.js'
import { proseTarget } from './rules/prose-target.js'
import { LEVEL_ONE_WORDS, LEVEL_TWO_WORDS } from '../parse/flat-form.js'

/**
 * The words of a question that belong to one organisation: from its mention to the next organisation's ("甲的X，和乙的Y，
 * 分别是多少"), so one organisation's subject is not read into another's. The whole question when it names one.
 */
export function clauseOf(frame: QuestionFrame, org: string): string {
  const [a, b] = clauseRange(frame, org)
  return frame.text.slice(a, b)
}

function clauseRange(frame: QuestionFrame, org: string): [number, number] {
  const ms = [...frame.orgs].sort((a, b) => a.start - b.start)
  const exact = ms.findIndex((m) => org.includes(m.text))
  const k = exact >= 0 ? exact : ms.findIndex((m) => !!m.stem && org.includes(m.stem))
  if (ms.length < 2 || k < 0) return [0, frame.text.length]
  return [ms[k].start, ms[k + 1]?.start ?? frame.text.length]
}

/** The concept of a kind asked of one organisation: the one in its clause, else the first. */
function conceptOf(frame: QuestionFrame, org: string, kind: 'project' | 'indicator'): string | undefined {
  const [a, b] = clauseRange(frame, org)
  const all = frame.concepts.filter((c) => c.kind === kind)
  return (all.find((c) => c.start >= a && c.end <= b) ?? all[0])?.name
}

/** Every indicator asked in one organisation's clause, in the order asked. */
function indicatorsOf(frame: QuestionFrame, org: string): string[] {
  const [a, b] = clauseRange(frame, org)
  return [...new Set(frame.concepts.filter((c) => c.kind === 'indicator' && c.start >= a && c.end <= b).sort((x, y) => x.start - y.start).map((c) => c.name))]
}

/** The subject other than a project or indicator, asked of one organisation as a plain lookup. */
function otherSubject(inp: HandlerInput, t: Target): { text: string; found: boolean } | undefined {
  const concepts = inp.frame.concepts.filter((c) => c.kind !== 'project' && c.kind !== 'indicator')
  if (!concepts.length) return undefined
  const out = answerLookup({ ...inp, frame: { ...inp.frame, op: 'lookup', concepts }, scope: { ...inp.scope, targets: [t] } })
  return out.notFound ? undefined : { text: out.answer, found: true }
}

/** Indicators asked by their level or as values: 数量指标, 产出指标, 指标值. */
const INDICATORS_ASKED = new RegExp(`(?:${LEVEL_ONE_WORDS}|${LEVEL_TWO_WORDS})指标|指标值`, 'u')

/** 绩效目标: an indicator's target (≥95%), or a project's 当年预算 and its indicators. */
export function answerTarget(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const outs = scope.targets.slice(0, 6).map((t) => {
    const indicator = conceptOf(frame, t.doc.org, 'indicator')
    const project = conceptOf(frame, t.doc.org, 'project')
    // rule each-indicator: two indicators or more asked of one project ("设备验收合格率和患者满意度要求多少"): each read
    const several = indicatorsOf(frame, t.doc.org)
    if (several.length >= 2) {
      const each = several.map((name) => {
        const r = run.run('performance-targets', { docId: t.doc.id, indicator: name, project, limit: 3 })
        return r.ok && r.targets.length ? indicatorAnswer(inp, t, r.targets[0], r.citations) : `没有找到${t.doc.org}${t.year}年的绩效指标“${name}”。`
      })
      return { text: each.join(''), found: each.some((x) => !x.startsWith('没有找到')) }
    }
    const input: PerformanceTargetsInput = { docId: t.doc.id, indicator, project, limit: indicator ? 3 : project ? 12 : 50 }
    const r = run.run('performance-targets', input)
    if (!r.ok || (indicator && !r.targets.length)) {
      // (a rate the form lists as no indicator, 预算执行率, is its money block's column: rule rate-in-money-block)
      // (of the project named, or of the form's only project)
      if (indicator) {
        const all = run.run('performance-targets', { docId: t.doc.id, project, limit: 12 })
        const p = all.ok && (project || all.projects.length === 1) ? all.projects[0] : undefined
        const asked = p ? selfEvalAsk(clauseOf(frame, t.doc.org)) : undefined
        const form = p && asked && selfEvalText(run, all.citations, p, asked, projectHead(t.doc.org, p))
        if (form) return { ...form, held: true }
      }
      // "甲的完成年初预算比例，和乙某项目的执行率": the organisation without such forms is asked its own subject (not
      // when only a place was named, nor beside a form filed for it: the form is what was asked)
      const own = scope.named && !namesPlaceOnly(frame) && !scope.targets.some((x) => x.doc.speaksFor?.includes(t.doc.org))
      const other = !r.ok && scope.targets.length > 1 && own ? otherSubject(inp, t) : undefined
      // (no form of targets: the prose's sentence stating them, rule prose-target)
      const inProse = !r.ok ? proseTarget(run, t, clauseOf(frame, t.doc.org)) : undefined
      return other ?? inProse ?? { text: `没有找到${t.doc.org}${t.year}年的绩效目标${indicator ? `“${indicator}”` : ''}。`, found: false }
    }
    if (indicator) return { text: indicatorAnswer(inp, t, r.targets[0], r.citations), found: true }
    const p = r.projects[0]
    // "某项目入户水表实际换了多少块": one of the project's indicators named by its core words
    const named = project && p ? indicatorByWords(r.targets.filter((x) => x.project === p.project), frame) : undefined
    if (named) return { text: indicatorAnswer(inp, t, named, r.citations), found: true }
    // "这个项目的社会效益指标是什么": the project's indicators under the level named
    // (a form of one project answers for "这个项目")
    const level = p && (project || r.projects.length === 1) ? indicatorsByLevel(r.targets.filter((x) => x.project === p.project), frame.text) : undefined
    if (level?.length === 1) return { text: indicatorAnswer(inp, t, level[0], r.citations), found: true }
    if (level?.length) return { text: levelAnswer(inp, t, level, r.citations), found: true }
    const asked = project && p ? selfEvalAsk(clauseOf(frame, t.doc.org)) : undefined
    const form = asked && selfEvalText(run, r.citations, p, asked, projectHead(t.doc.org, p))
    if (form) return { ...form, held: true }
    if (project && p) {
      // (each indicator of the project's group of forms, one per row of its table)
      const inds = r.targets.filter((x) => x.tableId === p.tableId || !!p.tableIds?.includes(x.tableId))
      // (its indicators asked where its form prints none, a copy cut off before them: not found)
      const levelWord = INDICATORS_ASKED.exec(frame.text)?.[0]
      if (levelWord && !inds.length && !p.indicatorText) return { text: `没有找到${t.doc.org}${p.year}年“${p.project}”项目的${levelWord}：文件的绩效目标表没有列出指标。`, found: false }
      run.cite(...r.citations.filter((x) => x.kind === 'field' && x.tableId === p.tableId), ...inds.slice(0, 6).map((x) => r.citations.find((c) => c.rowId === x.rowId)))
      // a target table without the project's money: the project's row in the 项目支出表
      // a self-evaluation form: its money block's total row stands for the budget
      const money = p.budget ? undefined : executionSummary(p)
      if (money) for (const e of money.cells) run.cite(executionCitation(r.citations, e))
      const row = p.budget || money ? undefined : run.run('get-figure', { docId: t.doc.id, name: p.project })
      if (row?.ok) run.cite(row.figures[0].citation)
      // rule project-columns: the project's sources asked by its table's columns ("财政拨款和事业收入各出多少"): each cell
      const sources = row?.ok ? projectColumns(run, frame, row.figures[0]) : undefined
      if (sources && row?.ok) return { text: joinSentences([`${t.doc.org}${p.year}年“${p.project}”项目当年预算${row.figures[0].text}，其中${sources}`]), found: true }
      // rule form-project-prose: …nor that row, the money the prose states for it by name ("其中馆藏档案数字化加工（二期）
      // 项目预算96.00万元"), never "未列出" beside a sentence that lists it
      const prose = p.budget || money || row?.ok ? undefined : run.run('find-prose-figure', { docId: t.doc.id, name: p.project, kind: 'money' })
      const stated = prose?.ok ? prose.figures.find((f) => f.fen !== undefined) : undefined
      if (stated) run.cite(stated.citation)
      const found = row?.ok ? row.figures[0] : stated
      const budget = p.budget ?? (found ? `${found.text}${sourceText(found.citation)}` : '未列出')
      return {
        text: joinSentences([
          money ? `${t.doc.org}${p.year}年“${p.project}”项目${money.text}` : `${t.doc.org}${p.year}年“${p.project}”项目当年预算${budget}`,
          !row?.ok && stated?.citation.text ? `绩效目标表没有列出金额，文字说明写明：“${stated.citation.text.replace(/[。；;]$/u, '')}”` : undefined,
          p.goal ? `年度绩效目标：${p.goal}` : undefined,
          inds.length ? `绩效指标：${inds.map((x) => `${x.indicator}${x.text}`).join('；')}` : p.indicatorText ? `绩效指标：${p.indicatorText}` : undefined,
        ]),
        found: true,
      }
    }
    // rule indicator-by-words: "HPV疫苗接种人数的目标是多少", no project named: the one indicator of the document whose
    // name shares the question's words (four characters at least)
    const byWords = !project ? indicatorByWords(r.targets, frame) : undefined
    if (byWords) return { text: indicatorAnswer(inp, t, byWords, r.citations), found: true }
    // (indicators asked of forms that print none, a copy cut off before them: not found, never the project list)
    const levelAsked = INDICATORS_ASKED.exec(frame.text)?.[0]
    if (levelAsked && !r.targets.length && !r.projects.some((x) => x.indicatorText)) return { text: `没有找到${t.doc.org}${t.year}年绩效目标表中的${levelAsked}：文件的绩效目标表没有列出指标。`, found: false }
    run.cite(...r.citations.filter((c) => c.kind === 'field'))
    // a list as short lines, one project each (a self-evaluation's money cited cell by cell, as stated)
    const lines = r.projects.map((x) => {
      const money = x.budget ? undefined : executionSummary(x)
      if (money) for (const e of money.cells) run.cite(executionCitation(r.citations, e))
      return `\n· ${x.project}：${x.budget ?? money?.text ?? '未列出预算'}`
    }).join('')
    const forms = r.projects.every(isSelfEvaluation) ? '绩效自评表' : '绩效目标表'
    return { text: `${t.doc.org}${t.year}年的${forms}列有${r.projects.length}个项目：${lines}\n`, found: r.projects.length > 0 }
  })
  const shown = answeringOnly(inp, outs)
  return { answer: shown.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}

/**
 * With no organisation named, or only a place ("疆岚县…项目"), the documents that do set this target answer and the
 * others are not listed; likewise a department's own document beside the form filed for it (rule form-speaks-for).
 */
function answeringOnly<T extends { found: boolean; held?: boolean }>(inp: HandlerInput, outs: T[], targets: Target[] = inp.scope.targets): T[] {
  const loose = !inp.scope.named || namesPlaceOnly(inp.frame)
  // nothing found anywhere: the form of the project asked says what it lacks, the documents without one are not listed
  const key = outs.some((o) => o.found) ? (o: T) => o.found : loose && outs.some((o) => o.held) ? (o: T) => !!o.held : undefined
  if (!key) return outs
  const found = targets.filter((_, k) => outs[k] && key(outs[k])).map((t) => t.doc)
  return outs.filter((o, k) => key(o) || (!loose && !found.some((d) => d.speaksFor?.includes(targets[k].doc.org))))
}

/**
 * Rule `self-evaluation-asked`: a question after what only a 绩效自评表 prints (自评得分, 偏差原因, 实际完成情况) of a
 * project the question names, whatever operation its other words suggest ("得分是多少？偏差原因是什么？" reads as a
 * reason question); the project may be named by a row of the ledger tables too. Undefined when no held form fits.
 */
export function answerSelfEvaluation(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  // a target question goes to answerTarget, unless it asks the form's 主管部门/实施单位 (before the prose facts do)
  const whole = selfEvalAsk(frame.text)
  const unnamedScore = !!(whole?.score || whole?.grade) && !frame.concepts.some((c) => c.kind === 'project')
  if (frame.op === 'target' && !whole?.units.length && !whole?.grade && !whole?.unmet && !unnamedScore) return undefined
  // "入户水表更换数量为什么没完成": an indicator's 偏差原因 is on its own row, with what was achieved
  if (frame.concepts.some((c) => c.kind === 'indicator') && (frame.op === 'reason' || selfEvalAsk(frame.text)?.reason)) {
    const row = answerTarget(inp)
    return row.notFound ? undefined : row
  }
  const targets = scope.targets.slice(0, 6)
  const outs = targets.map((t) => {
    // each organisation's own words: "甲某项目的得分，和乙某项目的执行率"
    const text = clauseOf(frame, t.doc.org)
    const ask = selfEvalAsk(text)
    // money words (年初预算, 执行率) belong to ledgers too: they go to the form only when a 项目 is asked
    const moneyOfProject = !!ask && /项目/.test(text) && (ask.roles.length > 0 || ask.difference)
    if (!ask || !(ask.score || ask.grade || ask.reason || ask.unmet || ask.achieved || ask.unspent || ask.units.length > 0 || moneyOfProject)) return undefined
    const name = conceptOf(frame, t.doc.org, 'project') ?? frame.concepts.find((c) => c.kind !== 'column' && c.kind !== 'weak' && c.kind !== 'indicator')?.name ?? oneFormProject(inp, t, text)
    // a form published on its own answers for its one project when none is named, for its organisation's score or
    // grade ("某局绩效自评总分多少"); never for money, nor with no organisation named
    if (!name && (t.doc.scope !== '绩效自评' || !scope.named || !(ask.score || ask.grade) || moneyOfProject || ask.roles.length)) return undefined
    // a reason asked reads every indicator's row (its 偏差原因), not the three best
    const r = run.run('performance-targets', { docId: t.doc.id, ...(name ? { project: name } : {}), limit: ask.reason || ask.unmet ? 40 : 3 })
    if (!name && r.ok && r.projects.filter(isSelfEvaluation).length !== 1) return undefined
    const p = r.ok ? r.projects.find((x) => isSelfEvaluation(x) && (!moneyOfProject || ask.score || ask.grade || ask.reason || ask.unmet || ask.achieved || x.execution?.length)) : undefined
    return (p && selfEvalText(run, r.ok ? r.citations : [], p, ask, projectHead(t.doc.org, p), r.ok ? r.targets : [])) || undefined
  })
  // every organisation asked must have such a form (a place or a department beside its form: those that have one),
  // or the question is answered the usual way
  const held = outs.filter((o): o is { text: string; found: boolean } => !!o)
  const shown = answeringOnly(inp, outs.map((o) => o ?? { text: '', found: false }), targets)
  if (!held.length || shown.some((o) => !o.text)) return undefined
  return { answer: shown.map((o) => o.text).join(''), notFound: held.every((o) => !o.found) }
}

/** Fewest characters of a project's name a question must repeat in one run to point at a form's one project. */
const PROJECT_RUN = 4

/**
 * Rule one-form-project: a self-evaluation published on its own, for one project, asked by a run of that project's
 * name ("暖通改造项目" of "办公宿舍楼、食堂及餐厅暖通改造经费"): that project. Never when the page holds several.
 */
function oneFormProject(inp: HandlerInput, t: Target, text: string): string | undefined {
  if (t.doc.scope !== '绩效自评') return undefined
  const r = inp.run.run('performance-targets', { docId: t.doc.id, limit: 3 })
  const forms = r.ok ? r.projects.filter(isSelfEvaluation) : []
  if (forms.length !== 1) return undefined
  const shared = longestShared(text.replace(/[^\p{Script=Han}]/gu, '，'), forms[0].project.replace(/[^\p{Script=Han}]/gu, ''))
  return shared.length >= PROJECT_RUN && !/^(?:项目|经费|资金)/u.test(shared) ? forms[0].project : undefined
}

/** One indicator's row: its target, and the weight, what was achieved, the score and the 偏差原因 a form prints. */
function indicatorAnswer(inp: HandlerInput, t: Target, best: TargetRow, citations: Citation[]): string {
  // (an indicator read from a form's fields is cited by its 指标值 field)
  const c = citations.find((x) => x.rowId === best.rowId) ?? citations.find((x) => x.kind === 'field' && x.tableId === best.tableId && /指标值|目标值/u.test(x.column ?? ''))
  inp.run.cite(c)
  const where = best.project && !best.whole ? `“${best.project}”项目` : '部门整体'
  // a self-evaluation form also prints the weight, and what was achieved and scored when filled in
  const more = [
    best.weight ? `${best.weightLabel ?? '权重'}${best.weight}` : undefined,
    best.actual ? `实际完成值${best.actual}` : undefined, best.score ? `得分${best.score}` : undefined, best.reason ? `偏差原因：${best.reason}` : undefined,
  ].filter(Boolean).join('，')
  return joinSentences([`${t.doc.org}${best.year}年${where}绩效指标“${best.indicator}”的目标值为${best.text.replace(/^=/, '')}${more ? `，${more}` : ''}（${c?.tableTitle ?? ''}）`])
}

/** The level words of the national templates, as flat-form reads them (二级 first: 数量指标 names fewer rows than 产出指标). */
const LEVEL = new RegExp(`(?:${LEVEL_TWO_WORDS}|${LEVEL_ONE_WORDS})指标`, 'gu')

/**
 * Rule indicator-by-level: "这个项目的社会效益指标是什么", "数量指标定的是多少": the project's indicators printed under the
 * level the question names (a 二级 level before a 一级 one); undefined when the question names no level or none is printed.
 */
function indicatorsByLevel(rows: TargetRow[], text: string): TargetRow[] | undefined {
  const named = [...text.matchAll(LEVEL)].map((m) => m[0]).sort((a, b) => b.length - a.length)
  for (const word of named) {
    const under = rows.filter((x) => x.levels?.some((l) => l.replace(/[（(][^）)]*[）)]$/, '') === word))
    if (under.length) return under
  }
  return undefined
}

/** Several indicators of one level: each with its target, and what was achieved and scored when printed. */
function levelAnswer(inp: HandlerInput, t: Target, rows: TargetRow[], citations: Citation[]): string {
  for (const x of rows) inp.run.cite(citations.find((c) => c.rowId === x.rowId))
  const level = rows[0].levels?.[rows[0].levels.length - 1] ?? ''
  const items = rows.map((x) => `“${x.indicator}”目标值${x.text.replace(/^=/, '')}${x.actual ? `，实际完成值${x.actual}` : ''}${x.score ? `，得分${x.score}` : ''}`)
  return joinSentences([`${t.doc.org}${rows[0].year}年“${rows[0].project}”项目的${level}：${items.join('；')}`])
}

/**
 * Rule indicator-by-words: among the indicators of the project a question names, the one sharing a run of four or
 * more characters with the question's own words, its organisations' and the project's names left out (入户水表 of
 * 维修更换入户水表数量); none when several or none do.
 */
function indicatorByWords(rows: TargetRow[], frame: QuestionFrame): TargetRow | undefined {
  const chars = [...frame.text]
  const spans = [...frame.orgs, ...frame.concepts.filter((c) => c.kind === 'project')]
  for (const s of spans) chars.fill('\u0000', s.start, s.end)
  const rest = chars.join('').replace(new RegExp(frame.concepts.filter((c) => c.kind === 'project').map((c) => escapeRegExp(c.surface)).join('|') || '$^', 'g'), '\u0000')
  // (the one sharing the longest run: "HPV疫苗接种人数" of 适龄女生HPV疫苗接种人数, not 疫苗接种 of another's 疫苗接种率)
  const scored = rows.map((x) => ({ x, n: longestShared(mentionText(x.indicator), rest).length })).filter((s) => s.n >= 4)
  const best = Math.max(0, ...scored.map((s) => s.n))
  const top = scored.filter((s) => s.n === best)
  return top.length === 1 ? top[0].x : undefined
}


/** "某局2024年“某某项目”": the project named as printed, 项目 said once. */
export const projectHead = (org: string, p: { year: number; project: string }) => `${org}${p.year}年“${p.project}”${/项目$/.test(p.project) ? '' : '项目'}`

/**
 * Rule `project-columns`: a project's row asked by the names of its table's columns ("住院楼…项目，财政拨款和事业收入各出
 * 多少" of 表4项目支出表 | 合计 | 财政拨款 | 事业收入): each column's cell of that row, cited; undefined unless every name asked is
 * one of the row's columns.
 */
function projectColumns(run: HandlerInput['run'], frame: QuestionFrame, f: Figure): string | undefined {
  if (!f.rowId) return undefined
  const names = frame.concepts.filter((c) => c.kind === 'row' || c.kind === 'lexicon' || c.kind === 'column').map((c) => c.surface || c.name)
  if (!names.length) return undefined
  const cells = names.map((n) => run.run('get-figure', { rowId: f.rowId!, columnLabel: n }))
  if (cells.some((c, i) => !c.ok || compactText(c.figures[0].column ?? '') !== compactText(names[i]))) return undefined
  return cells.map((c, i) => { const g = c.ok ? c.figures[0] : undefined; if (g) run.cite(g.citation); return `${names[i]}${g?.text}` }).join('，')
}
