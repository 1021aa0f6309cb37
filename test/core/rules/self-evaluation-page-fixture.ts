import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'
import { FINAL_ACCOUNTS_DOC } from './final-accounts-fixture.js'

/**
 * A made-up 项目支出绩效自评表 published as a page of its own (no real organisation, project or figure), beside the
 * made-up 部门决算 of its 主管部门 (东浦县林业局, final-accounts-fixture). The page is the national form: its title
 * names no organisation ("项目支出绩效自评表", the year on the line below), 主管部门 and 实施单位 side by side, a money
 * block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) with a blank corner cell, the goal labels under a
 * rowspanned 年度总体目标, indicators with 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因, a 总分 row whose 得分 is the
 * money block's 9.67 plus the indicators' points (98.74), and the 实施单位 as 填报单位 under the form.
 */
const FORM = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东浦县国有林场2023年度项目支出绩效自评表</title></head><body>
<div>当前位置：首页 &gt; 信息公开 &gt; 绩效自评</div>
<h2>项目支出绩效自评表</h2><p>（2023年度）</p>
<table>
<tr><td>项目名称</td><td colspan="8">国有林场森林抚育提质增效工程项目</td></tr>
<tr><td>主管部门</td><td colspan="3">东浦县林业局</td><td>实施单位</td><td colspan="4">东浦县国有林场</td></tr>
<tr><td rowspan="4">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td colspan="2">得分</td></tr>
<tr><td>年度资金总额</td><td>200.00</td><td>215.00</td><td>208.00</td><td>10</td><td>96.74%</td><td colspan="2">9.67</td></tr>
<tr><td>其中：当年财政拨款</td><td>200.00</td><td>215.00</td><td>208.00</td><td>—</td><td>—</td><td colspan="2">—</td></tr>
<tr><td>上年结转资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td><td colspan="2">—</td></tr>
<tr><td rowspan="2">年度总体目标</td><td colspan="4">预期目标</td><td colspan="4">实际完成情况</td></tr>
<tr><td colspan="4">完成中幼林抚育3000亩，抚育作业验收合格率不低于95%。</td><td colspan="4">完成中幼林抚育2860亩，验收合格率97%，林分郁闭度提升0.06。</td></tr>
<tr><td rowspan="5">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>完成中幼林抚育面积</td><td>≥3000亩</td><td>2860亩</td><td>20</td><td>19.07</td><td>部分林班道路损毁，机械无法进场，已调整至次年。</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>抚育作业验收合格率</td><td>≥95%</td><td>97%</td><td>20</td><td>20.00</td><td></td></tr>
<tr><td>效益指标</td><td>生态效益指标</td><td>林分郁闭度提升值</td><td>≥0.05</td><td>0.06</td><td>30</td><td>30.00</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>周边林农满意度</td><td>≥90%</td><td>92%</td><td>20</td><td>20.00</td><td></td></tr>
<tr><td colspan="6">总分</td><td>100</td><td>98.74</td><td>自评等级：优</td></tr>
</table><p>填报单位：东浦县国有林场（盖章）　填报日期：2024年3月20日</p></body></html>`

export const selfEvaluationPageSources = (): SourceFile[] => [
  { name: 'dongpu-gylc-2023-zp.html', bytes: new TextEncoder().encode(FORM) },
  { name: 'dongpu_lyj_2023_bmjs.txt', bytes: Buffer.from(FINAL_ACCOUNTS_DOC, 'utf8') },
]
