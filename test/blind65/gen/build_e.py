"""Write docs/E-longtan-slj-2025-bmys-jiedu.html (invented county-portal article, Q&A 解读 + <table>s without <th>)."""
import html, os
from e_data import *

d = compute(); check(d)
fm = lambda v: f"{v/100:,.2f}"          # 元 with separators
wm = lambda v: f"{v/1e6:,.2f}"           # 万元, two decimals
pct = lambda a, b: f"{a*100/b:.2f}"
f = d["func"]; un = d["unit"]

def ftot(code):
    """all-funds total of a function code (sum over leaf codes starting with it)"""
    return sum(sum(v) for c, v in f.items() if c.startswith(code))
def fg(code):
    return sum(v[0] + v[1] + v[2] for c, v in f.items() if c.startswith(code))
def fbasic_all(code):
    return sum(v[0] + v[1] + v[3] for c, v in f.items() if c.startswith(code))
def fproj_all(code):
    return sum(v[2] + v[4] for c, v in f.items() if c.startswith(code))
def fgb(code, i):
    return sum(v[i] for c, v in f.items() if c.startswith(code))

CODES = ["208", "20805", "2080505", "2080506", "210", "21011", "2101101", "2101102",
         "213", "21303", "2130301", "2130304", "2130306", "2130310", "2130314", "2130335",
         "221", "22102", "2210201"]

P = []  # html body parts
def p(t): P.append(f"<p>{html.escape(t)}</p>")
def table(title, unit_line, rows, ncol, note=None):
    P.append(f"<p class=\"tt\">{html.escape(title)}</p>")
    P.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
    P.append(f"<tr><td colspan=\"{ncol}\" align=\"right\">{html.escape(unit_line)}</td></tr>")
    for r in rows:
        cells = []
        for c in r:
            if isinstance(c, tuple):
                txt, attrs = c
            else:
                txt, attrs = c, ""
            cells.append(f"<td{attrs}>{html.escape(str(txt))}</td>")
        P.append("<tr>" + "".join(cells) + "</tr>")
    P.append("</table>")
    if note:
        p(note)

U1s, U2s = U1, U2
tot, ggys = d["total"], d["ggys"]
# ---------------- Q&A prose ----------------
QA = []
def qa(q, a): QA.append((q, a))
qa("今年水利局部门预算总额是多少？",
   f"2025年泷潭县水利局部门收支预算总额{wm(tot)}万元，比2024年预算{wm(PREV['total'])}万元增加{wm(tot-PREV['total'])}万元，增长{pct(tot-PREV['total'], PREV['total'])}%。"
   f"增加的主要原因：一是按政策调整工资标准，人员经费相应增加；二是新增农村饮水安全工程维修养护资金，保障农村供水工程正常运行。")
qa("部门预算包括哪些单位？人员情况怎样？",
   f"纳入2025年部门预算编制范围的单位共2个：泷潭县水利局（机关），为行政单位，内设办公室、水旱灾害防御股、水资源与河湖管理股、农村水利水电股4个股室；"
   f"泷潭县水土保持站，为县水利局所属公益一类事业单位。全局核定编制{STAFF[U1]['bz']+STAFF[U2]['bz']}名（局机关{STAFF[U1]['bz']}名，水土保持站{STAFF[U2]['bz']}名），"
   f"实有在职人员{STAFF[U1]['sy']+STAFF[U2]['sy']}人（局机关{STAFF[U1]['sy']}人，水土保持站{STAFF[U2]['sy']}人），退休人员{STAFF[U1]['tx']+STAFF[U2]['tx']}人（局机关{STAFF[U1]['tx']}人，水土保持站{STAFF[U2]['tx']}人）。")
qa("钱从哪里来？",
   f"2025年收入预算{wm(tot)}万元，其中：一般公共预算拨款收入{wm(ggys)}万元，占{pct(ggys, tot)}%；事业收入{wm(d['shiye'])}万元，为水土保持站开展水土保持技术服务取得的收入；"
   f"其他收入{wm(d['other'])}万元；无政府性基金预算拨款收入，无国有资本经营预算拨款收入，无上年结转。一般公共预算拨款收入比2024年增加{wm(ggys-PREV['ggys'])}万元。")
qa("钱花在哪些方面？",
   f"2025年支出预算{wm(tot)}万元，按功能分类：社会保障和就业支出{wm(ftot('208'))}万元，卫生健康支出{wm(ftot('210'))}万元，"
   f"农林水支出{wm(ftot('213'))}万元，住房保障支出41.16万元。按支出性质：基本支出{wm(d['basic_all'])}万元，占{pct(d['basic_all'], tot)}%；"
   f"项目支出{wm(d['proj_all'])}万元，占{pct(d['proj_all'], tot)}%。")
qa("基本支出和项目支出跟去年比有什么变化？",
   f"基本支出比2024年{wm(PREV['basic'])}万元增加{wm(d['basic_all']-PREV['basic'])}万元，主要是调整工资标准及相应的社会保障缴费增加；"
   f"项目支出比2024年{wm(PREV['project'])}万元增加{wm(d['proj_all']-PREV['project'])}万元，主要是新增农村饮水安全工程维修养护项目，同时河湖长制工作经费按实际需要有所压减。")
qa("一般公共预算基本支出都用在哪些地方？",
   f"2025年一般公共预算基本支出{wm(d['basic_g'])}万元，其中：人员经费{wm(d['person'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；"
   f"公用经费{wm(d['public'])}万元，主要包括办公费、水电费、差旅费、维修（护）费、公务接待费、公务用车运行维护费、其他交通费用等。局机关其他收入安排的{wm(d['other'])}万元基本支出不在一般公共预算基本支出中反映。")
qa("“三公”经费预算安排了多少？为什么减少？",
   f"2025年一般公共预算财政拨款“三公”经费预算{wm(d['sangong'])}万元，比2024年{wm(PREV['sangong'])}万元减少{wm(PREV['sangong']-d['sangong'])}万元，下降{pct(PREV['sangong']-d['sangong'], PREV['sangong'])}%。"
   f"其中：因公出国（境）费0万元，全年无因公出国（境）计划；公务用车购置费0万元；公务用车运行维护费{wm(d['sg_car'])}万元，比2024年减少{wm(PREV['sg_car']-d['sg_car'])}万元，主要原因是2024年报废1辆超期服役的防汛指挥车，"
   f"公务用车保有量由{PREV['vehicles']}辆减为{SANGONG_STATS['vehicles']}辆（局机关{SANGONG_STATS['v_u1']}辆，水土保持站{SANGONG_STATS['v_u2']}辆）；公务接待费{wm(d['sg_recv'])}万元，比2024年减少{wm(PREV['sg_recv']-d['sg_recv'])}万元，"
   f"主要是严格执行公务接待标准，压减接待批次，全年计划接待{SANGONG_STATS['recv_batches']}批次、{SANGONG_STATS['recv_people']}人次。")
qa("机关运行经费是多少？",
   f"2025年局机关机关运行经费预算{wm(d['jgyx'])}万元，比2024年{wm(PREV['jgyx'])}万元减少{wm(PREV['jgyx']-d['jgyx'])}万元，下降{pct(PREV['jgyx']-d['jgyx'], PREV['jgyx'])}%，"
   f"主要原因是落实过紧日子要求，压减会议费、培训费和一般性支出。水土保持站为公益一类事业单位，不统计机关运行经费。")
qa("政府采购预算有多少？",
   f"2025年政府采购预算{wm(d['purchase'])}万元，其中：货物类{wm(PURCHASE[0][4])}万元，为防汛物资采购；工程类{wm(PURCHASE[1][4])}万元，为农村供水管网及设施维修；"
   f"服务类{wm(PURCHASE[2][4])}万元，为水土流失遥感监测技术服务。")
qa("有没有政府性基金和国有资本经营预算？",
   "本部门2025年没有使用政府性基金预算拨款安排的支出，也没有国有资本经营预算拨款安排的支出，相关报表为空表。")
qa("项目绩效目标是怎么定的？",
   f"2025年本部门{len(PROJECTS)}个项目全部编制了绩效目标，涉及一般公共预算项目资金{wm(d['proj_g'])}万元，实现项目绩效目标管理全覆盖。"
   "其中山洪灾害防治及防汛物资储备项目计划维护山洪灾害监测预警站点86个，农村饮水安全工程维修养护项目计划维修供水工程42处、保障农村供水人口12.6万人，"
   "小型水库安全运行管护项目覆盖小型水库37座，水土流失动态监测项目完成全县监测面积1,862平方公里，具体见项目支出绩效目标表。")

# ---------------- page ----------------
P.append("<div class=\"crumb\">首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政预决算 &gt; 部门预算</div>")
P.append("<h1>问答｜泷潭县水利局2025年部门预算解读</h1>")
P.append("<div class=\"meta\">发布时间：2025-02-17 16:32　来源：泷潭县水利局　浏览次数：216　【字体：大 中 小】</div>")
p("按照县财政局关于做好2025年部门预算公开工作的要求，现将经县十八届人大五次会议审查批准的泷潭县水利局2025年部门预算以问答形式解读如下，相关报表附后。")
for q, a in QA:
    P.append(f"<p><b>问：{html.escape(q)}</b></p>")
    P.append(f"<p>答：{html.escape(a)}</p>")
p("附：泷潭县水利局2025年部门预算公开表")

# 表1 收支总表
r = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
     ["一、一般公共预算拨款收入", fm(ggys), "一、社会保障和就业支出", fm(ftot("208"))],
     ["二、政府性基金预算拨款收入", "", "二、卫生健康支出", fm(ftot("210"))],
     ["三、国有资本经营预算拨款收入", "", "三、农林水支出", fm(ftot("213"))],
     ["四、事业收入", fm(d["shiye"]), "四、住房保障支出", fm(ftot("221"))],
     ["五、事业单位经营收入", "", "", ""],
     ["六、其他收入", fm(d["other"]), "", ""],
     ["本年收入合计", fm(tot), "本年支出合计", fm(tot)],
     ["上年结转", "", "结转下年", ""],
     ["收入总计", fm(tot), "支出总计", fm(tot)]]
table("表1 泷潭县水利局2025年部门收支总表", "单位：元", r, 4)

# 表2 收入总表
r = [["单位名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入", "上年结转"],
     ["合计", fm(tot), fm(ggys), "", fm(d["shiye"]), fm(d["other"]), ""]]
for u in (U1, U2):
    x = un[u]
    r.append([u, fm(x["total"]), fm(x["ggys"]), "", fm(x["shiye"]) if x["shiye"] else "", fm(x["other"]) if x["other"] else "", ""])
table("表2 泷潭县水利局2025年部门收入总表", "单位：元", r, 7)

# 表3 支出总表 (all funds, by function)
r = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", fm(tot), fm(d["basic_all"]), fm(d["proj_all"])]]
for c in CODES:
    b, pj = fbasic_all(c), fproj_all(c)
    r.append([c, FUNC_NAMES[c], fm(b + pj), fm(b) if b else "", fm(pj) if pj else ""])
table("表3 泷潭县水利局2025年部门支出总表", "单位：元", r, 5)

# 表4 财政拨款收支总表
r = [["收入", "", "支出", "", "", ""], ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算"],
     ["一、一般公共预算拨款", fm(ggys), "一、社会保障和就业支出", fm(fg("208")), fm(fg("208")), ""],
     ["二、政府性基金预算拨款", "", "二、卫生健康支出", fm(fg("210")), fm(fg("210")), ""],
     ["", "", "三、农林水支出", fm(fg("213")), fm(fg("213")), ""],
     ["", "", "四、住房保障支出", fm(fg("221")), fm(fg("221")), ""],
     ["本年收入合计", fm(ggys), "本年支出合计", fm(ggys), fm(ggys), ""],
     ["上年结转", "", "结转下年", "", "", ""],
     ["收入总计", fm(ggys), "支出总计", fm(ggys), fm(ggys), ""]]
table("表4 泷潭县水利局2025年财政拨款收支总表", "单位：元", r, 6)

# 表5 一般公共预算支出表
r = [["科目编码", "科目名称", "合计", "基本支出", "", "项目支出"], ["", "", "", "人员经费", "公用经费", ""],
     ["", "合计", fm(ggys), fm(d["person"]), fm(d["public"]), fm(d["proj_g"])]]
for c in CODES:
    a, b, pj = fgb(c, 0), fgb(c, 1), fgb(c, 2)
    r.append([c, FUNC_NAMES[c], fm(a + b + pj), fm(a) if a else "", fm(b) if b else "", fm(pj) if pj else ""])
table("表5 泷潭县水利局2025年一般公共预算支出表（按功能分类）", "单位：元", r, 6)

# 表6 一般公共预算基本支出表 (经济分类)
r = [["科目编码", "科目名称", "合计", "人员经费", "公用经费"], ["", "合计", fm(d["basic_g"]), fm(d["person"]), fm(d["public"])]]
econ = d["econ"]
for grp in ("301", "302", "303"):
    sub = {k: v for k, v in econ.items() if k.startswith(grp)}
    s = sum(sub.values())
    pers = grp != "302"
    r.append([grp, ECON_NAMES[grp], fm(s), fm(s) if pers else "", "" if pers else fm(s)])
    for k in sorted(sub):
        r.append([k, ECON_NAMES[k], fm(sub[k]), fm(sub[k]) if pers else "", "" if pers else fm(sub[k])])
table("表6 泷潭县水利局2025年一般公共预算基本支出表（按经济分类）", "单位：元", r, 5)

# 表7 三公
def sg_row(name, car, recv):
    return [name, fm(car + recv), "0.00", fm(car), "0.00", fm(car), fm(recv)]
r = [["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
     ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""],
     sg_row("合计", d["sg_car"], d["sg_recv"]),
     sg_row(U1, BASIC[U1]["30231"], BASIC[U1]["30217"]),
     sg_row(U2, BASIC[U2]["30231"], BASIC[U2]["30217"]),
     sg_row("2024年预算数", PREV["sg_car"], PREV["sg_recv"])]
table("表7 泷潭县水利局2025年一般公共预算财政拨款“三公”经费支出表", "单位：元", r, 7)

# 表8 政府性基金
r = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]]
table("表8 泷潭县水利局2025年政府性基金预算支出表", "单位：元", r, 5, "注：本单位无政府性基金预算，此表为空表。")

# 表9 政府采购
r = [["项目名称", "采购品目", "采购类别", "数量", "预算金额"], ["合计", "", "", "", fm(d["purchase"])]]
for a, b, c, n, v in PURCHASE:
    r.append([a, b, c, n, fm(v)])
table("表9 泷潭县水利局2025年政府采购预算表", "单位：元", r, 5)

# 表10 项目支出绩效目标表 (one key/value table per project)
PERF = {
    "P1": dict(goal="维护山洪灾害监测预警站点，储备防汛物资，确保汛期监测预警信息及时发布、人员及时转移。",
               qty="维护山洪灾害监测预警站点86个；储备防汛物资1批", qual="监测预警设备完好率≥95%", time="汛前（5月31日前）完成物资储备",
               eff="因山洪灾害造成人员伤亡人数：0人", sat="受益群众满意度≥90%"),
    "P2": dict(goal="对全县农村集中供水工程进行维修养护，保障农村群众饮水安全。",
               qty="维修养护农村供水工程42处", qual="农村集中供水工程水质达标率≥90%", time="12月31日前完成维修养护",
               eff="保障农村供水人口12.6万人", sat="受益群众满意度≥90%"),
    "P3": dict(goal="落实小型水库安全运行管护责任，开展日常巡查、维修养护和安全鉴定。",
               qty="管护小型水库37座", qual="小型水库安全运行率100%", time="按季度开展巡查",
               eff="水库安全度汛，无垮坝事故", sat="水库下游群众满意度≥90%"),
    "P4": dict(goal="保障县级河湖长制办公室运转，开展河湖巡查和“清四乱”专项整治。",
               qty="县级河长巡河次数≥48次", qual="河湖“四乱”问题整改销号率≥95%", time="12月31日前完成年度考核",
               eff="县域主要河流断面水质达标率≥90%", sat="社会公众满意度≥85%"),
    "P5": dict(goal="开展全县水土流失动态监测，掌握水土流失面积、强度及变化情况。",
               qty="监测面积1,862平方公里", qual="监测成果通过市级复核", time="11月30日前提交年度监测成果",
               eff="为水土保持规划和治理提供数据支撑", sat="使用单位满意度≥90%"),
}
P.append("<p class=\"tt\">表10 泷潭县水利局2025年项目支出绩效目标表</p>")
for pid, name, u, code, g, s in PROJECTS:
    pf = PERF[pid]
    rows = [["项目名称", name], ["主管部门", ORG], ["实施单位", u],
            ["项目资金（元）", f"{fm(g+s)}（其中：一般公共预算{fm(g)}" + (f"，事业收入{fm(s)}）" if s else "）")],
            ["年度绩效目标", pf["goal"]], ["数量指标", pf["qty"]], ["质量指标", pf["qual"]], ["时效指标", pf["time"]],
            ["效益指标", pf["eff"]], ["满意度指标", pf["sat"]]]
    table(f"（{pid[1]}）{name}", "单位：元", rows, 2)

p("名词解释：")
p("1.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项公用经费。")
p("2.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
P.append("<div class=\"foot\">主办：泷潭县人民政府办公室　承办：泷潭县政务服务数据管理局　【打印本页】【关闭窗口】</div>")

out = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<title>泷潭县水利局2025年部门预算解读_泷潭县人民政府门户网站</title>\n"
       "<!-- invented document: fictional county 泷潭县 (blind65 E) -->\n</head>\n<body>\n"
       + "\n".join(P) + "\n</body>\n</html>\n")
os.makedirs("../docs", exist_ok=True)
open("../docs/E-longtan-slj-2025-bmys-jiedu.html", "w", encoding="utf-8").write(out)
print(len(out))
