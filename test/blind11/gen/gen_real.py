#!/usr/bin/env python3
"""Write the three REAL documents (C, D, E) as saved HTML pages. The visible text is the stored copy
returned by the `search` tool (corpus "pages"), word for word, including its half-width punctuation and odd
spacing. Only the HTML wrapping (head, table markup) is ours. Source URLs are kept in a comment."""
import os
DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")

C = """<!DOCTYPE html>
<!-- saved from url=http://xphope.com/zwgk/zfxxgk/zfgbm/zwfwbgs/fdzdgk/czyjs/ndys/202012/t20201204_4334718.html -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>天津市西青区行政审批局2016年“三公”经费预算公开</title>
<style>body{font-family:serif;max-width:960px;margin:auto}table{border-collapse:collapse}td{border:1px solid #999;padding:4px 8px;text-align:center}</style></head>
<body>
<h1>天津市西青区行政审批局2016年“三公”经费预算公开</h1>
<table>
<tr><td colspan="6">天津市西青区行政审批局2016年“三公”经费预算</td></tr>
<tr><td colspan="6">财政拨款情况表</td></tr>
<tr><td colspan="5"></td><td>单位:万元</td></tr>
<tr><td rowspan="2">合 计</td><td rowspan="2">因公出国(境)费</td><td colspan="3">公务用车费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小 计</td><td>公务用车运行维护费</td><td>公务用车购置费</td></tr>
<tr><td>1.7</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1.7</td></tr>
<tr><td colspan="6" style="text-align:left">注:1、上述数据为当年财政拨款安排的“三公”经费。</td></tr>
<tr><td colspan="6" style="text-align:left">2 、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。(2)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括领导干部专车、一般公务用车和执法执勤用车。(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。</td></tr>
</table>
<h2>天津市西青区行政审批局2016年“三公”经费预算财政拨款情况说明</h2>
<p>一、“三公”经费的单位范围</p>
<p>天津市西青区行政审批局因公出国(境)费用、公务用车购置及运行维护费、公务接待费开支单位包括行政审批局机关及1个所属单位。</p>
<p>二、“三公”经费2016年预算情况</p>
<p>2016 年“三公”经费财政拨款预算1.70万元,比2015年预算减少1.03万元。具体情况:</p>
<p>1 、2016年因公出国(境)费预算0万元, 与2015年预算持平。</p>
<p>2 、2016年公务用车购置及运行维护费预算0万元,其中公务用车运行维护费0万元,比2015年预算减少2.27万元。</p>
<p>3 、2016年公务接待费预算1.70万元,比2015年预算增加1.24万元,主要原因是预计2016年公务接待次数比上年有所增长。</p>
<ul><li>扫一扫在手机打开</li></ul>
</body></html>
"""

D = """<!DOCTYPE html>
<!-- saved from url=https://tjhqfy.tjcourt.gov.cn/article/detail/2018/08/id/3474631.shtml -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>天津市红桥区人民法院2017年度一般公共预算财政拨款“三公”经费决算情况说明</title>
<style>body{font-family:serif;max-width:960px;margin:auto}h1,h2{text-align:center}</style></head>
<body>
<h1>天津市红桥区人民法院</h1>
<h2>2017年度一般公共预算财政拨款<br>“三公”经费决算情况说明</h2>
<p>2017年一般公共预算财政拨款“三公”经费决算20.2万元,与2016年决算相比减少0.8万元,主要原因是因公出国(境)费减少。具体情况:</p>
<p>一、2017年因公出国(境)费决算7.8万元,与2016年决算相比减少1.3万元,主要原因是落实八项规定,加强管理,控制支出。2017年本部门组织的出国团组0个,出国2人次。</p>
<p>二、2017年公务用车购置及运行维护费决算11.9万元,全部为公务用车运行维护费11.9万元,与2016年持平。2017年本部门公务用车保有18辆,购置公务用车0辆。</p>
<p>三、2017年公务接待费决算0.5万元,与2016年决算相比增加0.5万元,主要原因是其他省市法院来我院学习繁简分流机制改革工作经验。2017年本部门国内公务接待5批次,39人次;无外事接待。</p>
</body></html>
"""

E = """<!DOCTYPE html>
<!-- saved from url=https://dofcom.hainan.gov.cn/dofcom/0701/202302/330d1fc8482f4f69bda1f49b977a50c1.shtml -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>2023年海南省散装水泥办公室预算</title>
<style>body{font-family:serif;max-width:960px;margin:auto}.info{font-size:13px;color:#555}</style></head>
<body>
<div class="info">
<p>标题: 2023年海南省散装水泥办公室预算</p>
<p>索引号:00817384-6/2023-39377 分  类:财政预决算 发文机关:省商务厅 成文日期:2023-02-16 15:20 文 号: 发布日期:2023-02-16 15:20 主题词:2023年、水泥办、预算 文件状态:</p>
</div>
<h1>2023年海南省散装水泥办公室预算</h1>
<p>目录</p>
<p>第一部分海南省散装水泥办公室单位概况</p>
<p>一、主要职能</p>
<p>二、部门预算单位构成(单位公开没有这部分内容)</p>
<p>第二部分海南省散装水泥办公室2023年单位预算表</p>
<p>一、财政拨款收支总表</p>
<p>二、一般公共预算支出表</p>
<p>三、一般公共预算基本支出表</p>
<p>四、一般公共预算“三公”经费支出表</p>
<p>五、政府性基金预算支出表。</p>
<p>六、政府性基金预算“三公”经费支出表</p>
<p>七、部门(单位)收支总表</p>
<p>八、部门(单位)收入总表</p>
<p>九、部门(单位)支出总表</p>
<p>十、项目支出绩效信息表</p>
<p>第三部分海南省散装水泥办公室2023年单位预算情况说</p>
<p>第四部分名词解释</p>
<h2>第一部分海南省散装水泥办公室单位概况</h2>
<h3>一、主要职能</h3>
<p>(一)单位职责</p>
<p>1.贯彻执行国家发展散装水泥和商品混凝土的政策、法规,组织实施我省发展散装水泥的政策、规定。</p>
<p>2.协同有关部门做好行政执法和对生产企业产品质量、建设施工现场的监督检查工作。</p>
<p>3.编制并组织实施我省发展散装水泥和商品混凝土年度计划以及远期规划。</p>
<p>4.负责全省散装水泥和商品混凝土新技术、新工艺、新设备推广应用的咨询、宣传工作。</p>
<p>5.承担省商品混凝土推广应用协调小组办公室工作。</p>
<p>6.承办上级主管部门交办的其他工作。</p>
<p>(二)内设机构</p>
<p>海南省散装水泥办公室隶属海南省商务厅管理的公益一类事业单位,内设综合部、技术业务部、征管部3个科级机构,财政预算管理事业编制12名。</p>
<h3>二、部门预算单位构成(单位公开没有此部分内容)</h3>
<!-- The stored copy of this page ends here; the tables of 第二部分 and the 情况说明 were not stored. -->
</body></html>
"""

for name, text in [("tj-xiqing-xzspj-2016-sangong.html", C), ("tj-hongqiao-court-2017-sangong-final.html", D),
                   ("hi-szsn-2023-unit-budget.html", E)]:
    open(os.path.join(DOCS, name), "w", encoding="utf-8").write(text)
print("ok")
