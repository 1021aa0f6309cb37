import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * A made-up single-unit budget (no real organisation or figure) of a county 水利局 in the shape many provinces use:
 * prose that says what its carry-over is, a 三公 table with one row per year, a 项目支出表 whose 资金来源 columns
 * split a project into 一般公共预算拨款 and 上年结转 (one project charged to a function code printed with another
 * amount than the code's row), a 政府采购预算表 with 采购类别 and 采购品目, a contact section, and the statement that
 * it has no subordinate units.
 */
const UNIT = [
  '澄川县水利局2024年单位预算',
  '',
  '一、机构设置及预算单位构成',
  '纳入2024年单位预算编制范围的只有澄川县水利局本级，无下属预算单位。',
  '二、收支预算总体情况说明',
  '澄川县水利局2024年收支总预算812.40万元。收入包括：一般公共预算拨款收入772.40万元，上年结转40.00万元。',
  '三、收入预算情况说明',
  '2024年收入预算812.40万元，其中：上年结转40.00万元，占4.92%，为2023年小型水库除险加固项目未完工结转资金。',
  '四、政府采购预算情况说明',
  '2024年政府采购预算95.00万元，其中：货物类35.00万元，服务类60.00万元。',
  '五、预算公开联系方式',
  '对本单位预算公开信息有疑问的，请与澄川县水利局财务股联系。联系电话：0731-5566021；办公地址：澄川县滨河路8号；工作时间：工作日9:00—17:00。',
  '',
  '表1 支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t812.40\t402.40\t410.00',
  '213\t农林水支出\t812.40\t402.40\t410.00',
  '21303\t水利\t812.40\t402.40\t410.00',
  '2130301\t行政运行\t402.40\t402.40\t0.00',
  '2130305\t水利工程建设\t250.00\t0.00\t250.00',
  '2130314\t防汛\t160.00\t0.00\t160.00',
  '',
  '表2 一般公共预算“三公”经费支出表',
  '单位：万元',
  '年度\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费',
  '2023年预算数\t9.60\t0.00\t6.00\t3.60',
  '2024年预算数\t8.40\t0.00\t5.40\t3.00',
  '',
  '表3 项目支出表',
  '单位：万元',
  '项目名称\t功能科目编码\t合计\t一般公共预算拨款\t上年结转',
  '合计\t\t410.00\t370.00\t40.00',
  '小型水库除险加固\t2130305\t250.00\t210.00\t40.00',
  '汛期应急抢险\t2130314\t170.00\t170.00\t0.00',
  '',
  '表4 政府采购预算表',
  '单位：万元',
  '项目名称\t采购类别\t采购品目\t采购预算',
  '合计\t\t\t95.00',
  '汛期应急抢险\t货物\t防汛沙袋及救生衣\t35.00',
  '小型水库除险加固\t服务\t大坝安全鉴定服务\t60.00',
].join('\n')

export const unitBudgetSources = (): SourceFile[] => [{ name: 'chengchuan_slj_2024.txt', bytes: Buffer.from(UNIT, 'utf8') }]
