import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/** A made-up township 决算 (an ethnic township) stating its units as counts with their names in brackets. */
const TOWN = [
  '青禾县白岩苗族乡人民政府2023年度单位决算',
  '',
  '第一部分单位概况',
  '二、机构设置',
  '白岩苗族乡人民政府下属二级预算单位0个,其中行政单位3个(党政办公室、财政所、综合执法办公室),参照公务员法管理的事业单位0个,其他事业单位2个(便民服务中心、农业综合服务中心)。',
  '第二部分2023年度单位决算情况说明',
  '一、收入支出决算总体情况说明',
  '2023年度收、支总计均为812.40万元。与2022年度相比,收、支总计各增加102.00万元,增长14.36%。',
].join('\n')

describe('a township spoken of without its people’s name, and its units stated as counts', () => {
  const engine = engineWith([{ name: 'baiyan-2023-final.txt', bytes: new TextEncoder().encode(TOWN) }])
  const ask = (question: string) => engine.ask({ question })

  it('finds 白岩苗族乡 by 白岩乡', () => {
    const r = ask('白岩乡23年收支总计比22年多了多少？')
    expect(r.answer).toMatch(/^青禾县白岩苗族乡人民政府/)
    expect(r.answer).toContain('102.00万元')
  })

  it('quotes the 机构设置 statement of "下属二级预算单位0个,其中…" when its units are asked', () => {
    const r = ask('白岩乡有哪些事业单位？')
    expect(r.answer).toContain('便民服务中心')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph' })
  })
})
