/**
 * A place's own 三公 account (made up: 青岚市河西区, its figures and wording), prose only, saved from the district's
 * site with its date stamp and click counter: counts of units, staff and vehicles, the 三公 figures with 同比 changes;
 * vehicles listed by type without their unit.
 */
export const DISTRICT_ACCOUNT = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>青岚市河西区2021年度“三公”经费公开说明</title></head>
<body>
<p>当前位置: 首页&gt;&gt;政务公开&gt;&gt;正文</p>
<p>青岚市河西区2021年度“三公”经费公开说明</p>
<p>2022-04-11 10:05:31        点击:[]    </p>
<p>2021年度河西区本级一般公共预算财政拨款“三公”经费公开说明</p>
<p>一、河西区本级预算单位、人员及车辆基本情况</p>
<p>2021年度河西区本级共64个一级预算部门,财政供养人员共计3,508人。其中:行政编制财政供养人员702人,事业编制财政供养人员2,806人,离退休人员415人(其中:离休3人,退休412人)。公务用车总数286辆(其中:机要通信用车2执法执勤用车95特种专业技术用车7,其他用车182辆)。</p>
<p>二、河西区本级一般公共预算财政拨款三公经费支出总体情况</p>
<p>2021年度,河西区本级一般公共预算财政拨款三公经费支出合计240.18万元,同比减少36.40万元,各部门单位厉行节约。</p>
<p>其中:公务用车运行维护费232.60万元,同比减少30.10万元。公务接待费7.58万元,同比减少6.30万元,各部门单位严控接待开支。</p>
</body></html>
`

/**
 * A county bureau's 决算 page whose 三公 sentence states the plan, the account, then the change in a sentence of its own,
 * under a heading the page runs into the paragraph; its 三公 table prints 预算数 and 决算数 side by side.
 */
export const BUREAU_FINAL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青岚县林业局2022年度部门决算公开说明</title></head><body>
<p>青岚县林业局2022年度部门决算公开说明</p>
<p>七、一般公共预算财政拨款三公经费支出决算情况说明</p>
<p>2022年度一般公共预算财政拨款“三公”经费支出预算为9.00万元，支出决算为7.20万元，完成预算的80.00%。较上年减少0.90万元，下降11.11%，主要原因是压减公务接待。</p>
<p>公务用车购置费及运行维护费支出决算为5.10万元，完成预算的85.00%。</p>
<p>一般公共预算财政拨款“三公”经费支出决算表</p><p>部门：青岚县林业局　　　公开07表　　　单位：万元</p>
<table><tr><th colspan='6'>预算数</th><th colspan='6'>决算数</th></tr><tr><th rowspan='2'>合计</th><th rowspan='2'>因公出国（境）费</th><th colspan='3'>公务用车购置及运行费</th><th rowspan='2'>公务接待费</th><th rowspan='2'>合计</th><th rowspan='2'>因公出国（境）费</th><th colspan='3'>公务用车购置及运行费</th><th rowspan='2'>公务接待费</th></tr><tr><th>小计</th><th>公务用车购置费</th><th>公务用车运行费</th><th>小计</th><th>公务用车购置费</th><th>公务用车运行费</th></tr><tr><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th><th>7</th><th>8</th><th>9</th><th>10</th><th>11</th><th>12</th></tr>
<tr><td>9.00</td><td>0.00</td><td>6.00</td><td>0.00</td><td>6.00</td><td>3.00</td><td>7.20</td><td>0.00</td><td>5.10</td><td>0.00</td><td>5.10</td><td>2.10</td></tr></table>
</body></html>
`

/** A county bureau's 决算 page: its shares printed in the prose, a 项's 年初预算 and completion, its member unit. */
export const COUNTY_FINAL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青岚县水务局2023年度部门决算公开说明</title></head><body>
<p>青岚县水务局2023年度部门决算公开说明</p>
<p>二、机构设置及人员情况</p>
<p>青岚县水务局2023年度，实有人数31人，其中：在职人员24人，退休人员7人。</p>
<p>单位有下属预算单位1个，为青岚县灌区管理所；下设3个科室。</p>
<p>二、收入决算情况说明</p>
<p>本年收入合计500.00万元，其中：财政拨款收入480.00万元，占96.00%；其他收入20.00万元，占4.00%。</p>
<p>（三）一般公共预算财政拨款支出决算具体情况</p>
<p>1.农林水支出（类）水利（款）水利工程建设（项）：年初预算为100.00万元，支出决算为120.00万元，完成年初预算的120.00%，决算数大于年初预算数的主要原因是追加渠道维修资金。</p>
<p>2.农林水支出（类）水利（款）水利工程运行与维护（项）：年初预算为80.00万元，支出决算为80.00万元，完成年初预算的100.00%。</p>
<p>一般公共预算财政拨款支出决算表</p><p>部门：青岚县水务局　　　公开05表　　　单位：万元</p>
<table><tr><th colspan='2'>项目</th><th colspan='3'>本年支出</th></tr><tr><th>科目编码</th><th>科目名称</th><th>小计</th><th>基本支出</th><th>项目支出</th></tr>
<tr><td></td><td>合计</td><td>200.00</td><td>50.00</td><td>150.00</td></tr>
<tr><td>213</td><td>农林水支出</td><td>200.00</td><td>50.00</td><td>150.00</td></tr>
<tr><td>21303</td><td>水利</td><td>200.00</td><td>50.00</td><td>150.00</td></tr>
<tr><td>2130305</td><td>水利工程建设</td><td>120.00</td><td></td><td>120.00</td></tr>
<tr><td>2130306</td><td>水利工程运行与维护</td><td>80.00</td><td>50.00</td><td>30.00</td></tr>
</table>
</body></html>
`
