import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation or figure) of one city's own bureaus, each spoken of by a short form:
 * 岚溪市食品药品监督管理局 (食药监局), and two bureaus a short form 城管局 fits both of (城市管理局, 城乡规划管理局),
 * only one of them held for 2024; and a county bureau whose short form 房管局 does not start with its first character.
 */
const budget = (org: string, year: number, total: string, basic: string, project: string) => [
  `${org}${year}年部门预算`,
  '',
  `${org}${year}年部门支出总表`,
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  `\t合计\t${total}\t${basic}\t${project}`,
  `201\t一般公共服务支出\t${total}\t${basic}\t${project}`,
].join('\n')

export const unitAbbrevSources = (): SourceFile[] => [
  { name: 'lanxi_spyj_2025.txt', bytes: Buffer.from(budget('岚溪市食品药品监督管理局', 2025, '812.40', '512.40', '300.00'), 'utf8') },
  { name: 'lanxi_cgj_2025.txt', bytes: Buffer.from(budget('岚溪市城市管理局', 2025, '1,406.00', '606.00', '800.00'), 'utf8') },
  { name: 'lanxi_cgj_2024.txt', bytes: Buffer.from(budget('岚溪市城市管理局', 2024, '1,288.00', '588.00', '700.00'), 'utf8') },
  { name: 'lanxi_cghj_2025.txt', bytes: Buffer.from(budget('岚溪市城乡规划管理局', 2025, '377.70', '277.70', '100.00'), 'utf8') },
  { name: 'shuikou_fgj_2025.txt', bytes: Buffer.from(budget('溪口县住房保障和房产管理局', 2025, '265.30', '165.30', '100.00'), 'utf8') },
]
