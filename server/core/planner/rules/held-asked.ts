import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import type { ToolRunner } from '../tool-runner.js'

/** "收录的材料里哪些是2023年度的决算", "你这里有哪个西藏单位的决算", "系统里有几个单位的预算", "这几份材料里哪些是决算":
 *  what is held, asked */
const HELD_ASKED = /(?:收录|收集|你这里|这里|你们|系统|库|(?:这|那)(?:几份|几个|些)(?:材料|文件|资料))(?:里|中|内|当中)?(?:的|有|了)?[^？?。]{0,16}?(?:哪些|哪个|哪份|哪几个|哪几份|什么|几个|几份|多少个|多少份)|(?:有|收录了?)(?:哪些|哪几个|哪个)[^？?。]{0,12}?(?:单位|部门|文件|材料|决算|预算)|(?:你这里|这里|你们|系统里?|库里)(?:有|收录了?)[^？?。]{0,12}?(?:吗|没有)/u
/** a question about figures is never one about what is held */
const FIGURE_WORDS = /多少钱|金额|超过|最高|最多|最少|最大|最小|排名|万元|\d+元|占比|比例/u
/** the units under an organisation (所属事业单位, 下属单位, 内设机构) */
const OWN_UNITS = /(?:所属|下属|下级|二级|直属|内设|下设|下面|底下)/u
/** documents named in one answer at most (a city's catalog holds thousands) */
const MAX_LISTED = 30
/** a province's name or a place by its level word */
const PLACE_WORD = /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)$|^\p{Script=Han}{1,6}[省市县区州旗镇乡]$/u
/** words of such a question that name no organisation */
const GENERIC = /收录|收集|材料|文件|资料|系统|你这里|这里|你们|吗|没有|哪些|哪个|哪份|哪几个|哪几份|什么|几个|几份|多少个|多少份|这几|这些|那几|那些|当中|单位|部门|机构|决算|预算|三公|经费|公开|的|是|有|了|里|中|内|年度?|\d+/gu

/**
 * Rule `held-asked`: a question about what the service holds, not about a figure: the held documents by list-documents,
 * narrowed by the year, the stage (预算/决算/三公) and any word of the question that held organisations' names contain
 * (西藏, 审计); each listed with its year and kind, and cited by its own title line where its text prints one.
 */
export function answerHeld(run: ToolRunner, text: string, years: number[], mentions: { orgs?: string[]; known?: boolean; text: string; dept?: string; unit?: string; cityOnly?: boolean }[] = []): HandlerOutput | undefined {
  const t = compactText(text)
  // "某局有哪几个所属事业单位": an organisation's own units, asked of its document, not what the service holds
  if (!HELD_ASKED.test(t) || FIGURE_WORDS.test(t) || (mentions.length > 0 && OWN_UNITS.test(t))) return undefined
  const r = run.run('list-documents', years.length === 1 ? { year: years[0] } : {})
  if (!r.ok) return undefined
  const stage = /决算/.test(t) ? '决算' : /三公/.test(t) ? '三公' : /预算/.test(t) ? '预算' : undefined
  // a 三公 page, or a budget or account that prints a 三公 table, speaks of 三公
  const ofStage = (d: (typeof r.documents)[number]) => !stage || d.scope.includes(stage) || (stage === '三公' && d.tables.some((x) => x.kind === 'three-public'))
  const docs = r.documents.filter(ofStage).filter((d) => !years.length || years.includes(d.year))
  const rest = mentions.reduce((x, m) => x.split(compactText(m.text)).join('，'), t)
  const words = rest.replace(GENERIC, '，').split(/[^\p{Script=Han}]+/u).filter((w) => w.length >= 2)
  const named = words.filter((w) => docs.some((d) => d.org.includes(w)))
  // a place naming no held organisation ("湖南" when none is held) narrows to nothing; other stray words are ignored
  const unnamed = words.filter((w) => !named.includes(w) && PLACE_WORD.test(w) && r.documents.every((d) => !d.org.includes(w)))
  // an organisation the question names (定州四中): its documents only; one named but not held: none
  const held = mentions.flatMap((m) => m.orgs ?? [])
  if (mentions.some((m) => !m.orgs?.length && (!m.known || !!m.dept || !!m.unit))) return { answer: `所收录的文件中没有${mentions.map((m) => m.text).join('、')}的${stage ?? '文件'}。`, notFound: true }
  const byOrg = held.length ? docs.filter((d) => held.includes(d.org)) : docs
  // any other word asks something else of the documents ("这里有哪些项目"): not a question about what is held
  if (words.some((w) => !named.includes(w) && !unnamed.includes(w))) return undefined
  const kept = named.length ? byOrg.filter((d) => named.every((w) => d.org.includes(w))) : byOrg
  const who = [years.length ? `${years.join('、')}年` : '', [...new Set(held)].join('、'), [...named, ...unnamed].filter((w) => !held.some((o) => o.includes(w))).join('')].filter(Boolean).join('')
  const what = `${who}${who ? '的' : ''}${stage === '三公' ? '三公经费文件' : stage ?? '文件'}`
  if (!kept.length || (unnamed.length && !named.length)) {
    return { answer: `所收录的文件中没有${what}。`, notFound: true }
  }
  const shown = kept.slice(0, MAX_LISTED).map((d) => `${d.org}（${d.year}年${d.scope}）`).join('、')
  // each listed document by its own title line, where its text prints one
  run.cite(...r.citations.filter((c) => kept.slice(0, MAX_LISTED).some((d) => d.docId === c.docId)))
  return { answer: `所收录的${what}有${kept.length}份：${shown}${kept.length > MAX_LISTED ? '等' : ''}。` }
}
