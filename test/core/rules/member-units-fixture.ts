import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation or figure): a 部门预算 covering its office and three member units, with
 * per-unit 收入总表 and 支出总表 rows, a 三公 table for the whole department only, and the 单位构成 list numbered one
 * unit to a line; a 单位预算 published by one of the members itself; a district bureau with no member units.
 */
const DEPT = [
  '岱山市林业局2025年部门预算',
  '',
  '一、部门预算单位构成',
  '岱山市林业局部门预算由局机关本级和所属事业单位组成。纳入岱山市林业局2025年部门预算编制范围的二级预算单位包括：',
  '1.岱山市森林防火指挥中心',
  '2.岱山市林木种苗站',
  '3.岱山市自然保护区管理所',
  '二、收入预算情况',
  '2025年收入预算2,000.00万元。',
  '',
  '岱山市林业局2025年部门收入总表',
  '单位：万元',
  '单位编码\t单位名称\t合计\t一般公共预算拨款收入\t事业收入\t其他收入',
  '\t合计\t2,000.00\t1,900.00\t60.00\t40.00',
  '801001\t岱山市林业局（本级）\t1,000.00\t1,000.00\t\t',
  '801002\t岱山市森林防火指挥中心\t500.00\t460.00\t\t40.00',
  '801003\t岱山市林木种苗站\t300.00\t240.00\t60.00\t',
  '801004\t岱山市自然保护区管理所\t200.00\t200.00\t\t',
  '',
  '岱山市林业局2025年部门支出总表',
  '单位：万元',
  '单位编码\t单位名称\t合计\t基本支出\t项目支出',
  '\t合计\t2,000.00\t1,200.00\t800.00',
  '801001\t岱山市林业局（本级）\t1,000.00\t600.00\t400.00',
  '801002\t岱山市森林防火指挥中心\t500.00\t250.00\t250.00',
  '801003\t岱山市林木种苗站\t300.00\t200.00\t100.00',
  '801004\t岱山市自然保护区管理所\t200.00\t150.00\t50.00',
  '',
  '岱山市林业局2025年一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '项目\t预算数',
  '合计\t18.00',
  '因公出国（境）费\t0.00',
  '公务接待费\t6.00',
  '公务用车运行费\t12.00',
].join('\n')

const OWN = [
  '岱山市林木种苗站2025年单位预算',
  '',
  '岱山市林木种苗站2025年单位收入总表',
  '单位：万元',
  '项目\t合计\t一般公共预算拨款收入\t事业收入',
  '合计\t310.00\t250.00\t60.00',
].join('\n')

const BUREAU = [
  '澄江市柳岸区统计局2025年部门预算',
  '',
  '澄江市柳岸区统计局2025年部门收入总表',
  '单位：万元',
  '项目\t合计\t一般公共预算拨款收入',
  '合计\t420.00\t420.00',
].join('\n')

export const memberUnitSources = (): SourceFile[] => [
  { name: 'daishan_lyj_2025.txt', bytes: Buffer.from(DEPT, 'utf8') },
  { name: 'daishan_zmz_2025.txt', bytes: Buffer.from(OWN, 'utf8') },
  { name: 'liuan_tjj_2025.txt', bytes: Buffer.from(BUREAU, 'utf8') },
]
