import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 42: a made-up county bureau's 部门预算 page (no real name or figure), asked with words typed one character
 * wrong as people type them (rule near-typo).
 */
const ROWS: [string, string, string][] = [
  ['2080505', '机关事业单位基本养老保险缴费支出', '40.12'],
  ['2210201', '住房公积金', '31.50'],
  ['2120399', '其他城乡社区公共设施支出', '186.45'],
]
const TABLE = `<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td></tr>
${ROWS.map(([c, n, v]) => `<tr><td>${c}</td><td>${n}</td><td>${v}</td></tr>`).join('\n')}
<tr><td></td><td>合计</td><td>258.07</td></tr>
</table>`
const THREE = `<table>
<tr><td>项目</td><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行维护费</td><td>公务接待费</td></tr>
<tr><td>预算数</td><td>8.30</td><td>0.00</td><td>6.00</td><td>2.30</td></tr>
</table>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪县住房和城乡建设局2025年部门预算</title></head><body>
<h1>岑溪县住房和城乡建设局2025年部门预算</h1>
<p>表一 一般公共预算支出表</p>
<p>单位：万元</p>
${TABLE}
<p>表二 “三公”经费预算表</p>
<p>单位：万元</p>
${THREE}
<p>2025年上年结转0万元。</p>
</body></html>`

describe('a word typed one character wrong (rule near-typo)', () => {
  const engine = engineWith([{ name: 'cenxi-zjj-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }])
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads it as the one row it differs from in that character, and says so', () => {
    const a = ask('岑溪县住建局2025年住房公基金预算多少')
    expect(a).toContain('31.50万元')
    expect(a).toContain('“住房公基金”按“住房公积金”理解')
    expect(ask('岑溪县住建局2025年公务介待费是多少')).toContain('2.30万元')
  })

  it('leaves a word of the genre alone: 上年结余 is never read as 上年结转', () => {
    const a = ask('岑溪县住建局2025年上年结余是多少')
    expect(a).not.toContain('按“上年结转”理解')
  })

  it('never reads a word’s first or last character as a typo: 公务接待费实际 is no 公务接待费用, 因公出国去 no 因公出国费', () => {
    expect(ask('岑溪县住建局2025年公务接待费实际花了多少')).not.toContain('理解')
    expect(ask('岑溪县住建局因公出国去了哪些国家')).not.toContain('理解')
  })

  it('never reads another organisation’s name: a place typed differently is not this bureau', () => {
    const a = ask('岑川县住建局2025年住房公积金预算多少')
    expect(a).not.toContain('理解')
  })
})
