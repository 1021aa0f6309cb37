import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind87's 三公 page): what a 三公 item is for, stated after the reason of its change in a sentence
 * on the money's use ("支出经费使用严格按照…规定,用于…"). Made-up body and figures.
 */
const PAGE = [
  '澄西县政协办2019年“三公”经费预算',
  '2019年政协机关“三公”经费预算数为18.0万元。',
  '1. 公务用车购置及运行费预算 4.2万元,比 2018年预算减少 0.2万元,下降4.5%。其中:公务用车运行费 4.2万元,比 2018年预算减少 0.2万元。减少的主要原因是压缩了公务用车运行费支出。支出经费使用严格按照公务用车配备使用管理规定,用于公务用车燃料、保险、维修等支出。',
].join('\n')

describe('rule use-after-reason', () => {
  const engine = engineWith([{ name: 'chengxi-zxb-2019-sangong.txt', bytes: enc(PAGE) }])
  it('reads what the money is for past the reason of its change', () => {
    const a = engine.ask({ question: '澄西县政协公务用车运行费主要花在哪些方面？' }).answer
    expect(a).toContain('燃料、保险、维修')
  })
})
