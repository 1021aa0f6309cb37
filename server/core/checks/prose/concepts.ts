/**
 * What a prose figure is about, read from the words before it. Keys line up with the table figures
 * (prose/table-figures.ts): tp:* the 三公 parts, basic/project/personnel/public the totals by type,
 * class:<name> a functional 类, item:<name> a 项 named with its (类)(款)(项) path, total, income:general.
 */
export interface Concept { key: string; label: string }

const RULES: [RegExp, string, string][] = [
  [/三公/, 'tp:total', '“三公”经费'],
  [/因公出国/, 'tp:abroad', '因公出国（境）费'],
  [/公务接待/, 'tp:reception', '公务接待费'],
  // also "公务用车购置费及运行维护费": the compound printed with each part's own 费
  [/公务用车购置费?[及和与]运行/, 'tp:car', '公务用车购置及运行费'],
  [/公务用车(运行|使用)/, 'tp:car-run', '公务用车运行维护费'],
  [/公务用车购置/, 'tp:car-buy', '公务用车购置费'],
  [/运行经费/, 'running', '机关运行经费'],
  [/政府采购|绩效|涉及/, 'other', ''],
  [/结转|结余/, 'carry', '上年结转'],
  [/基本支出/, 'basic', '基本支出'],
  [/项目支出/, 'project', '项目支出'],
  [/人员经费/, 'personnel', '人员经费'],
  [/公用经费/, 'public', '公用经费'],
]

/** The halves of a whole by type and by economic use. */
const HALVES = new Set(['basic', 'project', 'personnel', 'public'])
/** Words that may stand right before 基本支出/项目支出/人员经费/公用经费 and leave it the budget's own. */
const HALF_LEAD = /(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款|拨款|本年|年度|年|部门|单位|本级|安排|用于|调增|调减|其中|含|的|预算|决算|资金|支出|合计|[^\u4e00-\u9fa5])$/
/** "民生和社会发展重点项目支出": the word inside another item's name is that item's, not the budget's 项目支出. */
function ownHalf(s: string, re: RegExp): boolean {
  const at = s.search(re)
  return at === 0 || HALF_LEAD.test(s.slice(0, at))
}

/** A subject quoted by its 类-款-项 path (“一般公共服务支出-某某事务-行政运行”科目): the 项 at its end. */
const DASHED_PATH = /[\u4e00-\u9fa5()]+[-－—][\u4e00-\u9fa5()]+[-－—]([\u4e00-\u9fa5]+)/

/** The words before a figure, trimmed to its subject: "其中:基本支出" → "基本支出", "比2025年" → "". */
export function subjectOf(clause: string): string {
  return clause
    .replace(/^.*?(主要原因(一)?(是|为|在于|系)?|主要是|原因是|其中)\s*[:：]?/, '')
    .replace(/(比|较|相比|与|和|同)\s*(上年|去年|\d{4}\s*年)(预算数?)?\s*$/, '')
    .replace(/^[\s(（)）:：,，、]*|[\s:：为是]*$/g, '')
}

/** What a prose figure is about, by the vocabulary's functional classes (ProseConcepts.conceptOf). */
export interface ProseConcepts {
  conceptOf(clause: string): Concept
}

/** Prose concepts over the functional classification's 类 as printed (the vocabulary's functionClasses). */
export function proseConcepts(classNames: readonly string[]): ProseConcepts {
  return { conceptOf: (clause) => conceptOf(clause, classNames) }
}

/** The concept a clause names; `other` when it names none the tables print. */
function conceptOf(clause: string, classNames: readonly string[]): Concept {
  const item = /([\u4e00-\u9fa5]+)\(项\)/.exec(clause) ?? DASHED_PATH.exec(clause)
  if (item) return { key: `item:${item[1]}`, label: item[1] }
  const s = subjectOf(clause)
  for (const [re, key, label] of RULES) if (re.test(s) && (!HALVES.has(key) || ownHalf(s, re))) return { key, label: label || s }
  const cls = classNames.find((n) => s.includes(n))
  if (cls) return { key: `class:${cls}`, label: cls }
  if (/政府性基金|国有资本|事业收入|经营收入|其他收入|财政专户|上级补助|附属单位/.test(s)) return { key: 'other-income', label: s }
  if (/一般公共预算(财政)?拨款(收入|资金)?$/.test(s)) return { key: 'income:general', label: '一般公共预算拨款收入' }
  if (/一般公共预算(财政)?(拨款)?支出$|年初预算数$|预算总(收入|支出)$|^(收入|支出)(预算)?$/.test(s)) return { key: 'total', label: /收入/.test(s) ? '收入总额' : '支出总额' }
  return { key: 'other', label: s }
}

/** Which breakdown a concept belongs to: a whole split by type, by economic use, by function, by source, 三公 parts. */
export function dimensionOf(key: string): string {
  if (key === 'basic' || key === 'project') return 'type'
  if (key === 'personnel' || key === 'public') return 'economic'
  if (key.startsWith('class:') || key.startsWith('item:')) return 'function'
  if (key.startsWith('tp:')) return 'three-public'
  if (key === 'income:general' || key === 'other-income' || key === 'carry') return 'source'
  return 'other'
}

/** Two concepts that together make their whole: 基本+项目 = 支出, 人员+公用 = 基本支出. */
export const PAIRS: [string, string][] = [['basic', 'project'], ['personnel', 'public']]

/** The parts are exactly one complete pair. */
export const isCompletePair = (keys: string[]) =>
  PAIRS.some(([a, b]) => keys.length === 2 && keys.includes(a) && keys.includes(b))

/** Words that name a concept inside a reason ("相应机关运行经费增加"). */
export const CONCEPT_WORDS: Record<string, RegExp> = {
  running: /运行经费/, basic: /基本支出/, project: /项目支出/, personnel: /人员经费/, public: /公用经费/,
  'tp:total': /三公/, 'tp:reception': /公务接待费?/, 'tp:car-run': /公务用车运行(维护)?费?/, 'tp:abroad': /因公出国(\(境\))?费?/,
}
