"""Write docs/E-lingchuan-wglyj-2025-bmys.html: a CMS / WeChat-export style page, no <table>; tables flattened
(style 1: one <p> per row, cells joined by runs of &nbsp;/spaces; style 2: one <p>/<span> per cell, reading order)."""
import os, html
import e_data as E
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), "docs", "E-lingchuan-wglyj-2025-bmys.html")
d = E.compute(); E.check(d)
f = lambda v: f"{v/1_000_000:,.2f}"          # 万元, two decimals
fy = lambda v: f"{v/100:,.2f}"                # 元
pct = lambda a, b: f"{a/b*100:.2f}%"
gp, last = d["gp"], E.LAST_YEAR
body = []
P = lambda s: body.append(f"<p>{s}</p>")
def row1(cells, sep="&nbsp;&nbsp;&nbsp;&nbsp;"):       # style 1
    P(sep.join(html.escape(str(c)) for c in cells))
def rows2(cells):                                       # style 2: each cell its own <p>
    for c in cells: P(html.escape(str(c)) if c != "" else "&nbsp;")
def spans(cells):                                       # style 2 variant: cells as <span>s in one <section>
    body.append("<section>" + "".join(f"<span>{html.escape(str(c)) if c != '' else '&nbsp;'}</span>" for c in cells) + "</section>")
U = E.UNITS
chg = lambda c: gp[c] - last[c]
def chgtxt(c):
    v = chg(c)
    return (f"比上年增加{f(v)}万元" if v > 0 else f"比上年减少{f(-v)}万元")
body.append('<h1 class="rich_media_title">泠川市文化广电旅游局2025年部门预算</h1>')
P('<span class="meta">泠川文旅　2025-02-18 17:30　发表于泠川</span>')
P("<strong>第一部分　部门概况</strong>")
P("一、主要职责")
P("泠川市文化广电旅游局贯彻落实党中央关于文化、广播电视、旅游工作的方针政策，统筹规划全市文化事业、文化产业、广播电视事业和旅游业发展，"
  "负责全市公共文化服务体系建设、文物和非物质文化遗产保护利用、文化和旅游市场管理、广播电视节目传输覆盖监管等工作。")
P("二、机构设置及预算单位构成")
P(f"本部门2025年部门预算由局本级和所属3家事业单位预算组成，纳入编制范围的预算单位共4家：{'、'.join(U)}。"
  "其中局本级为行政单位，图书馆、文化馆、博物馆为公益一类事业单位。")
P(f"三、人员情况")
P(f"截至2024年底，本部门核定编制{E.STAFF['编制']}人，实有在职人员{E.STAFF['实有']}人，离退休人员{E.STAFF['退休']}人。")
P("<strong>第二部分　2025年部门预算情况说明</strong>")
P("一、收支总体情况")
P(f"2025年本部门收支预算总额{f(d['total'])}万元，收入全部为本年收入，无上年结转。支出预算{f(d['total'])}万元，"
  f"其中基本支出{f(d['basic_total'])}万元，项目支出{f(d['proj_total'])}万元。")
P("二、收入预算情况")
P(f"2025年本部门收入预算{f(d['total'])}万元，其中一般公共预算拨款收入{f(d['gp_total'])}万元，占{pct(d['gp_total'], d['total'])}；"
  f"事业收入{f(d['shiye'])}万元，占{pct(d['shiye'], d['total'])}；其他收入{f(d['qita'])}万元，占{pct(d['qita'], d['total'])}。"
  "本部门无政府性基金预算拨款收入和国有资本经营预算拨款收入。")
P("三、支出预算情况")
P(f"2025年本部门支出预算{f(d['total'])}万元，其中基本支出{f(d['basic_total'])}万元，占{pct(d['basic_total'], d['total'])}，"
  f"主要用于保障人员工资福利和机构正常运转；项目支出{f(d['proj_total'])}万元，占{pct(d['proj_total'], d['total'])}，主要用于以下项目：")
for i, (n, u, c, v) in enumerate(E.PROJECTS, 1):
    P(f"{i}.{n}{f(v)}万元，由{u.replace('（本级）', '')}实施。")
P("四、财政拨款收支预算情况")
P(f"2025年本部门财政拨款收支预算{f(d['gp_total'])}万元，全部为一般公共预算拨款，比上年增加{f(d['gp_total']-d['last_total'])}万元，"
  f"增长{pct(d['gp_total']-d['last_total'], d['last_total'])}，主要原因是图书馆数字资源采购及运维、博物馆馆藏文物保护修复等项目经费增加。")
P("五、一般公共预算支出预算情况")
P(f"2025年一般公共预算支出{f(d['gp_total'])}万元，按支出功能分类科目（项级）说明如下：")
REASON = {"2070101": "主要原因是局本级退休人员增加、在职人员减少，人员经费相应减少",
          "2070104": "主要原因是新增图书馆数字资源采购及运维项目",
          "2070109": "主要原因是群众文化活动场次调整，活动经费压减",
          "2070199": "主要原因是乡镇综合文化站提档升级补助增加",
          "2070205": "主要原因是博物馆馆藏文物保护修复项目经费增加",
          "2080505": "主要原因是缴费基数调整", "2080506": "主要原因是缴费基数调整",
          "2101101": "主要原因是缴费基数调整", "2101102": "主要原因是缴费基数调整", "2210201": "主要原因是缴存基数调整"}
for i, c in enumerate(d["codes"], 1):
    amt = E.PLANTED[1] if c == E.PLANTED[0] else gp[c]          # the one planted misstatement
    P(f"（{i}）{E.NAMES[c]}（{c}）{f(amt)}万元，{chgtxt(c)}，{REASON[c]}。")
P("六、一般公共预算基本支出预算情况")
P(f"2025年一般公共预算基本支出{f(d['basic_gp_total'])}万元，其中：人员经费{f(d['person_total'])}万元，主要包括基本工资、津贴补贴、奖金、"
  f"绩效工资、社会保障缴费、住房公积金、退休费等；公用经费{f(d['public_total'])}万元，主要包括办公费、水电费、差旅费、维修（护）费、"
  "会议费、培训费、公务接待费、劳务费、公务用车运行维护费等。")
S = E.SANGONG
P("七、“三公”经费预算情况")
P(f"2025年本部门“三公”经费财政拨款预算{fy(d['sg_this'])}元，比上年预算{fy(d['sg_last'])}元减少{fy(d['sg_last']-d['sg_this'])}元。其中：")
P(f"1.因公出国（境）费{fy(S['因公出国（境）费'][1])}元，与上年持平，本部门2025年无因公出国（境）计划。")
P(f"2.公务用车购置及运行维护费{fy(S['公务用车购置费'][1]+S['公务用车运行维护费'][1])}元，其中公务用车购置费{fy(S['公务用车购置费'][1])}元，"
  f"比上年减少{fy(S['公务用车购置费'][0])}元，主要原因是上年已更新1辆文物保护专用车，本年无购置计划；公务用车运行维护费"
  f"{fy(S['公务用车运行维护费'][1])}元，比上年减少{fy(S['公务用车运行维护费'][0]-S['公务用车运行维护费'][1])}元，主要原因是严格执行公务用车使用管理制度，压减燃油和维修支出。"
  f"截至2024年底，本部门公务用车保有量{E.CARS}辆，2025年计划购置0辆。")
P(f"3.公务接待费{fy(S['公务接待费'][1])}元，比上年减少{fy(S['公务接待费'][0]-S['公务接待费'][1])}元，主要原因是落实过紧日子要求，严控接待规模。")
P("八、政府性基金预算支出情况")
P("本部门2025年无政府性基金预算拨款安排的支出，《政府性基金预算支出表》为空表。")
P("九、其他重要事项的情况说明")
P(f"（一）机关运行经费。2025年局本级机关运行经费预算{f(E.JIGUAN_YUNXING)}万元，比上年减少{f(E.JIGUAN_YUNXING_LAST-E.JIGUAN_YUNXING)}万元，"
  "主要原因是压减办公费、差旅费等一般性支出。")
P(f"（二）政府采购情况。2025年本部门政府采购预算{f(d['procure_total'])}万元，其中：货物类{f(E.PROCURE['货物'])}万元，"
  f"工程类{f(E.PROCURE['工程'])}万元，服务类{f(E.PROCURE['服务'])}万元。")
P(f"（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆{E.CARS}辆，其中一般公务用车2辆、执法执勤用车1辆、文物保护专用车2辆；"
  "单位价值100万元以上设备3台（套），均为博物馆恒温恒湿文物储藏设备。")
P("（四）预算绩效目标情况。2025年本部门项目支出全部编制绩效目标，共4个项目，涉及资金"
  f"{f(d['proj_total'])}万元。重点项目“博物馆馆藏文物保护修复”绩效目标见《项目支出绩效目标表》。")
P("<strong>第三部分　2025年部门预算公开表</strong>")
# 表1 收支总表 (style 1)
P("表一　部门收支总表"); P("单位：万元")
lei = ["207", "208", "210", "221"]
inc = [("一、一般公共预算拨款收入", d["gp_total"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
       ("四、事业收入", d["shiye"]), ("五、事业单位经营收入", 0), ("六、其他收入", d["qita"])]
exp = [(f"{k}、{E.NAMES[c]}", d["all_lei"][c]) for k, c in zip("一二三四", lei)]
row1(["收入", "", "支出", ""]); row1(["项目", "预算数", "项目", "预算数"])
for i in range(max(len(inc), len(exp))):
    a = inc[i] if i < len(inc) else ("", None); b = exp[i] if i < len(exp) else ("", None)
    row1([a[0], "" if a[1] is None else f(a[1]), b[0], "" if b[1] is None else f(b[1])])
row1(["本年收入合计", f(d["total"]), "本年支出合计", f(d["total"])])
row1(["上年结转", "0.00", "结转下年", "0.00"])
row1(["收入总计", f(d["total"]), "支出总计", f(d["total"])])
# 表2 收入总表 by unit (style 2, one <p> per cell)
P("表二　部门收入总表"); P("单位：万元")
rows2(["单位名称", "合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入"])
rows2(["合计", f(d["total"]), "", f(d["gp_total"]), "", f(d["shiye"]), f(d["qita"])])
for u in U:
    g, s, q = E.INCOME[u]
    rows2([u, f(d["unit_tot"][u]), "", f(g), "", f(s) if s else "", f(q) if q else ""])
# 表3 支出总表 (style 2 with spans): code, name, 合计, 基本支出, 项目支出
P("表三　部门支出总表"); P("单位：万元")
spans(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
spans(["", "合计", f(d["total"]), f(d["basic_total"]), f(d["proj_total"])])
def tree(vals, basic, proj):
    out = []
    for c3 in lei:
        out.append((c3, vals[0][c3], basic[0][c3], proj[0].get(c3, 0)))
        for c5 in sorted(k for k in vals[1] if k.startswith(c3)):
            out.append((c5, vals[1][c5], basic[1][c5], proj[1].get(c5, 0)))
            for c7 in [c for c in d["codes"] if c.startswith(c5)]:
                out.append((c7, vals[2][c7], basic[2].get(c7, 0), proj[2].get(c7, 0)))
    return out
allrows = tree((d["all_lei"], d["all_kuan"], d["all_by_code"]), (d["all_basic_lei"], d["all_basic_kuan"], d["all_basic_by_code"]),
               (d["proj_lei"], d["proj_kuan"], d["proj_by_code"]))
for c, t, b, p in allrows:
    spans([c, E.NAMES[c], f(t), f(b) if b else "", f(p) if p else ""])
# 表4 财政拨款收支总表 (style 1)
P("表四　财政拨款收支总表"); P("单位：万元")
row1(["收入", "", "支出", "", "", ""])
row1(["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算"])
fin_inc = [("一、本年收入", d["gp_total"]), ("（一）一般公共预算拨款", d["gp_total"]), ("（二）政府性基金预算拨款", 0),
           ("二、上年结转", 0)]
fin_exp = [("一、本年支出", d["gp_total"])] + [(E.NAMES[c], d["gp_lei"][c]) for c in lei]
for i in range(max(len(fin_inc), len(fin_exp))):
    a = fin_inc[i] if i < len(fin_inc) else ("", None); b = fin_exp[i] if i < len(fin_exp) else ("", None)
    row1([a[0], "" if a[1] is None else f(a[1]), b[0], "" if b[1] is None else f(b[1]), "" if b[1] is None else f(b[1]), ""])
row1(["收入总计", f(d["gp_total"]), "支出总计", f(d["gp_total"]), f(d["gp_total"]), ""])
# 表5 一般公共预算支出表 (style 1, runs of spaces): code | name | 合计 | 基本 | 项目 | 上年预算
P("表五　一般公共预算支出表"); P("单位：万元")
row1(["科目编码", "科目名称", "2025年预算数合计", "基本支出", "项目支出", "2024年预算数"], sep="      ")
row1(["", "合计", f(d["gp_total"]), f(d["basic_gp_total"]), f(d["proj_total"]), f(d["last_total"])], sep="      ")
lastk = lambda n: {k: sum(v for c, v in last.items() if c.startswith(k)) for k in set(c[:n] for c in last)}
L3, L5 = lastk(3), lastk(5)
bg = d["basic_gp"]
bgk = lambda n: {k: sum(v for c, v in bg.items() if c.startswith(k)) for k in set(c[:n] for c in bg)}
B3, B5 = bgk(3), bgk(5)
for c3 in lei:
    row1([c3, E.NAMES[c3], f(d["gp_lei"][c3]), f(B3[c3]), f(d["proj_lei"].get(c3, 0)) if d["proj_lei"].get(c3) else "", f(L3[c3])], sep="      ")
    for c5 in sorted(k for k in d["gp_kuan"] if k.startswith(c3)):
        row1([c5, E.NAMES[c5], f(d["gp_kuan"][c5]), f(B5[c5]), f(d["proj_kuan"].get(c5, 0)) if d["proj_kuan"].get(c5) else "", f(L5[c5])], sep="      ")
        for c7 in [c for c in d["codes"] if c.startswith(c5)]:
            row1([c7, E.NAMES[c7], f(gp[c7]), f(bg.get(c7, 0)), f(d["proj_by_code"].get(c7, 0)) if d["proj_by_code"].get(c7) else "", f(last[c7])], sep="      ")
# 表6 一般公共预算基本支出表 (style 2, <p> per cell): 经济分类
P("表六　一般公共预算基本支出表"); P("单位：万元")
rows2(["经济分类科目编码", "科目名称", "预算数"])
rows2(["", "合计", f(d["basic_gp_total"])])
rows2(["", "人员经费", f(d["person_total"])])
for c, n, v in d["person"]: rows2([c, n, f(v)])
rows2(["", "公用经费", f(d["public_total"])])
for c, n, v in d["public"]: rows2([c, n, f(v)])
# 表7 三公 (style 1, 元)
P("表七　一般公共预算“三公”经费支出表"); P("单位：元")
row1(["项目", "2024年预算数", "2025年预算数"], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
row1(["合计", fy(d["sg_last"]), fy(d["sg_this"])], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
row1(["1.因公出国（境）费", fy(S["因公出国（境）费"][0]), fy(S["因公出国（境）费"][1])], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
car0 = S["公务用车购置费"][0] + S["公务用车运行维护费"][0]; car1 = S["公务用车购置费"][1] + S["公务用车运行维护费"][1]
row1(["2.公务用车购置及运行维护费", fy(car0), fy(car1)], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
row1(["（1）公务用车购置费", fy(S["公务用车购置费"][0]), fy(S["公务用车购置费"][1])], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
row1(["（2）公务用车运行维护费", fy(S["公务用车运行维护费"][0]), fy(S["公务用车运行维护费"][1])], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
row1(["3.公务接待费", fy(S["公务接待费"][0]), fy(S["公务接待费"][1])], sep="&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
# 表8 政府性基金 (empty)
P("表八　政府性基金预算支出表"); P("单位：万元")
row1(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
row1(["", "合计", "", "", ""])
P("注：本部门2025年无政府性基金预算拨款安排的支出，本表为空表。")
# 表9 绩效目标 (style 2)
P("表九　项目支出绩效目标表"); P("单位：万元")
rows2(["项目名称", "博物馆馆藏文物保护修复", "预算金额", f(E.PROJECTS[3][3]), "实施单位", "泠川市博物馆"])
rows2(["年度绩效目标", "完成馆藏珍贵文物修复，改善文物保存环境，提升博物馆展陈和公共服务水平。"])
rows2(["一级指标", "二级指标", "三级指标", "指标值"])
for r in [("产出指标", "数量指标", "修复馆藏文物数量", "≥120件"), ("产出指标", "质量指标", "文物修复验收合格率", "≥98%"),
          ("产出指标", "时效指标", "项目完成时间", "2025年12月底前"), ("成本指标", "经济成本指标", "项目总成本", f"≤{f(E.PROJECTS[3][3])}万元"),
          ("效益指标", "社会效益指标", "年接待观众人次", "≥45万人次"), ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%")]:
    rows2(list(r))
P('<span class="footer">阅读 1862　　<a href="#">写留言</a></span>')
page = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">', "<title>泠川市文化广电旅游局2025年部门预算</title>",
        "</head>", '<body>', '<div id="js_content" class="rich_media_content">'] + body + ["</div>", "</body>", "</html>", ""]
open(OUT, "w", encoding="utf-8").write("\n".join(page))
print("wrote", OUT, len(body))
