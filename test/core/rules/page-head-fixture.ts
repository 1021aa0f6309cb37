import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation, figure or sentence) stored only as their first page, as real pages
 * are: a county bureau's 部门决算 whose head prints label:value particulars, whose 目录 lists parts and entries
 * (the last entry no table), whose 职责 opens with the file it follows and the sentence saying what the bureau is,
 * and whose 机构设置 states a count of units and then lists them after a colon; a PDF-library page whose 目录 runs
 * in one block with the page count; a 决算 whose coverage leaves one unit out in brackets.
 */
export const BUREAU_FINAL = [
  '青岚县统计局2024年部门决算',
  '保密审查情况:已审查',
  '部门主要负责人审签情况:已审签',
  '生效日期: 2025-09-12 废止日期:',
  '目 录',
  '第一部分 部门概况',
  '一、部门职责',
  '二、机构设置',
  '第二部分 2024年部门决算表',
  '一、收入支出决算总表',
  '二、收入决算表',
  '三、支出决算表',
  '四、财政拨款收入支出决算总表',
  '五、一般公共预算财政拨款支出决算表',
  '六、一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
  '七、政府性基金预算财政拨款收入支出决算表',
  '八、国有资本经营预算财政拨款支出决算表',
  '九、项目支出决算表',
  '十、部门整体支出绩效目标表',
  '十一、关于空表的说明',
  '第三部分 2024年部门决算情况说明',
  '第四部分 名词解释',
  '一、部门职责',
  '根据《青岚县机构改革实施方案》(青办发〔2019〕8号),青岚县统计局是主管全县统计和国民经济核算工作的县政府工作部门。',
  '1.组织实施全县人口、经济、农业等重大国情国力普查。',
  '2.向县委统计工作领导小组报送年度统计监测报告,向县政府报告统计执法情况。',
  '3.管理全县统计调查项目,审批部门统计调查。',
  '二、机构设置',
  '青岚县统计局隶属于青岚县人民政府,内设 4 个股室;下辖 0 个预算单位。',
  '纳入青岚县统计局2024年部门决算编制范围的预算单位包括:',
  '1.青岚县统计局本级',
  '按照综合预算的原则,青岚县统计局所有收入和支出均纳入部门决算管理。',
].join('\n')

export const LIBRARY_PAGE = [
  '枫原市档案馆2025年部门预算',
  '文档库 - 在线阅读 下载',
  '枫原市档案馆2025年部门预算.pdf 当前文档共18页 下载后继续阅读 枫原市档案馆2025年部门预算 目 录 第一部分 枫原市档案馆概况 一、主要职能 二、机构设置 三、人员构成 第二部分 枫原市档案馆2025年部门预算表 一、收支总表 二、收入总表 三、支出总表 四、一般公共预算支出表 五、项目支出绩效表 第三',
].join('\n')

export const NARROW_SCOPE = [
  '松浦县司法局2024年度部门决算公开报告',
  '第一部分 基本情况',
  '一、部门职责',
  '(一)基本情况。松浦县司法局为一级预算单位,无下属二级预算单位。',
  '(二)其它情况。纳入松浦县司法局2024年度部门决算编制范围的只包含松浦县司法局机关本级(不含松浦县法律援助中心)。',
].join('\n')

const file = (name: string, text: string): SourceFile => ({ name, bytes: new TextEncoder().encode(text) })

export const pageHeadSources = (): SourceFile[] => [file('qinglan-tjj-2024-final.txt', BUREAU_FINAL), file('fengyuan-dag-2025-dept.txt', LIBRARY_PAGE), file('songpu-sfj-2024-final.txt', NARROW_SCOPE)]
