import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 43: a page that lost a sentence's end runs one subject's 决算 into the next subject's ("公务接待费支出决算为
 * 0.00万元,本年无预算2021年…“三公”经费支出决算汇总数为769.70万元,较上年决算数减少279.08万元"): the change belongs to
 * the figure of the same stage said last, never to an earlier one past it (rule stage-figure). Made-up district.
 */
const DOC = [
  '某某市澜城区2021年度“三公”经费决算情况说明', '',
  '2021年澜城区一般公共预算财政拨款“三公”经费支出预算为900万元,支出决算为600.00万元,完成预算的66.67%。其中:公务接待费支出决算为0.00万元,本年无预算2021年澜城区一般公共预算财政拨款“三公”经费支出决算汇总数为600.00 万元,较上年决算数减少200.00万元,下降25.00 %。',
  '公务接待费为0万元,较上年减少1.20万元,下降100%,国内公务接待批次为0次。',
].join('\n')

describe('a change after another subject\'s figure of the same stage (rule stage-figure)', () => {
  const engine = engineWith([{ name: 'lancheng-2021-sangong-js.txt', bytes: new TextEncoder().encode(DOC) }])

  it('is not the first subject\'s change', () => {
    const a = engine.ask({ question: '澜城区的公务接待费21年比20年少了多少？' }).answer
    expect(a).toContain('1.20万元')
    expect(a).not.toContain('200.00万元')
  })
})
