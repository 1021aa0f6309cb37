import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind87's street-office budget): a 项目支出表 keyed by functional subject, with the unit and the
 * project in text columns, answers a project asked by its name, labelled with that name. Made-up office and figures.
 */
const DOC = [
  '澄岚区汀湖街道办事处2025年部门预算',
  '项目支出表',
  '单位：万元',
  '单位名称\t项目名称\t功能科目编码\t功能科目名称\t合计\t一般公共预算拨款\t其他收入',
  '合计\t\t\t\t410.00\t398.00\t12.00',
  '汀湖街道办事处本级\t网格员补贴及网格运转经费\t2080208\t基层政权建设和社区治理\t260.00\t260.00\t',
  '汀湖街道办事处本级\t背街小巷保洁服务外包\t2120501\t城乡社区环境卫生\t98.00\t98.00\t',
  '汀湖街道社区服务中心\t长者食堂运营补助\t2080208\t基层政权建设和社区治理\t52.00\t40.00\t12.00',
].join('\n')

describe('rule project-name-column', () => {
  const engine = engineWith([{ name: 'chenglan-tinghu-jdb-2025-bmys.txt', bytes: enc(DOC) }])
  it('answers a project by the name its 项目名称 column prints', () => {
    const a = engine.ask({ question: '汀湖街道网格员补贴及网格运转经费项目是多少钱？' }).answer
    expect(a).toContain('260.00万元')
    expect(a).toContain('网格员补贴及网格运转经费')
    const b = engine.ask({ question: '汀湖街道长者食堂运营补助多少' }).answer
    expect(b).toContain('52.00万元')
    expect(b).not.toContain('260.00')
  })
})
