/**
 * A city-wide “三公” budget page (made up: its own city, figures and wording), prose only, published on the city
 * government's site: the organisation is the city, the figures are the sum over all of its units. The items'
 * prior-year figures are stated only through their changes, and 公务接待费 has none stated (2023: 18.00 + 98.30 +
 * 796.20 = 912.50, the 98.30 never printed).
 */
export const CITY_WIDE_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>汀溪市2024年市本级“三公”经费预算公开说明_汀溪市人民政府</title></head>
<body>
<div class="header"><div class="site">汀溪市人民政府</div><ul class="nav"><li>首页</li><li>政务公开</li><li>办事服务</li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门预算</div>
<div class="article">
<h1>汀溪市2024年市本级“三公”经费预算公开说明</h1>
<div class="info">发布时间：2024-03-06　信息来源：汀溪市财政局　浏览量：415</div>
<div class="content">
<p>2024年，汀溪市市本级部门（包括市级行政机关、参公管理事业单位、其他事业单位和群团组织）一般公共预算财政拨款安排“三公”经费共计865.30万元，比2023年预算数912.50万元减少47.20万元，下降5.2%。其中：因公出国（境）费18.00万元，与上年持平；公务接待费96.30万元；公务用车购置及运行维护费751.00万元，比上年减少45.20万元，下降5.7%。</p>
<p>以上数据由汀溪市财政局根据市本级各部门2024年部门预算汇总编制。</p>
<p>“三公”经费减少的主要原因是各部门落实过紧日子要求，压减公务用车运行支出。</p>
</div></div>
<div class="footer">主办单位：汀溪市人民政府办公室　网站标识码：0000000000</div>
</body></html>
`

/** One of the same city's own departments, held beside the city-wide page. */
export const CITY_BUREAU = [
  '汀溪市教育局2024年部门预算情况说明', '',
  '一、“三公”经费预算情况',
  '2024年“三公”经费预算30.00万元，比上年减少1.50万元，主要原因是压减公务接待。',
].join('\n')
