#!/usr/bin/env python3
"""Write docs/E-lanyi-zjj-2025-bmys.html: a county portal page with the 2025 部门预算 of 澜沂县住房和城乡建设局."""
import os
from e_data import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-lanyi-zjj-2025-bmys.html")
T = totals()
UNAME = {u: n for u, n, *_ in UNITS}
P = []


def p(s):
    P.append(f"<p>{s}</p>")


def h(tag, s):
    P.append(f"<{tag}>{s}</{tag}>")


def table(caption, head, rows, note="单位：万元"):
    P.append(f"<div class=\"tbl-title\">{caption}</div>")
    P.append(f"<div class=\"tbl-unit\">编制单位：{ORG}　　　　{note}</div>")
    P.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
    P.append("<thead>")
    for r in head:
        P.append("<tr>" + "".join(r) + "</tr>")
    P.append("</thead><tbody>")
    for r in rows:
        P.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    P.append("</tbody></table>")


def th(s, rs=1, cs=1):
    a = (f" rowspan=\"{rs}\"" if rs > 1 else "") + (f" colspan=\"{cs}\"" if cs > 1 else "")
    return f"<th{a}>{s}</th>"


def fname(c):
    return FUNC_NAMES[c]


allrows = rollup(func_rows())
gpbrows = rollup(func_rows(True))
gd = {c: (b, pp) for c, b, pp in gpbrows}
ad = {c: (b, pp) for c, b, pp in allrows}
lei = [(c, b + pp) for c, b, pp in gpbrows if len(c) == 3]

# ---------------- page chrome ----------------
P.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">")
P.append(f"<title>{ORG}2025年部门预算_澜沂县人民政府</title>")
P.append("<style>table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #999;padding:3px 6px}"
         ".xxgk td{border:none}.tbl-title{font-weight:bold;text-align:center;margin-top:18px}</style>")
P.append("</head>\n<body>")
P.append("<div class=\"top\">澜沂县人民政府　｜　无障碍　｜　长者模式　｜　English</div>")
P.append("<div class=\"nav\">首页　　政务公开　　政务服务　　互动交流　　走进澜沂</div>")
P.append("<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政预决算 &gt; 部门预算</div>")
P.append("<table class=\"xxgk\">")
P.append("<tr><td>索引号：</td><td>11330827MB1F72640K/2025-00318</td><td>发布机构：</td><td>澜沂县住房和城乡建设局</td></tr>")
P.append("<tr><td>发布日期：</td><td>2025-02-14</td><td>主题分类：</td><td>财政预决算</td></tr>")
P.append("<tr><td>文　　号：</td><td></td><td>公开方式：</td><td>主动公开</td></tr>")
P.append("</table>")
h("h1", f"{ORG}2025年部门预算")
p("字号：【大 中 小】　　浏览次数：")

# ---------------- 第一部分 ----------------
h("h2", "第一部分　部门概况")
h("h3", "一、部门主要职责")
p("贯彻执行国家和省、市有关住房和城乡建设的法律法规和方针政策；承担全县住房保障、房地产市场监管、建筑市场监管、"
  "建设工程质量安全监管、城镇老旧小区改造和城乡建设档案管理等工作；完成县委、县政府交办的其他任务。")
h("h3", "二、部门预算单位构成")
p(f"纳入{ORG}2025年部门预算编制范围的单位共3个，包括局本级和2个所属事业单位：")
tot_b = sum(x[3] for x in UNITS); tot_s = sum(x[4] for x in UNITS); tot_r = sum(x[5] for x in UNITS)
table("部门预算单位构成及人员情况", [[th("序号"), th("单位名称"), th("单位性质"), th("编制数（人）"),
                               th("实有人数（人）"), th("离退休人数（人）")]],
      [[str(i + 1), n, k, str(a), str(b), str(c)] for i, (u, n, k, a, b, c) in enumerate(UNITS)]
      + [["", "合计", "", str(tot_b), str(tot_s), str(tot_r)]], note="单位：人")

# ---------------- 第二部分 ----------------
h("h2", "第二部分　2025年部门预算情况说明")
h("h3", "一、关于收支预算总体情况的说明")
dt = T["total"] - PREV["total"]
p(f"按照综合预算的原则，{ORG}所有收入和支出均纳入部门预算管理。2025年收入预算总计{w2(T['total'])}万元，"
  f"支出预算总计{w2(T['total'])}万元，与2024年预算相比减少{w2(-dt)}万元，下降{pct(-dt, PREV['total'])}%，"
  "主要原因是2024年一次性安排的城镇燃气安全专项整治经费已执行完毕，2025年不再安排。")
h("h3", "二、关于收入预算情况的说明")
p(f"2025年收入预算{w2(T['total'])}万元，其中：一般公共预算拨款收入{w2(T['gpb'])}万元，占{pct(T['gpb'], T['total'])}%；"
  f"事业收入{w2(T['shiye'])}万元，占{pct(T['shiye'], T['total'])}%，为澜沂县建设工程质量安全服务站的工程质量检测服务收入；"
  "政府性基金预算拨款收入0万元；国有资本经营预算拨款收入0万元；上年结转0万元。")
h("h3", "三、关于支出预算情况的说明")
p(f"2025年支出预算{w2(T['total'])}万元，其中：基本支出{w2(T['basic'])}万元，占{pct(T['basic'], T['total'])}%，"
  f"主要用于保障人员工资福利和机构正常运转；项目支出{w2(T['proj'])}万元，占{pct(T['proj'], T['total'])}%，"
  "主要用于城镇老旧小区改造项目管理和公共租赁住房运营维护。")
h("h3", "四、关于财政拨款收支预算情况的说明")
df = T["gpb"] - PREV["fiscal"]
p(f"2025年财政拨款收支总预算{w2(T['gpb'])}万元，全部为一般公共预算拨款。与2024年相比，财政拨款收支总预算减少"
  f"{w2(-df)}万元，下降{pct(-df, PREV['fiscal'])}%，主要原因一是城镇燃气安全专项整治经费不再安排，"
  "二是澜沂县建设工程质量安全服务站检测服务事业收入增加，相应减少财政拨款安排。")
h("h3", "五、关于一般公共预算当年拨款情况的说明")
parts = "；".join(f"{fname(c)}（类）{w2(v)}万元，占{pct(v, T['gpb'])}%" for c, v in lei)
p(f"2025年一般公共预算当年拨款{w2(T['gpb'])}万元，按支出功能分类：{parts}。")
def item(c, amt=None):
    b, pp = gd[c]
    return f"{fname(c)}（项）{w2(b + pp if amt is None else amt)}万元"
p("主要项级科目情况：" + "；".join([
    item("2120101") + "，主要用于局本级机关基本运行",
    item("2120105") + "，主要用于建设工程质量安全服务站人员及运转经费",
    item("2120199") + "，主要用于住房保障服务中心人员及运转经费",
    item("2210106") + "，主要用于公共租赁住房运营维护",
    item(PLANTED["func"], PLANTED["prose_amount"]) + "，主要用于城镇老旧小区改造项目前期审查、第三方巡查和竣工验收",
    item("2210201") + "，主要用于按规定为职工缴存住房公积金"]) + "。")
h("h3", "六、关于一般公共预算基本支出情况的说明")
p(f"2025年基本支出{w2(T['basic'])}万元（含事业收入安排{w2(T['shiye'])}万元），其中：人员经费{w2(T['person'])}万元，"
  "主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
  f"住房公积金和退休费等；公用经费{w2(T['public'])}万元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、"
  "培训费、公务接待费、工会经费、福利费、公务用车运行维护费和其他交通费用等。")
h("h3", "七、关于“三公”经费财政拨款预算情况的说明")
sg = T["jiedai"] + T["yunxing"]
psg = PREV["jiedai"] + PREV["yunxing"]
assert psg == PREV["sangong"]
p(f"2025年“三公”经费财政拨款预算{w2(sg)}万元，比2024年减少{w2(psg - sg)}万元，下降{pct(psg - sg, psg)}%。其中：")
p("1．因公出国（境）费0万元，与2024年持平，本部门2025年无因公出国（境）计划。")
p(f"2．公务用车购置及运行维护费{w2(T['yunxing'])}万元，其中公务用车购置费0万元，公务用车运行维护费{w2(T['yunxing'])}万元，"
  f"比2024年减少{w2(PREV['yunxing'] - T['yunxing'])}万元，下降{pct(PREV['yunxing'] - T['yunxing'], PREV['yunxing'])}%，"
  "主要原因是2024年报废1辆一般公务用车，车辆运行数量减少。")
p(f"3．公务接待费{w2(T['jiedai'])}万元，比2024年减少{w2(PREV['jiedai'] - T['jiedai'])}万元，"
  f"下降{pct(PREV['jiedai'] - T['jiedai'], PREV['jiedai'])}%，主要原因是严格执行公务接待标准，压减接待批次和陪餐人数。")
h("h3", "八、关于政府性基金预算支出情况的说明")
p("本部门2025年无政府性基金预算拨款安排的支出，政府性基金预算支出表为空表。")
h("h3", "九、关于国有资本经营预算支出情况的说明")
p("本部门2025年无国有资本经营预算拨款安排的支出。")
h("h3", "十、其他重要事项的情况说明")
dj = T["jiguan"] - PREV["jiguan"]
p(f"（一）机关运行经费。2025年局本级（行政单位）机关运行经费财政拨款预算{w2(T['jiguan'])}万元，比2024年增加{w2(dj)}万元，"
  f"增长{pct(dj, PREV['jiguan'])}%，主要原因是机关办公楼电梯和消防设施维保费用增加。")
pg, ps = T["proc_goods"], T["proc_serv"]
p(f"（二）政府采购情况。2025年本部门政府采购预算总额{w2(pg + ps)}万元，其中：政府采购货物预算{w2(pg)}万元，"
  f"政府采购工程预算0万元，政府采购服务预算{w2(ps)}万元。")
nv = [sum(VEHICLES[u][i] for u in VEHICLES) for i in range(4)]
p(f"（三）国有资产占有使用情况。截至2024年12月31日，本部门共有车辆{sum(nv)}辆，其中：一般公务用车{nv[0]}辆，"
  f"执法执勤用车{nv[1]}辆，特种专业技术用车{nv[2]}辆，其他用车{nv[3]}辆。单价50万元以上通用设备0台（套），"
  "单价100万元以上专用设备0台（套）。")
p(f"（四）绩效目标设置情况。2025年本部门{len(PROJECTS)}个项目全部编制了绩效目标，涉及项目支出{w2(T['proj'])}万元，"
  "具体见项目支出表。")

# ---------------- 第三部分 ----------------
h("h2", "第三部分　名词解释")
p("1．财政拨款收入：指县级财政当年拨付的资金。")
p("2．事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。")
p("3．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
p("4．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
p("5．“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
p("6．机关运行经费：指行政单位使用一般公共预算安排的基本支出中的公用经费。")

# ---------------- 第四部分 tables ----------------
h("h2", "第四部分　2025年部门预算公开表")
# 表1 收支总表
inc = [("一、一般公共预算拨款收入", T["gpb"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
       ("四、财政专户管理资金收入", 0), ("五、事业收入", T["shiye"]), ("六、事业单位经营收入", 0), ("七、其他收入", 0)]
exp = [(f"{'一二三四'[i]}、{fname(c)}", b + pp) for i, (c, b, pp) in enumerate([r for r in allrows if len(r[0]) == 3])]
rows = []
for i in range(max(len(inc), len(exp))):
    a = inc[i] if i < len(inc) else ("", None)
    b = exp[i] if i < len(exp) else ("", None)
    rows.append([a[0], "" if a[1] is None else w4(a[1]), b[0], "" if b[1] is None else w4(b[1])])
rows += [["本年收入合计", w4(T["total"]), "本年支出合计", w4(T["total"])],
         ["上年结转", w4(0), "结转下年", w4(0)],
         ["收入总计", w4(T["total"]), "支出总计", w4(T["total"])]]
table("表1　部门收支总表", [[th("收入", cs=2), th("支出", cs=2)],
                       [th("项目"), th("2025年预算数"), th("项目"), th("2025年预算数")]], rows)
# 表2 收入总表 by unit
def inc_row(name, g, s):
    return [name, w4(g + s), w4(0), w4(g), w4(0), w4(0), w4(0), w4(s), w4(0), w4(0)]
rows = [inc_row("合计", T["gpb"], T["shiye"])]
for u, n, *_ in UNITS:
    tot_u = unit_basic(u) + sum(pj["amount"] for pj in PROJECTS if pj["unit"] == u)
    rows.append(inc_row(n, tot_u - SHIYE.get(u, 0), SHIYE.get(u, 0)))
table("表2　部门收入总表", [[th("单位名称", rs=2), th("合计", rs=2), th("上年结转", rs=2), th("本年收入", cs=7)],
                        [th("一般公共预算拨款收入"), th("政府性基金预算拨款收入"), th("国有资本经营预算拨款收入"),
                         th("财政专户管理资金收入"), th("事业收入"), th("事业单位经营收入"), th("其他收入")]], rows)
# 表3 支出总表 by function (all funds)
def frows(rr):
    out = []
    tb = sum(b for c, b, pp in rr if len(c) == 3); tp = sum(pp for c, b, pp in rr if len(c) == 3)
    out.append(["", "合计", w4(tb + tp), w4(tb), w4(tp)])
    for c, b, pp in rr:
        ind = {3: "", 5: "　", 7: "　　"}[len(c)]
        out.append([c, ind + fname(c), w4(b + pp), w4(b), w4(pp)])
    return out
table("表3　部门支出总表", [[th("科目编码"), th("科目名称"), th("合计"), th("基本支出"), th("项目支出")]], frows(allrows))
# 表4 财政拨款收支总表
rows = [["一、本年收入", w4(T["gpb"]), "一、本年支出", w4(T["gpb"]), w4(T["gpb"]), w4(0), w4(0)],
        ["（一）一般公共预算拨款", w4(T["gpb"]), "", "", "", "", ""],
        ["（二）政府性基金预算拨款", w4(0), "", "", "", "", ""],
        ["（三）国有资本经营预算拨款", w4(0), "", "", "", "", ""]]
for c, b, pp in gpbrows:
    if len(c) == 3:
        rows.append(["", "", f"　{fname(c)}", w4(b + pp), w4(b + pp), w4(0), w4(0)])
rows += [["二、上年结转", w4(0), "二、结转下年", w4(0), w4(0), w4(0), w4(0)],
         ["收入总计", w4(T["gpb"]), "支出总计", w4(T["gpb"]), w4(T["gpb"]), w4(0), w4(0)]]
table("表4　财政拨款收支总表", [[th("收入", cs=2), th("支出", cs=5)],
                           [th("项目", rs=2), th("预算数", rs=2), th("项目", rs=2), th("合计", rs=2), th("分类", cs=3)],
                           [th("一般公共预算"), th("政府性基金预算"), th("国有资本经营预算")]], rows)
# 表5 一般公共预算支出表
table("表5　一般公共预算支出表（按功能分类）", [[th("科目编码"), th("科目名称"), th("合计"), th("基本支出"), th("项目支出")]],
      frows(gpbrows))
# 表6 基本支出表 by 经济分类 (all funds)
econ_tot = {}
for u in BASIC:
    for k, v in BASIC[u].items():
        econ_tot[k] = econ_tot.get(k, 0) + v
rows = [["", "合计", w4(T["basic"]), w4(T["person"]), w4(T["public"])]]
for grp, gname, keys in (("301", "工资福利支出", [k for k in PERSON if k.startswith("301")]),
                         ("302", "商品和服务支出", PUBLIC), ("303", "对个人和家庭的补助", ["30302"])):
    gs = sum(econ_tot.get(k, 0) for k in keys)
    isp = grp != "302"
    rows.append([grp, gname, w4(gs), w4(gs if isp else 0), w4(0 if isp else gs)])
    for k in keys:
        if econ_tot.get(k):
            v = econ_tot[k]
            rows.append([k, "　" + ECON_NAMES[k], w4(v), w4(v if isp else 0), w4(0 if isp else v)])
table("表6　基本支出预算表（按经济分类）", [[th("科目编码", rs=2), th("科目名称", rs=2), th("基本支出", cs=3)],
                                   [th("合计"), th("人员经费"), th("公用经费")]], rows)
# 表7 政府性基金 (empty)
table("表7　政府性基金预算支出表", [[th("科目编码", rs=2), th("科目名称", rs=2), th("本年政府性基金预算支出", cs=3)],
                               [th("合计"), th("基本支出"), th("项目支出")]], [["", "合计", "", "", ""]])
p("注：本部门2025年无政府性基金预算拨款安排的支出，故本表为空表。")
# 表8 项目支出表 with 绩效目标
P.append("<div class=\"tbl-title\">表8　项目支出表（含绩效目标）</div>")
P.append(f"<div class=\"tbl-unit\">编制单位：{ORG}　　　　单位：万元</div>")
P.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
P.append("<thead><tr>" + th("单位名称") + th("项目名称") + th("功能科目") + th("经济科目") + th("预算数")
         + th("实施期") + th("年度绩效目标") + th("一级指标") + th("二级指标") + th("三级指标") + th("指标值") + "</tr></thead><tbody>")
for pj in PROJECTS:
    n = len(pj["ind"])
    for i, (a, b, c, d) in enumerate(pj["ind"]):
        cells = ""
        if i == 0:
            r = f" rowspan=\"{n}\""
            cells += (f"<td{r}>{UNAME[pj['unit']]}</td><td{r}>{pj['name']}</td>"
                      f"<td{r}>{pj['func']} {fname(pj['func'])}</td><td{r}>{pj['econ']}</td>"
                      f"<td{r}>{w4(pj['amount'])}</td><td{r}>{pj['period']}</td><td{r}>{pj['goal']}</td>")
        cells += f"<td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td>"
        P.append("<tr>" + cells + "</tr>")
P.append(f"<tr><td colspan=\"4\">合计</td><td>{w4(T['proj'])}</td><td colspan=\"6\"></td></tr>")
P.append("</tbody></table>")
# 表9 政府采购
rows = [["合计", "", "", w4(pg + ps)]]
for u, item_, kind, a in PROCUREMENT:
    rows.append([UNAME[u], item_, kind, w4(a)])
rows += [["其中：货物类", "", "货物", w4(pg)], ["其中：工程类", "", "工程", w4(0)], ["其中：服务类", "", "服务", w4(ps)]]
table("表9　政府采购预算表", [[th("单位名称"), th("采购品目"), th("采购类别"), th("预算金额")]], rows)
# 表10 国有资产 车辆
rows = [["合计", str(sum(nv))] + [str(x) for x in nv]]
for u, n, *_ in UNITS:
    v = VEHICLES[u]
    rows.append([n, str(sum(v))] + [str(x) for x in v])
table("表10　国有资产占有使用情况表（车辆）", [[th("单位名称", rs=2), th("车辆合计", rs=2), th("其中", cs=4)],
                                      [th("一般公务用车"), th("执法执勤用车"), th("特种专业技术用车"), th("其他用车")]],
      rows, note="单位：辆")
P.append("<div class=\"foot\">主办：澜沂县人民政府办公室　　承办：澜沂县大数据发展中心</div>")
P.append("</body>\n</html>\n")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(P))
print("E ok", OUT)
