import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation or figure) whose prose counts several things with the same words: a
 * county bureau with 编制 and 实有在职人员 (no 实有人数 printed), vehicles held (共有公务用车5辆), vehicles retired (两辆
 * 老旧车辆报废) and planned (拟购置公务用车1辆); and a centre that states only its 编制 and a vehicle retired.
 */
const BUREAU = [
  '梧岭县水务局2025年部门预算',
  '',
  '一、部门基本情况',
  '截至2024年底，本部门编制25名，其中行政编制10名、事业编制15名；实有在职人员22人，离退休人员4人。',
  '二、“三公”经费预算情况',
  '2025年公务用车购置及运行维护费18.00万元，其中公务用车购置费12.00万元，拟购置公务用车1辆；公务用车运行维护费6.00万元，比上年减少0.80万元，主要原因是两辆老旧车辆报废。',
  '三、国有资产占用情况',
  '截至2024年12月31日，本部门共有公务用车5辆，其中执法执勤用车3辆。',
  '',
  '梧岭县水务局2025年部门支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t640.00\t420.00\t220.00',
  '213\t农林水支出\t640.00\t420.00\t220.00',
].join('\n')

const CENTRE = [
  '梧岭县水土保持服务中心2025年部门预算',
  '',
  '一、部门基本情况',
  '本中心为县水务局所属公益一类事业单位，编制8名。',
  '二、“三公”经费预算情况',
  '公务用车运行维护费2.00万元，比上年减少0.50万元，主要原因是一辆老旧车辆报废后不再更新。',
  '',
  '梧岭县水土保持服务中心2025年部门支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t96.00\t96.00\t0.00',
  '213\t农林水支出\t96.00\t96.00\t0.00',
].join('\n')

export const countedWhatSources = (): SourceFile[] => [
  { name: 'wuling_swj_2025.txt', bytes: Buffer.from(BUREAU, 'utf8') },
  { name: 'wuling_stbc_2025.txt', bytes: Buffer.from(CENTRE, 'utf8') },
]
