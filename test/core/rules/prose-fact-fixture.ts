import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation, figure or sentence) for facts stated in prose: a province unit's
 * 单位预算 whose 概况 states its nature, its parent and its sections in one 机构设置 sentence, with a 目录 numbered
 * 表1…表8; and a county 三公 决算 explanation whose counts follow each numbered item's money sentence, with a
 * 开支范围 sentence and a note defining 公务用车.
 */
export const UNIT_DOC = [
  '云川省粮油质量监测办公室2025年单位预算公开',
  '目 录',
  '第一部分 单位概况',
  '第二部分 2025年单位预算表',
  '表1 收支总体情况表',
  '表2 收入总体情况表',
  '表3 支出总体情况表',
  '表4 财政拨款收支总体情况表',
  '表5 一般公共预算支出情况表',
  '表6 一般公共预算基本支出情况表',
  '表7 一般公共预算“三公”经费支出情况表',
  '表8 政府性基金预算支出情况表',
  '第三部分 2025年单位预算情况说明',
  '第一部分 单位概况',
  '一、职能职责',
  '1．拟订全省粮油质量监测工作计划并组织实施。',
  '2．承担省粮食安全考核工作领导小组的质量检验日常工作。',
  '3．完成上级机关交办的其他事项。',
  '二、机构设置',
  '云川省粮油质量监测办公室是云川省粮食和物资储备局所属的参照公务员法管理事业单位，下设检验科、监测科和财务科3个科室，核定编制18名。',
  '第二部分 2025年单位预算表',
  '表7 一般公共预算“三公”经费支出情况表',
  '单位：万元',
  '项目\t预算数',
  '合计\t6.40',
  '因公出国（境）费\t0.00',
  '公务用车购置及运行费\t4.20',
  '公务接待费\t2.20',
  '第三部分 2025年单位预算情况说明',
  '2025年一般公共预算“三公”经费预算6.40万元，比上年减少0.60万元，主要原因是压减公务接待。',
  '五、机关运行经费情况',
  '本单位经费由上级统筹安排，不属于机关运行经费核算范围，本表不涉及。',
].join('\n')

export const THREE_PUBLIC_DOC = [
  '澄溪县自然资源局2024年度“三公”经费决算情况说明',
  '一、“三公”经费开支范围',
  '澄溪县自然资源局“三公”经费开支单位包括局机关和所属2个事业单位。',
  '二、“三公”经费决算情况',
  '2024年度“三公”经费决算15.30万元，比上年减少1.10万元。',
  '（一）因公出国（境）费决算2.40万元，比上年增加2.40万元，主要原因是参加境外学术交流。全年组织出国团组1个，出国3人次。',
  '（二）公务用车购置及运行维护费决算10.50万元，比上年减少2.00万元。年末公务用车保有6辆，其中执法执勤用车4辆。',
  '（三）公务接待费决算2.40万元，比上年减少1.50万元。全年国内公务接待20批次，160人次。',
  '注：公务用车指用于履行公务的机动车辆，包括应急保障用车、执法执勤用车和一般公务用车。',
].join('\n')

/** A township clinic's 决算 whose only mention of its parent is the portal box above the title. */
const CLINIC_DOC = [
  '2023年度柳岸县松溪乡卫生院部门决算',
  '索引号 640522017/2024-00673 文号 生成日期 2024-11-13 10:10:00',
  '公开方式 主动公开 所属机构 柳岸县卫生健康局 责任部门 柳岸县卫生健康局',
  '第一部分 单位概况',
  '一、部门职责',
].join('\n')

export const proseFactSources = (): SourceFile[] => [
  { name: 'liuan-songxi-wsy-2023-final.txt', bytes: new TextEncoder().encode(CLINIC_DOC) },
  { name: 'yunchuan-lyzj-2025-unit.txt', bytes: new TextEncoder().encode(UNIT_DOC) },
  { name: 'chengxi-zrzy-2024-sangong.txt', bytes: new TextEncoder().encode(THREE_PUBLIC_DOC) },
]
