import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 42: a made-up district's 2024 财政预算 report (no real name or figure) whose section on 2023's execution
 * speaks of the place as 我区, states a total against the year's own budget before last year, and names subjects no
 * table holds (rules executed-subject, executed change against the year before).
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪市云若区2023年财政预算执行情况与2024年财政预算草案</title></head><body>
<p>岑溪市云若区2023年财政预算执行情况与2024年财政预算草案</p>
<p>一、2023年预算执行情况</p>
<p>1.一般公共预算</p>
<p>2023年我区总财力为200000万元,较年初预算增加50000万元,增长33.33%,比上年总财力增加20000万元,增长11.11%,其中:①我区地方一般公共预算收入为30000万元(其中:税收收入12000万元,非税收入18000万元);②上级补助收入170000万元。</p>
<p>二、2024年预算草案</p>
<p>2024年地方一般公共预算收入预计32000万元。</p>
</body></html>`

describe('a place’s report asked of the year whose execution it reports', () => {
  const engine = engineWith([{ name: 'yunruo-2024-czys.html', bytes: new TextEncoder().encode(PAGE) }])
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a subject no table holds from that year’s section, the place’s 我区 no word of it (rule executed-subject)', () => {
    const a = ask('云若区2023年地方一般公共预算收入是多少？')
    expect(a).toContain('30000万元')
    expect(a).toContain('2023年执行情况')
    expect(ask('云若区2023年税收收入占地方一般公共预算收入的比重是多少？')).toContain('40.00%')
  })

  it('reads the change against the year before, never the one against the year’s own budget, as 比上年', () => {
    const a = ask('云若区2023年总财力比上年增加了多少？')
    expect(a).toContain('20000万元')
    expect(a).not.toMatch(/比上年增加50000/u)
  })
})
