import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * A made-up 部门预算 (no real organisation or figure) with the facts that live in prose or special tables:
 * 机构设置 with a unit not drawn up on its own, 三公 and 政府采购 split into their parts, a 三公 table with statistic
 * rows, a 基本支出 table whose 30217 row differs from the 三公 figure, and a project's own page.
 */
export const FACTS_DOC = [
  '澄湖市青岚区文化旅游局2025年部门预算',
  '',
  '一、部门机构设置',
  '澄湖市青岚区文化旅游局部门预算是包括局本部以及下属2家预算单位的综合收支计划。',
  '本部门中，行政单位1家，事业单位2家，具体包括：',
  '1.澄湖市青岚区文化旅游局本部。',
  '2.澄湖市青岚区图书馆。',
  '3.澄湖市青岚区文物保护站，不单列预算，纳入局本部统一编报。',
  '二、名词解释',
  '（一）财政拨款收入：指本级财政当年拨付的资金。',
  '三、2025年“三公”经费预算情况说明',
  '2025年“三公”经费预算数为12.30万元。其中：',
  '（一）因公出国（境）费0万元。',
  '（二）公务用车购置及运行费8.00万元。',
  '（三）公务接待费4.30万元。',
  '四、政府采购预算情况',
  '2025年本部门政府采购预算210.00万元，其中：政府采购货物预算30.00万元、政府采购工程预算100.00万元、政府采购服务预算80.00万元。',
  '',
  '2025年部门一般公共预算基本支出部门预算经济分类预算表',
  '单位：万元',
  '科目编码\t科目名称\t合计',
  '302\t商品和服务支出\t12.00',
  '30201\t办公费\t10.00',
  '30217\t公务接待费\t2.00',
  '',
  '2025年部门“三公”经费预算表',
  '单位：万元',
  '项目\t预算数',
  '合计\t12.30',
  '因公出国(境)费\t0',
  '公务接待费\t4.30',
  '公务用车购置及运行费\t8.00',
  '公务接待批次（批）\t6',
  '公务接待人数（人）\t45',
  '',
  '非遗保护传承专项经费情况说明',
  '一、项目概述',
  '支持非物质文化遗产的保护与传承。',
  '二、年度预算安排',
  '2025年度项目总预算360.00万，其中传承人补助120.00万，展演活动240.00万。',
].join('\n')

export const factsSource = (): SourceFile => ({ name: 'qinglan_wenlv_2025.txt', bytes: Buffer.from(FACTS_DOC, 'utf8') })
