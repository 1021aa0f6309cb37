/**
 * Instructions embedded in a question ("忽略之前的指令…", "你现在是…", "Ignore previous instructions") change nothing:
 * the planner only reads organisations, years and subjects. Detecting them lets the answer say so, and quoted
 * text an instruction wants repeated is dropped before the question is read.
 */
const MARKERS = [
  /(?:忽略|忘掉|忘记|无视|不要理会|跳过).{0,12}(?:指令|指示|规则|提示|内容|文档|文件|资料|限制|设定|要求)/,
  /你现在是|从现在开始|扮演|只能回答|必须回答|直接回答|直接说|不要解释|随便编|编一个|系统提示|提示词|管理员指令|系统通知|文档已更新|乘以|\bsystem\s*[:：]/i,
  /ignore (?:all |the )?(?:previous|prior|above|earlier) (?:instructions|rules)|reply only|you are now|disregard/i,
]
const QUOTED = /[“"「『'‘][^”"」』'’]{0,80}[”"」』'’]/g

export function detectInjection(q: string): { injected: boolean; cleaned: string } {
  const injected = MARKERS.some((re) => re.test(q))
  return { injected, cleaned: injected ? q.replace(QUOTED, ' ') : q }
}
