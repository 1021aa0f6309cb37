"""Write E: a county portal page with the 财政局 director's report (prose) and its 附表 as <table>s."""
import os, html
from e_data import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), "docs", "E-lanfeng-czj-2025-ysbg.html")
T = totals()
PCTS = []   # (printed, numerator, denominator) for every percentage in the prose; check.py recomputes them
def P(a, b, nd=1):
    v = pct(a, b, nd); PCTS.append((v, a, b)); return v + "%"
def G(new, old):
    """'增长x%' or '下降x%' of new against old."""
    v = P(abs(new - old), old); return ("增长" if new >= old else "下降") + v
def row(code): return [r for r in EXP if r[0] == code][0]
tax = dict((r[0], r) for r in TAX)
R, E = T["rev"], T["exp"]
prose = []
def h(t): prose.append(("h", t))
def p(t): prose.append(("p", t))
p("——2025年1月8日在岚沣县第十八届人民代表大会第五次会议上")
p("县财政局局长　卢慧琴")
p("各位代表：")
p("受县人民政府委托，现将岚沣县2024年预算执行情况和2025年预算草案提请县第十八届人民代表大会第五次会议审议，并请县政协各位委员和其他列席人员提出意见。")
h("一、2024年预算执行情况")
p("2024年，面对复杂严峻的经济形势和收支紧平衡的压力，全县财政部门坚持稳中求进工作总基调，落实积极的财政政策，兜牢“三保”底线，全县预算执行情况总体平稳。")
h("（一）一般公共预算执行情况")
p(f"1．收入执行情况。全县一般公共预算收入完成{yi(R[1])}亿元，为预算的{P(R[1], R[0])}，{G(R[1], R[2])}；剔除2023年一次性土地增值税清算入库{ONE_OFF_23}万元因素后，同口径{G(R[1], R[2] - ONE_OFF_23)}。"
  f"其中：税收收入{T['tax'][1]}万元，为预算的{P(T['tax'][1], T['tax'][0])}，{G(T['tax'][1], T['tax'][2])}，税收收入占一般公共预算收入的比重为{P(T['tax'][1], R[1])}；"
  f"非税收入{T['nontax'][1]}万元，{G(T['nontax'][1], T['nontax'][2])}。")
p(f"主要税种中，增值税完成{tax['增值税'][2]}万元，{G(tax['增值税'][2], tax['增值税'][3])}；企业所得税完成{tax['企业所得税'][2]}万元，{G(tax['企业所得税'][2], tax['企业所得税'][3])}，主要是部分重点企业利润下滑；"
  f"土地增值税完成{tax['土地增值税'][2]}万元，{G(tax['土地增值税'][2], tax['土地增值税'][3])}，契税完成{tax['契税'][2]}万元，{G(tax['契税'][2], tax['契税'][3])}，主要受房地产市场持续调整影响。")
p(f"2．支出执行情况。全县一般公共预算支出完成{yi(E[1])}亿元，为预算的{P(E[1], E[0])}，{G(E[1], E[2])}。重点支出中："
  f"教育支出{PLANTED['prose']}万元，为预算的{P(row('205')[3], row('205')[2])}，{G(row('205')[3], row('205')[4])}；"
  f"社会保障和就业支出{row('208')[3]}万元，{G(row('208')[3], row('208')[4])}；卫生健康支出{row('210')[3]}万元，{G(row('210')[3], row('210')[4])}；"
  f"农林水支出{row('213')[3]}万元，{G(row('213')[3], row('213')[4])}；城乡社区支出{row('212')[3]}万元，{G(row('212')[3], row('212')[4])}，主要是部分市政项目完工后投入减少。")
p(f"全年“三保”支出{yi(T['sanbao'])}亿元，占一般公共预算支出的{P(T['sanbao'], E[1])}，其中保基本民生{SANBAO['保基本民生']}万元、保工资{SANBAO['保工资']}万元、保运转{SANBAO['保运转']}万元，“三保”支出足额保障。"
  f"年初预算安排预备费{row('227')[2]}万元，执行中按规定全部用于防汛救灾、疫病防控等突发事项，支出已在相关科目中反映。")
p(f"3．收支平衡情况。一般公共预算收入{R[1]}万元，加上级补助收入{T['sub24']}万元（其中返还性收入{SUB['返还性收入']}万元、一般性转移支付收入{SUB['一般性转移支付收入']}万元、专项转移支付收入{SUB['专项转移支付收入']}万元）、"
  f"债务转贷收入{T['bond24']}万元（其中新增一般债券{BOND_NEW}万元、再融资一般债券{BOND_REFI}万元）、调入资金{T['in24']}万元、上年结转{CARRY_IN_24}万元、动用预算稳定调节基金{STAB_USE_24}万元，收入总计{T['total_in24']}万元。"
  f"一般公共预算支出{E[1]}万元，加上解上级支出{UPPAY_24}万元、债务还本支出{REPAY_GEN_24}万元、安排预算稳定调节基金{STAB_SET_24}万元，支出总计{T['total_in24'] - T['carry_out24']}万元。"
  f"收支相抵，结转下年{T['carry_out24']}万元，当年收支平衡。")
F = T["fin"]; land = FUND_IN[0]
h("（二）政府性基金预算执行情况")
p(f"全县政府性基金预算收入完成{yi(F[1])}亿元，为预算的{P(F[1], F[0])}，{G(F[1], F[2])}，其中国有土地使用权出让收入{land[2]}万元，为预算的{P(land[2], land[1])}，{G(land[2], land[3])}。"
  f"加上级补助收入{FUND_SUB_24}万元、专项债务转贷收入{FUND_BOND_24}万元、上年结转{FUND_CARRY_IN_24}万元，收入总计{T['ftotal_in24']}万元。"
  f"政府性基金预算支出{T['fexp'][1]}万元，为预算的{P(T['fexp'][1], T['fexp'][0])}，加调出资金{FUND_OUT}万元、专项债务还本支出{FUND_REPAY_24}万元，支出总计{T['ftotal_in24'] - T['fcarry_out24']}万元，结转下年{T['fcarry_out24']}万元。")
h("（三）国有资本经营预算执行情况")
p(f"全县国有资本经营预算收入完成{SOE['exec24']}万元，为预算的{P(SOE['exec24'], SOE['budget24'])}，{G(SOE['exec24'], SOE['exec23'])}，其中利润收入{SOE['profit']}万元、产权转让收入{SOE['transfer']}万元。"
  f"国有资本经营预算支出{SOE['exp24']}万元，调出资金{SOE_OUT}万元用于补充一般公共预算。")
h("（四）社会保险基金预算执行情况")
p(f"全县社会保险基金收入完成{yi(SSF['in24'])}亿元，支出{yi(SSF['out24'])}亿元，当年收支结余{SSF['in24'] - SSF['out24']}万元，年末滚存结余{yi(SSF['bal24'])}亿元。")
h("（五）政府债务情况")
g, z = DEBT["一般债务"], DEBT["专项债务"]
p(f"2024年末，全县政府债务限额{yi(g['limit'] + z['limit'])}亿元，其中一般债务限额{yi(g['limit'])}亿元、专项债务限额{yi(z['limit'])}亿元；政府债务余额{yi(g['bal24'] + z['bal24'])}亿元，其中一般债务余额{yi(g['bal24'])}亿元、专项债务余额{yi(z['bal24'])}亿元，债务余额控制在限额以内。"
  f"全年发行新增债券{yi(BOND_NEW + FUND_BOND_24)}亿元，其中新增一般债券{BOND_NEW}万元、专项债券{FUND_BOND_24}万元，重点用于学校扩容、老旧小区改造和产业园区基础设施建设。")
h("二、2025年预算草案")
h("（一）一般公共预算")
p(f"2025年全县一般公共预算收入预算{yi(R[3])}亿元，比2024年执行数{G(R[3], R[1])}，其中税收收入{T['tax'][3]}万元，{G(T['tax'][3], T['tax'][1])}；非税收入{T['nontax'][3]}万元，{G(T['nontax'][3], T['nontax'][1])}。"
  f"加上级补助收入{T['sub25']}万元、债务转贷收入{BOND_REFI_25}万元（再融资一般债券）、调入资金{T['in25']}万元、上年结转{T['carry_out24']}万元、动用预算稳定调节基金{STAB_USE_25}万元，收入总计{T['total_out25']}万元。")
p(f"全县一般公共预算支出安排{yi(E[3])}亿元，{G(E[3], E[1])}，加上解上级支出{UPPAY_25}万元、债务还本支出{REPAY_GEN_25}万元，支出总计{T['total_out25']}万元，收支平衡。"
  f"按照预算法规定，安排预备费{row('227')[5]}万元，占本级一般公共预算支出的{P(row('227')[5], E[3])}。")
h("（二）政府性基金预算")
p(f"全县政府性基金预算收入安排{F[3]}万元，{G(F[3], F[1])}，加上级补助收入{FUND_SUB_25}万元、专项债务转贷收入{FUND_BOND_25}万元、上年结转{T['fcarry_out24']}万元，收入总计{T['ftotal_in25']}万元；"
  f"政府性基金预算支出安排{T['fexp'][2]}万元，调出资金{FUND_OUT_25}万元，专项债务还本支出{T['frepay25']}万元，支出总计{T['ftotal_in25']}万元。")
h("（三）国有资本经营预算")
p(f"全县国有资本经营预算收入安排{SOE['budget25']}万元，支出安排{SOE['exp25']}万元，调出资金{SOE_OUT_25}万元。")
h("（四）社会保险基金预算")
p(f"全县社会保险基金收入预算{SSF['in25']}万元，支出预算{SSF['out25']}万元，年末滚存结余预计{yi(SSF['bal24'] + SSF['in25'] - SSF['out25'])}亿元。")
h("三、做好2025年财政工作的主要措施")
p("1．抓好收入组织。加强财源建设和税收征管，依法依规组织非税收入，严禁虚增财政收入。")
p("2．优化支出结构。坚持党政机关过紧日子，一般性支出压减5%以上，确保“三保”支出优先足额安排。")
p("3．防范化解风险。严格政府债务限额管理，按时足额偿还到期债务本息，坚决遏制新增隐性债务。")
p("各位代表，做好2025年财政工作意义重大。我们将在县委的坚强领导下，自觉接受县人大的监督，扎实做好各项财政工作。")

def fmt(v): return "" if v is None else str(v)
def cells(vals, tag="td"): return "<tr>" + "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in vals) + "</tr>"
def pc(a, b): return "—" if a is None or not b else pct(a, b)
def gr(a, b): return "—" if a is None or not b else pct(a - b, b)
tables = []
# 附表1
rows = [cells(["项目", "预算数", "执行数", "为预算%", "上年执行数", "比上年增长%"], "th"),
        cells(["一般公共预算收入合计", R[0], R[1], pc(R[1], R[0]), R[2], gr(R[1], R[2])]),
        cells(["一、税收收入", T["tax"][0], T["tax"][1], pc(T["tax"][1], T["tax"][0]), T["tax"][2], gr(T["tax"][1], T["tax"][2])])]
rows += [cells(["　　" + n, fmt(b), fmt(e), pc(e, b), fmt(l), gr(e, l)]) for n, b, e, l, _ in TAX]
rows.append(cells(["二、非税收入", T["nontax"][0], T["nontax"][1], pc(T["nontax"][1], T["nontax"][0]), T["nontax"][2], gr(T["nontax"][1], T["nontax"][2])]))
rows += [cells(["　　" + n, fmt(b), fmt(e), pc(e, b), fmt(l), gr(e, l)]) for n, b, e, l, _ in NONTAX]
tables.append(("附表1", "岚沣县2024年一般公共预算收入执行表", rows))
rows = [cells(["科目编码", "科目名称", "预算数", "执行数", "为预算%", "上年执行数", "比上年增长%"], "th"),
        cells(["", "一般公共预算支出合计", E[0], E[1], pc(E[1], E[0]), E[2], gr(E[1], E[2])])]
rows += [cells([c, n, fmt(b), fmt(e), pc(e, b), fmt(l), gr(e, l)]) for c, n, b, e, l, _ in EXP]
tables.append(("附表2", "岚沣县2024年一般公共预算支出执行表", rows))
rows = [cells(["项目", "2024年执行数", "2025年预算数", "增长%"], "th"), cells(["一般公共预算收入合计", R[1], R[3], gr(R[3], R[1])]),
        cells(["一、税收收入", T["tax"][1], T["tax"][3], gr(T["tax"][3], T["tax"][1])])]
rows += [cells(["　　" + n, fmt(e), fmt(b5), gr(b5, e)]) for n, b, e, l, b5 in TAX]
rows.append(cells(["二、非税收入", T["nontax"][1], T["nontax"][3], gr(T["nontax"][3], T["nontax"][1])]))
rows += [cells(["　　" + n, fmt(e), fmt(b5), gr(b5, e)]) for n, b, e, l, b5 in NONTAX]
tables.append(("附表3", "岚沣县2025年一般公共预算收入预算表", rows))
rows = [cells(["科目编码", "科目名称", "2024年执行数", "2025年预算数", "增长%"], "th"), cells(["", "一般公共预算支出合计", E[1], E[3], gr(E[3], E[1])])]
rows += [cells([c, n, fmt(e), fmt(b5), gr(b5, e)]) for c, n, b, e, l, b5 in EXP]
tables.append(("附表4", "岚沣县2025年一般公共预算支出预算表", rows))
rows = [cells(["项目", "2024年预算数", "2024年执行数", "为预算%", "2025年预算数"], "th"),
        cells(["政府性基金预算收入", F[0], F[1], pc(F[1], F[0]), F[3]])]
rows += [cells(["　　" + n, b, e, pc(e, b), b5]) for n, b, e, l, b5 in FUND_IN]
rows += [cells(["上级补助收入", "", FUND_SUB_24, "—", FUND_SUB_25]), cells(["专项债务转贷收入", "", FUND_BOND_24, "—", FUND_BOND_25]),
         cells(["上年结转", "", FUND_CARRY_IN_24, "—", T["fcarry_out24"]]), cells(["收入总计", "", T["ftotal_in24"], "", T["ftotal_in25"]]),
         cells(["政府性基金预算支出", T["fexp"][0], T["fexp"][1], pc(T["fexp"][1], T["fexp"][0]), T["fexp"][2]])]
rows += [cells([f"　　{n}（{c}）", b, e, pc(e, b), b5]) for c, n, b, e, b5 in FUND_EXP]
rows += [cells(["调出资金", "", FUND_OUT, "—", FUND_OUT_25]), cells(["专项债务还本支出", "", FUND_REPAY_24, "—", T["frepay25"]]),
         cells(["结转下年", "", T["fcarry_out24"], "—", ""]), cells(["支出总计", "", T["ftotal_in24"], "", T["ftotal_in25"]])]
tables.append(("附表5", "岚沣县2024年政府性基金预算收支执行及2025年预算表", rows))
rows = [cells(["项目", "2023年末债务余额", "2024年举借", "2024年偿还", "2024年末债务余额", "2024年债务限额"], "th")]
rows += [cells([k, d["bal23"], d["new"], d["repay"], d["bal24"], d["limit"]]) for k, d in DEBT.items()]
rows.append(cells(["合计"] + [g[x] + z[x] for x in ("bal23", "new", "repay", "bal24", "limit")]))
tables.append(("附表6", "岚沣县2024年政府债务限额及余额情况表", rows))

TITLE = "关于岚沣县2024年预算执行情况和2025年预算草案的报告"
out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">', f"<title>{TITLE}_岚沣县人民政府</title>", "</head>", "<body>",
       '<div class="top">岚沣县人民政府　|　无障碍　|　长者模式</div>',
       '<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进岚沣</a></div>',
       '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 财政预决算</div>',
       '<table class="meta"><tr><td>索引号：</td><td>LF-CZJ-2025-00012</td><td>发布机构：</td><td>岚沣县财政局</td></tr>'
       '<tr><td>发布日期：</td><td>2025-01-16</td><td>主题分类：</td><td>财政、金融、审计</td></tr></table>',
       f'<h1>{TITLE}</h1>', '<div class="info">来源：岚沣县财政局　　浏览次数：　　字号：[大 中 小]</div>', '<div class="article">']
for kind, t in prose:
    out.append(f"<p><strong>{html.escape(t)}</strong></p>" if kind == "h" else f"<p>{html.escape(t)}</p>")
out.append("<p>附件：</p>")
for no, name, rows in tables:
    out += [f"<p>{no}</p>", f"<p><strong>{name}</strong></p>", '<p style="text-align:right">单位：万元</p>', '<table border="1" cellspacing="0">'] + rows + ["</table>"]
out += ["</div>", '<div class="foot">主办：岚沣县人民政府办公室　承办：岚沣县大数据中心</div>', "</body>", "</html>", ""]
open(OUT, "w", encoding="utf-8").write("\n".join(out))
if __name__ == "__main__":
    print(OUT, len(PCTS), "percentages")
