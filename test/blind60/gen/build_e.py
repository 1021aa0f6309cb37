import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from e_data import *
R = check(); A = R["agg"]

def f(v, blank=True, comma=True):
    if v == 0 and blank: return ""
    s = f"{v/100:,.2f}" if comma else f"{v/100:.2f}"
    return s
def p(v): return f(v, blank=False, comma=False)

def split(code):
    return (code[:3], code[3:5] if len(code) >= 5 else "", code[5:7] if len(code) == 7 else "")

def code_rows(data):  # data: code(7) -> tuple of values ; returns rows with 类/款/项 split
    rows = []; classes = {}
    for c in sorted(data):
        classes.setdefault(c[:3], {}).setdefault(c[:5], []).append(c)
    for l, ks in classes.items():
        tot = [sum(data[c][i] for k in ks for c in ks[k]) for i in range(len(next(iter(data.values()))))]
        rows.append((l, "", "", NAMES[l], tot))
        for k, cs in ks.items():
            tk = [sum(data[c][i] for c in cs) for i in range(len(tot))]
            rows.append(("", k[3:5], "", NAMES[k], tk))
            for c in cs:
                rows.append(("", "", c[5:7], NAMES[c], list(data[c])))
    return rows

out = []
def P(t): out.append(f"<p>{html.escape(t)}</p>")
def T(title): out.append(f"<p><strong>{html.escape(title)}</strong></p>"); out.append("<p>单位：万元</p>")
def table(head, rows):
    s = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"]
    for h in head:
        s.append("<tr>" + "".join(f"<th{a}>{html.escape(x)}</th>" for x, a in h) + "</tr>")
    for r in rows:
        s.append("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>")
    s.append("</table>")
    out.append("\n".join(s))

d_all = {c: tuple(v) for c, v in A["all"].items()}
d_gpb = {c: tuple(v) for c, v in A["gpb"].items()}
cls_all = {}
for c, (b, pj) in d_all.items(): cls_all[c[:3]] = cls_all.get(c[:3], 0) + b + pj
cls_gpb = {}
for c, (b, pj) in d_gpb.items(): cls_gpb[c[:3]] = cls_gpb.get(c[:3], 0) + b + pj
cls_cz = dict(cls_gpb); cls_cz["229"] = R["fund"]; cls_cz["210"] += R["jz"]
total = R["total"]; gpb = R["gpb_total"]; fund = R["fund"]; jz = R["jz"]; shiye = R["shiye"]; qita = R["qita"]
basic_all = sum(b for b, _ in R["per"]); proj_all = sum(pj for _, pj in R["per"])
sg = R["sg"]; sgt = sum(sg); sg24 = sum(SANGONG_2024)

# ---------- prose numbers ----------
d_total = total - TOTAL_2024; dg = gpb - GPB_2024
planted_wrong = "1417.74"   # 2100401 一般公共预算 = 1471.74 in 表5
assert p(sum(A["gpb"]["2100401"])) == "1471.74"

out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>澜州市卫生健康委员会2025年部门预算公开_澜州市人民政府门户网站</title>\n</head>\n<body>")
P("澜州市人民政府门户网站 | 政务公开 | 财政信息 | 部门预算")
P("当前位置：首页 > 政务公开 > 法定主动公开内容 > 财政预决算 > 部门预算")
out.append("<h1>澜州市卫生健康委员会2025年部门预算公开</h1>")
P("发布时间：2025-02-14 16:30　来源：澜州市卫生健康委员会　浏览次数：")
P("【字体：大 中 小】【打印】【关闭】")
out.append("<p><strong>第一部分 部门概况</strong></p>")
P("一、主要职能")
P("澜州市卫生健康委员会（以下简称市卫健委）是市政府工作部门，主要负责贯彻执行国家和省卫生健康工作方针政策，拟订全市卫生健康事业发展规划；协调推进深化医药卫生体制改革；组织实施疾病预防控制规划、免疫规划以及严重危害人民健康公共卫生问题的干预措施；负责卫生应急和紧急医学救援工作；负责职责范围内的职业卫生、放射卫生、环境卫生、学校卫生、公共场所卫生、饮用水卫生等公共卫生的监督管理；组织实施基本公共卫生服务项目。")
P("二、部门预算单位构成")
P("纳入市卫健委2025年部门预算编制范围的单位共4个，包括：委机关（行政单位）、澜州市疾病预防控制中心（公益一类事业单位）、澜州市卫生监督所（参照公务员法管理事业单位）、澜州市紧急医疗救援中心（公益一类事业单位）。")
P("三、人员情况")
P("市卫健委部门编制人数156名，其中：行政编制28名，参公事业编制34名，事业编制94名。2025年1月实有在职人员149人，离退休人员63人。")

out.append("<p><strong>第二部分 2025年部门预算表</strong></p>")
# 表1
T("表1 2025年部门收支总表")
inc = [("一、一般公共预算拨款收入", gpb), ("二、政府性基金预算拨款收入", fund), ("三、国有资本经营预算拨款收入", 0),
       ("四、财政专户管理资金收入", 0), ("五、事业收入", shiye), ("六、其他收入", qita)]
exp = [("一、社会保障和就业支出", cls_all["208"]), ("二、卫生健康支出", cls_all["210"]), ("三、住房保障支出", cls_all["221"]),
       ("四、其他支出", cls_all["229"]), ("", None), ("", None)]
rows = []
for (a, av), (b, bv) in zip(inc, exp):
    rows.append([a, f(av), b, "" if bv is None else f(bv)])
rows.append(["本年收入合计", f(total - jz), "本年支出合计", f(total)])
rows.append(["上年结转", f(jz), "结转下年", ""])
rows.append(["收入总计", f(total), "支出总计", f(total)])
table([[("收　　入", " colspan=\"2\""), ("支　　出", " colspan=\"2\"")], [("项目", ""), ("预算数", ""), ("项目", ""), ("预算数", "")]], rows)
# 表2
T("表2 2025年部门收入总表")
rows = [["合计", f(total), f(gpb), f(fund), f(shiye), f(qita), f(jz)]]
for u in range(4):
    g = sum(BASIC[u].values()) + sum(x[3] for x in PROJ if x[0] == u)
    fu = sum(x[4] for x in PROJ if x[0] == u); j = sum(x[5] for x in PROJ if x[0] == u)
    s = SHIYE.get(u, (0, 0))[1]; q = QITA.get(u, (0, 0))[1]
    rows.append([U[u], f(g + fu + s + q + j), f(g), f(fu), f(s), f(q), f(j)])
table([[("单位名称", ""), ("合计", ""), ("一般公共预算拨款", ""), ("政府性基金预算拨款", ""), ("事业收入", ""), ("其他收入", ""), ("上年结转", "")]], rows)
# 表3
T("表3 2025年部门支出总表")
rows = [["", "", "", "合计", f(total), f(basic_all), f(proj_all)]]
for l, k, x, n, v in code_rows(d_all):
    rows.append([l, k, x, n, f(v[0] + v[1]), f(v[0]), f(v[1])])
table([[("功能分类科目编码", " colspan=\"3\""), ("科目名称", " rowspan=\"2\""), ("合计", " rowspan=\"2\""), ("基本支出", " rowspan=\"2\""), ("项目支出", " rowspan=\"2\"")],
       [("类", ""), ("款", ""), ("项", "")]], rows)
# 表4
T("表4 2025年财政拨款收支总表")
cz_total = gpb + fund + jz
rows = [["一、本年收入", f(gpb + fund), "一、本年支出", f(cz_total)],
        ["（一）一般公共预算拨款", f(gpb), "（一）社会保障和就业支出", f(cls_cz["208"])],
        ["（二）政府性基金预算拨款", f(fund), "（二）卫生健康支出", f(cls_cz["210"])],
        ["（三）国有资本经营预算拨款", "", "（三）住房保障支出", f(cls_cz["221"])],
        ["二、上年结转", f(jz), "（四）其他支出", f(cls_cz["229"])],
        ["（一）一般公共预算拨款", f(jz), "二、结转下年", ""],
        ["（二）政府性基金预算拨款", "", "", ""],
        ["收入总计", f(cz_total), "支出总计", f(cz_total)]]
table([[("收　　入", " colspan=\"2\""), ("支　　出", " colspan=\"2\"")], [("项目", ""), ("预算数", ""), ("项目", ""), ("预算数", "")]], rows)
# 表5
T("表5 2025年一般公共预算支出表")
bg = sum(b for b, _ in A["gpb"].values()); pg = sum(pj for _, pj in A["gpb"].values())
rows = [["", "", "", "合计", f(gpb), f(bg), f(pg)]]
for l, k, x, n, v in code_rows(d_gpb):
    rows.append([l, k, x, n, f(v[0] + v[1]), f(v[0]), f(v[1])])
table([[("功能分类科目编码", " colspan=\"3\""), ("科目名称", " rowspan=\"2\""), ("合计", " rowspan=\"2\""), ("基本支出", " rowspan=\"2\""), ("项目支出", " rowspan=\"2\"")],
       [("类", ""), ("款", ""), ("项", "")]], rows)
# 表6
T("表6 2025年一般公共预算基本支出表（按经济分类）")
er = R["econ_ren"]; eg = R["econ_gong"]
rows = [["", "", "合计", f(R["basic_gpb"]), f(R["ren"]), f(R["gong"])],
        ["301", "", ECON_NAMES["301"], f(R["ren"]), f(R["ren"]), ""]]
for c in sorted(er): rows.append(["", c[3:], ECON_NAMES[c], f(er[c]), f(er[c]), ""])
rows.append(["302", "", ECON_NAMES["302"], f(R["gong"]), "", f(R["gong"])])
for c in sorted(eg): rows.append(["", c[3:], ECON_NAMES[c], f(eg[c]), "", f(eg[c])])
table([[("经济分类科目编码", " colspan=\"2\""), ("科目名称", " rowspan=\"2\""), ("合计", " rowspan=\"2\""), ("人员经费", " rowspan=\"2\""), ("公用经费", " rowspan=\"2\"")],
       [("类", ""), ("款", "")]], rows)
# 表7
T("表7 2025年一般公共预算“三公”经费支出表")
rows = [["合计", f(sgt), f(sg[0]), f(sg[1] + sg[2]), f(sg[1]), f(sg[2]), f(sg[3])]]
for u in range(4):
    a = SANGONG[u]; rows.append([U[u], f(sum(a)), f(a[0]), f(a[1] + a[2]), f(a[1]), f(a[2]), f(a[3])])
a = SANGONG_2024; rows.append(["2024年预算数", f(sg24), f(a[0]), f(a[1] + a[2]), f(a[1]), f(a[2]), f(a[3])])
dd = [sg[i] - a[i] for i in range(4)]
rows.append(["增减额", p(sgt - sg24), "", p(dd[1] + dd[2]), p(dd[1]), p(dd[2]), p(dd[3])])
table([[("单位名称", " rowspan=\"2\""), ("合计", " rowspan=\"2\""), ("因公出国（境）费", " rowspan=\"2\""), ("公务用车购置及运行费", " colspan=\"3\""), ("公务接待费", " rowspan=\"2\"")],
       [("小计", ""), ("公务用车购置费", ""), ("公务用车运行维护费", "")]], rows)
# 表8
T("表8 2025年政府性基金预算支出表")
rows = [["", "", "", "合计", f(fund), "", f(fund)], ["229", "", "", NAMES["229"], f(fund), "", f(fund)],
        ["", "60", "", NAMES["22960"], f(fund), "", f(fund)], ["", "", "02", NAMES["2296002"], f(fund), "", f(fund)]]
table([[("功能分类科目编码", " colspan=\"3\""), ("科目名称", " rowspan=\"2\""), ("合计", " rowspan=\"2\""), ("基本支出", " rowspan=\"2\""), ("项目支出", " rowspan=\"2\"")],
       [("类", ""), ("款", ""), ("项", "")]], rows)
P("注：本部门2025年无国有资本经营预算拨款安排的支出，国有资本经营预算支出表为空表，不再单独列示。")
# 表9
T("表9 2025年项目支出表")
rows = [["合计", "", "", f(proj_all), f(sum(x[3] for x in PROJ)), f(fund), f(jz)]]
for u, c, n, g, fu, j in PROJ:
    rows.append([U[u], n, f"{c} {NAMES[c]}", f(g + fu + j), f(g), f(fu), f(j)])
table([[("单位名称", ""), ("项目名称", ""), ("功能科目", ""), ("合计", ""), ("一般公共预算拨款", ""), ("政府性基金预算拨款", ""), ("上年结转", "")]], rows)
# 表10
T("表10 2025年政府采购预算表")
rows = [["合计", "", "", "", f(sum(x[4] for x in PROCURE))]]
for u, pn, item, q, a in PROCURE: rows.append([U[u], pn, item, q, f(a)])
table([[("单位名称", ""), ("项目名称", ""), ("采购品目", ""), ("数量", ""), ("采购预算金额", "")]], rows)
# 表11
out.append("<p><strong>表11 2025年项目绩效目标表</strong></p>")
P("项目名称：基本公共卫生服务项目市级配套　　实施单位：委机关　　项目资金：860.00万元")
table([[("一级指标", ""), ("二级指标", ""), ("指标", ""), ("指标值", "")]], [
 ["产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥9.6万人"],
 ["产出指标", "质量指标", "居民电子健康档案建档率", "≥90%"],
 ["产出指标", "时效指标", "资金拨付及时率", "100%"],
 ["效益指标", "社会效益指标", "高血压患者基层规范管理服务率", "≥65%"],
 ["满意度指标", "服务对象满意度指标", "城乡居民对基本公共卫生服务满意度", "≥90%"]])
P("项目名称：急救站点建设及救护车购置　　实施单位：澜州市紧急医疗救援中心　　项目资金：240.00万元")
table([[("一级指标", ""), ("二级指标", ""), ("指标", ""), ("指标值", "")]], [
 ["产出指标", "数量指标", "新建急救站点数量", "3个"],
 ["产出指标", "数量指标", "购置负压救护车数量", "4辆"],
 ["产出指标", "时效指标", "项目完成时间", "2025年11月底前"],
 ["效益指标", "社会效益指标", "市区平均急救反应时间", "≤12分钟"],
 ["满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥92%"]])

out.append("<p><strong>第三部分 2025年部门预算情况说明</strong></p>")
P("一、收支预算总体情况")
P(f"按照综合预算的原则，市卫健委所有收入和支出均纳入部门预算管理。2025年收支预算总计{p(total)}万元，比上年增加{p(d_total)}万元，增长{d_total/TOTAL_2024*100:.2f}%，主要原因是基本公共卫生服务项目市级配套标准提高，以及新增急救站点建设及救护车购置项目。")
P(f"收入预算包括：一般公共预算拨款收入{p(gpb)}万元，政府性基金预算拨款收入{p(fund)}万元，事业收入{p(shiye)}万元（为疾控中心检验检测服务收入），其他收入{p(qita)}万元，上年结转{p(jz)}万元。")
P(f"支出预算包括：社会保障和就业支出{p(cls_all['208'])}万元，卫生健康支出{p(cls_all['210'])}万元，住房保障支出{p(cls_all['221'])}万元，其他支出{p(cls_all['229'])}万元。按支出性质分，基本支出{p(basic_all)}万元，占{basic_all/total*100:.2f}%；项目支出{p(proj_all)}万元，占{proj_all/total*100:.2f}%。")
P("二、一般公共预算拨款支出情况")
P(f"2025年一般公共预算拨款支出{p(gpb)}万元，比上年增加{p(dg)}万元，增长{dg/GPB_2024*100:.2f}%。主要用于以下方面：")
P(f"1.行政运行（2100101）{p(sum(A['gpb']['2100101']))}万元，主要用于委机关正常运转的人员经费和公用经费。")
P(f"2.疾病预防控制机构（2100401）{planted_wrong}万元，主要用于疾控中心人员经费、公用经费及实验室检测设备购置。")
P(f"3.卫生监督机构（2100402）{p(sum(A['gpb']['2100402']))}万元，比上年增加28.00万元，主要原因是卫生监督所1辆执法执勤用车已达报废年限，安排更新经费。")
P(f"4.基本公共卫生服务（2100408）{p(sum(A['gpb']['2100408']))}万元，比上年增加96.00万元，主要原因是人均基本公共卫生服务经费补助标准提高，市级配套资金相应增加。")
P(f"5.重大公共卫生服务（2100409）{p(sum(A['gpb']['2100409']))}万元，比上年减少41.20万元，主要原因是新冠病毒疫苗接种等阶段性任务结束，相关经费不再安排。")
P(f"6.突发公共卫生事件应急处理（2100410）{p(sum(A['gpb']['2100410']))}万元，主要用于紧急医疗救援中心运转和急救站点建设。")
P("三、一般公共预算基本支出情况")
P(f"2025年一般公共预算基本支出{p(R['basic_gpb'])}万元，其中：人员经费{p(R['ren'])}万元，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；公用经费{p(R['gong'])}万元，主要包括办公费、水电费、差旅费、公务接待费、工会经费、福利费、公务用车运行维护费等。")
P("四、“三公”经费预算情况")
P(f"2025年一般公共预算“三公”经费预算{p(sgt)}万元，比上年增加{p(sgt - sg24)}万元。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费{p(sg[1] + sg[2])}万元，其中公务用车购置费{p(sg[1])}万元，比上年增加{p(sg[1])}万元，主要原因是卫生监督所更新执法执勤用车1辆；公务用车运行维护费{p(sg[2])}万元，比上年减少{p(-dd[2])}万元，主要原因是严格控制车辆使用和维修支出；公务接待费{p(sg[3])}万元，比上年减少{p(-dd[3])}万元，主要原因是落实过紧日子要求，压减公务接待。2025年部门公务用车保有量{VEH['保有量']}辆，计划购置{VEH['购置']}辆。")
P("五、机关运行经费情况")
P(f"2025年委机关和卫生监督所（参公）机关运行经费预算{p(R['jiguan'])}万元，比上年减少6.30万元，主要原因是压减办公费和差旅费等一般性支出。")
P("六、政府采购预算情况")
P(f"2025年部门政府采购预算{p(sum(x[4] for x in PROCURE))}万元，其中：货物类{p(18500 + 15200 + 2800)}万元，服务类{p(12650)}万元。")
P("七、国有资产占用情况")
P("截至2024年12月31日，部门共有车辆11辆，其中：一般公务用车3辆，执法执勤用车8辆；另有救护车等专业技术用车16辆（不计入公务用车）。单位价值100万元以上设备5台（套）。")
P("八、预算绩效目标情况")
P("2025年部门实行绩效目标管理的项目8个，涉及资金1895.70万元，项目绩效目标详见表11（本次公开其中2个重点项目）。")
out.append("<p><strong>第四部分 名词解释</strong></p>")
P("1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
P("2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
P("3.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。")
P("4.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。")
P("附件：澜州市卫生健康委员会2025年部门预算表.xls")
P("扫一扫在手机打开当前页")
out.append("</body>\n</html>\n")
assert abs(proj_all - 189570) == 0
open(os.path.join(os.path.dirname(__file__), "..", "docs", "E-lanzhou-wjw-2025-bmys.html"), "w", encoding="utf-8").write("\n".join(out))
print("total", p(total), "gpb", p(gpb), "d_total", p(d_total), "dg", p(dg), "basic", p(basic_all), "proj", p(proj_all))
print("cls_all", {k: p(v) for k, v in cls_all.items()}, "cls_gpb", {k: p(v) for k, v in cls_gpb.items()})
print({c: (p(b), p(pj)) for c, (b, pj) in sorted(A['gpb'].items())})
print({c: (p(b), p(pj)) for c, (b, pj) in sorted(A['all'].items())})
print("sg", sg, sg24, "jiguan", R['jiguan'], "per", R['per'])
