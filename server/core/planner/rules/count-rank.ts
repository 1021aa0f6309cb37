/** "哪个单位车辆最多", "谁的编制最少": the question ranks what it counts */
const MOST = /最多|最高|最大|(?:哪个|哪家|谁).{0,12}(?<!多)多(?!少)/
const LEAST = /最少|最低|最小|(?:哪个|哪家|谁).{0,12}(?<!多)少/

/**
 * Rule `count-rank`: counts read for several organisations, asked which has the most (or least): the lead sentence
 * names it (all of them when tied). Undefined when no ranking is asked or fewer than two counts were found.
 */
export function countRankLead(text: string, counts: { org: string; value: number; shown: string }[], what: string): string | undefined {
  const asc = LEAST.test(text) && !MOST.test(text)
  if (counts.length < 2 || (!asc && !MOST.test(text))) return undefined
  const best = asc ? Math.min(...counts.map((c) => c.value)) : Math.max(...counts.map((c) => c.value))
  const top = counts.filter((c) => c.value === best)
  return `${top.map((c) => c.org).join('、')}的${what}${asc ? '最少' : '最多'}，为${top[0].shown}`
}
