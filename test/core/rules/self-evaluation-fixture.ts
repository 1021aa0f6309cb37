import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Two made-up 项目支出绩效自评表 (no real organisation, project or figure).
 *
 * HTML: a saved web page of a county 水务局's form laid out as a grid: label cells and value cells on one row, a
 * money block whose header (年初预算数 | 全年预算数(调整后) | 全年执行数 | 分值 | 执行率 | 得分) sits one column left of
 * its figures, 资金来源 rows (年度资金总额 / 其中:财政资金 / 上年结转资金 / 其他资金(单位资金) at 0.00), the goal
 * labels over their texts, an indicator grid with 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因 and a 合计 row whose
 * 得分 is left blank: the form prints no total score.
 *
 * Text: the form as a PDF reader gives it, one tab-separated line per printed row, the money printed as key-value
 * pairs behind a group label, and a printed 自评得分.
 */
const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪县水务局2024年度项目支出绩效自评表</title></head><body>
<h1>岚溪县水务局2024年度项目支出绩效自评表（农村供水保障）</h1>
<table border="1">
<tr><td colspan="10">项目支出绩效自评表（2024年度）</td></tr>
<tr><td colspan="2">项目名称</td><td colspan="8">5117212400000037-农村供水保障工程运行维护</td></tr>
<tr><td colspan="2">主管部门</td><td colspan="3">岚溪县水务局</td><td colspan="2">实施单位</td><td colspan="3">岚溪县农村供水服务站</td></tr>
<tr><td rowspan="6">项目资金(万元)</td><td rowspan="2">资金情况</td><td>年初预算数</td><td>全年预算数(调整后)</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td><td colspan="2">偏差原因</td></tr>
<tr><td>年度资金总额</td><td>86.40</td><td>93.15</td><td>90.02</td><td>10</td><td>96.64%</td><td>9.6</td><td colspan="2">部分管网维修延至次年</td></tr>
<tr><td colspan="2">其中:财政资金</td><td>80.00</td><td>86.75</td><td>83.62</td><td>/</td><td>96.39%</td><td>/</td><td colspan="2"></td></tr>
<tr><td colspan="2">上年结转资金</td><td>6.40</td><td>6.40</td><td>6.40</td><td>/</td><td>100.00%</td><td>/</td><td colspan="2"></td></tr>
<tr><td colspan="2">其他资金(单位资金)</td><td>0.00</td><td>0.00</td><td>0.00</td><td>/</td><td>0.00%</td><td>/</td><td colspan="2"></td></tr>
<tr><td colspan="9">&nbsp;</td></tr>
<tr><td colspan="5">预期目标</td><td colspan="5">实际完成情况</td></tr>
<tr><td colspan="5">保障全县38处集中供水工程正常运行,农村自来水普及率稳定在92%以上。</td><td colspan="5">全年维修管网41公里,38处工程运行正常,自来水普及率达到92.6%。</td></tr>
<tr><td rowspan="4">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td colspan="2">偏差原因及改进措施</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>维修供水管网长度</td><td>≥40公里</td><td>41公里</td><td>45</td><td>45</td><td colspan="2"></td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>农村自来水普及率</td><td>≥92%</td><td>92.6%</td><td>45</td><td>42</td><td colspan="2">个别山区管网老化</td></tr>
<tr><td colspan="5">合计</td><td>100</td><td></td><td colspan="2"></td></tr>
<tr><td>自评结论</td><td colspan="9">结合自评情况,说明项目自评总分及成效(200字以内)</td></tr>
</table>
</body></html>`

const TEXT = [
  '岚溪县林业局2024年度部门决算',
  '',
  '表9 项目支出绩效自评表',
  '编制单位：岚溪县林业局\t单位：万元',
  '项目名称\t岚溪县森林防火能力提升项目',
  '主管部门\t岚溪县林业局\t实施单位\t岚溪县森林防火站',
  '项目资金（万元）\t年初预算数\t120.00\t全年预算数\t131.50\t全年执行数\t128.30',
  '年度总体目标\t新建防火瞭望塔2座，配备扑火机具150套',
  '实际完成情况\t建成瞭望塔2座，配备扑火机具150套，全年无重大森林火灾',
  '自评得分\t96.5分',
  '偏差原因\t一台巡护车辆招标延后，3.20万元结转下年',
  '',
  '第三部分 2024年度部门决算情况说明',
  '本部门2024年度支出总计640.80万元。',
].join('\n')

/** A budget-side 项目支出绩效目标表: one amount per 资金来源, a goal, indicators with 指标值 and 权重, no score. */
const TARGETS = [
  '岚溪县教育局2025年部门预算',
  '',
  '项目支出绩效目标表',
  '单位：万元',
  '项目名称\t岚溪县学生营养改善计划',
  '主管部门\t岚溪县教育局\t实施单位\t岚溪县学生资助中心',
  '资金总额\t356.00\t其中：财政拨款\t340.00\t其他资金\t16.00',
  '年度目标\t为全县8600名农村义务教育学生提供营养膳食补助',
  '一级指标\t三级指标\t指标值\t权重',
  '产出指标\t受益学生人数\t≥8600人\t30',
  '效益指标\t学生营养状况改善率\t≥95%\t20',
].join('\n')

/**
 * Flat: a .docx attachment copied to a web page as ONE paragraph (every cell a word, no line breaks), file metadata
 * before it, the 年度资金总额 row left at 0 while 其中:本年财政拨款 holds the money, and the copy cut short inside the
 * 满意度 row.
 */
const FLAT = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>项目支出绩效自评表（2023年度）乡村道路养护项目</title></head><body>
<p>王某 doc0815 1 2021-03-02T01:10:00Z 2023-04-11T08:00:00Z 附件: 项目支出绩效自评表 (2023年度) 项目名称 乡村道路养护项目 主管部门 305-峦溪县石岭镇人民政府 实施单位 305001-峦溪县石岭镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 64.5 63.218 63.218 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 养护镇村道路42公里,保障群众出行安全。 完成镇村道路养护42公里,支出63.22万元。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 养护道路里程 ≥42公里 42 20 20 质量指标 养护验收合格率 ≥95% 97 15 15 时效指标 养护完成时间 年底前完成 按期完成 15 15 效益指标(30分) 社会效益指标 群众出行条件改善 明显改善 达成预期指标 30 30 满意度指标(10分) 满意度指标 群众满</p>
</body></html>`

export const selfEvaluationSources = (): SourceFile[] => [
  { name: 'lanxi-swj-2024-zp.html', bytes: new TextEncoder().encode(HTML) },
  { name: 'lanxi-lyj-2024-final.txt', bytes: new TextEncoder().encode(TEXT) },
  { name: 'lanxi-jyj-2025-budget.txt', bytes: new TextEncoder().encode(TARGETS) },
  { name: 'shiling-zp-2023.html', bytes: new TextEncoder().encode(FLAT) },
]
