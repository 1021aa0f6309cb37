import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * A made-up 街道 budget (no real place or figure): 青石街道办事处 of 榆峡县 with three units in a 所属单位预算汇总表
 * (合计 | 一般公共预算拨款 | 其他收入; the units named with their 街道 but not the county), a 收支总表, a 三公 table
 * with 2024 and 2025 columns, and prose stating the change against 2024.
 */
const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>榆峡县青石街道办事处2025年部门预算</title></head><body>
<h1>榆峡县青石街道办事处2025年部门预算</h1>
<p>一、收支预算总体情况</p>
<p>2025年收支预算总计900.00万元，比2024年增加50.00万元，主要原因是新增老旧小区改造项目。</p>
<p>榆峡县青石街道办事处2025年部门收支总表</p>
<p>单位：万元</p>
<table border="1">
<tr><td>收入项目</td><td>预算数</td><td>支出项目</td><td>预算数</td></tr>
<tr><td>一般公共预算拨款收入</td><td>860.00</td><td>一般公共服务支出</td><td>600.00</td></tr>
<tr><td>其他收入</td><td>40.00</td><td>城乡社区支出</td><td>300.00</td></tr>
<tr><td>本年收入合计</td><td>900.00</td><td>本年支出合计</td><td>900.00</td></tr>
</table>
<p>榆峡县青石街道办事处2025年“三公”经费预算表</p>
<p>单位：万元</p>
<table border="1">
<tr><td>项目</td><td>2024年预算数</td><td>2025年预算数</td></tr>
<tr><td>合计</td><td>9.40</td><td>8.20</td></tr>
<tr><td>因公出国（境）费</td><td>0.00</td><td>0.00</td></tr>
<tr><td>公务接待费</td><td>2.40</td><td>2.20</td></tr>
<tr><td>公务用车购置及运行维护费</td><td>7.00</td><td>6.00</td></tr>
</table>
<p>2025年所属单位预算汇总表</p>
<p>单位：万元</p>
<table border="1">
<tr><td>单位名称</td><td>合计</td><td>一般公共预算拨款</td><td>其他收入</td></tr>
<tr><td>榆峡县青石街道办事处（本级）</td><td>630.00</td><td>590.00</td><td>40.00</td></tr>
<tr><td>青石街道文化服务站</td><td>90.00</td><td>90.00</td><td>0.00</td></tr>
<tr><td>青石街道综合执法队</td><td>180.00</td><td>180.00</td><td>0.00</td></tr>
<tr><td>合计</td><td>900.00</td><td>860.00</td><td>40.00</td></tr>
</table>
</body></html>`

export const streetUnitsSources = (): SourceFile[] => [{ name: 'qingshi-jd-2025-budget.html', bytes: new TextEncoder().encode(HTML) }]
