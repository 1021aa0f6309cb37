import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation or figure) of bureaus whose names contain budget subjects: a county
 * 农业农村局 whose 支出总表 has a 农业农村 row, a banner's 文化和旅游局 (league 盟 and banner 旗 as its places) with a
 * 文化和旅游 row, and a district 住房和城乡建设局 with a 城乡社区 row.
 */
const FARM = [
  '澜川县农业农村局2025年部门预算',
  '',
  '澜川县农业农村局2025年部门支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t2,468.10\t731.40\t1,736.70',
  '213\t农林水支出\t2,300.10\t563.40\t1,736.70',
  '21301\t农业农村\t2,300.10\t563.40\t1,736.70',
  '2130101\t行政运行\t563.40\t563.40\t0.00',
  '2130122\t农业生产发展\t1,736.70\t0.00\t1,736.70',
  '208\t社会保障和就业支出\t168.00\t168.00\t0.00',
].join('\n')

const CULTURE = [
  '青屿盟乌兰塔旗文化和旅游局2025年单位预算',
  '',
  '截至2024年12月31日，本单位共有车辆2辆，均为一般公务用车。',
  '',
  '乌兰塔旗文化和旅游局2025年支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t947.25\t388.05\t559.20',
  '207\t文化旅游体育与传媒支出\t861.25\t302.05\t559.20',
  '20701\t文化和旅游\t861.25\t302.05\t559.20',
  '2070101\t行政运行\t302.05\t302.05\t0.00',
  '2070199\t其他文化和旅游支出\t559.20\t0.00\t559.20',
  '221\t住房保障支出\t86.00\t86.00\t0.00',
].join('\n')

const HOUSING = [
  '渠阳市北湾区住房和城乡建设局2025年部门预算',
  '',
  '北湾区住房和城乡建设局2025年部门支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t3,120.00\t1,020.00\t2,100.00',
  '212\t城乡社区支出\t2,950.00\t850.00\t2,100.00',
  '221\t住房保障支出\t170.00\t170.00\t0.00',
].join('\n')

export const orgWordSources = (): SourceFile[] => [
  { name: 'lanchuan_nyncj_2025.txt', bytes: Buffer.from(FARM, 'utf8') },
  { name: 'wulanta_wlj_2025.txt', bytes: Buffer.from(CULTURE, 'utf8') },
  { name: 'beiwan_zjj_2025.txt', bytes: Buffer.from(HOUSING, 'utf8') },
]
