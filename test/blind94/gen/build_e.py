# -*- coding: utf-8 -*-
"""Build docs/E-chengchuan-wjw-2025-bmys.xlsx (invented 澂川市卫生健康委员会 2025年部门预算)."""
import os, json
from e_data import *
from xlsxw import write_xlsx, Num, Txt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-chengchuan-wjw-2025-bmys.xlsx")
d = compute()
t, u, sg, sg24 = d["tot"], d["unit"], d["sg"], d["sg24"]
ra, rg, rgb, rgp, rf = d["roll_all"], d["roll_gp"], d["roll_gp_basic"], d["roll_gp_proj"], d["roll_fund"]
P = {p[0]: p for p in PROJECTS}

def chg(a, b):
    diff = a - b
    word = "增加" if diff > 0 else "减少"
    return "%s%s万元，%s%s%%" % (word, F(abs(diff)), "增长" if diff > 0 else "下降", pct(a, b).lstrip("-"))

fin24 = Y24["gp"] + Y24["fund"]
fin25 = t["gp"] + t["fund"]
PROSE = [
 "澂川市卫生健康委员会2025年部门预算编制说明",
 "一、部门基本情况",
 "（一）主要职能。贯彻执行国家、省卫生健康工作方针政策和法律法规，统筹规划全市卫生健康资源配置；组织实施疾病预防控制规划、免疫规划以及严重危害人民健康的公共卫生问题的干预措施；负责公共卫生、医疗卫生和计划生育的监督管理；组织实施国家基本公共卫生服务项目；负责全市卫生应急和计划生育服务管理工作。",
 "（二）预算单位构成。纳入本部门2025年部门预算编制范围的单位共3个，包括：澂川市卫生健康委员会本级（行政单位）、澂川市疾病预防控制中心（公益一类事业单位）、澂川市卫生监督所（参照公务员法管理事业单位）。截至2024年12月底，本部门编制人数126人，实有在职人员119人，离退休人员57人。",
 "二、收支预算总体情况",
 "2025年本部门收入预算总计%s万元，比2024年预算%s，主要原因是2024年安排的市疾病预防控制中心实验室改造等一次性项目已完成，相应项目支出和事业收入减少。其中：一般公共预算拨款收入%s万元，占%s%%；政府性基金预算拨款收入%s万元，占%s%%；事业收入%s万元，占%s%%；其他收入%s万元，占%s%%。"
   % (F(t["income"]), chg(t["income"], Y24["total"]), F(t["gp"]), share(t["gp"], t["income"]), F(t["fund"]), share(t["fund"], t["income"]),
      F(t["shiye"]), share(t["shiye"], t["income"]), F(t["other"]), share(t["other"], t["income"])),
 "2025年本部门支出预算总计%s万元，其中：基本支出%s万元，占%s%%，主要用于保障机构正常运转和完成日常工作任务；项目支出%s万元，占%s%%，主要用于基本公共卫生服务、重大传染病防控、计划生育家庭奖励扶助等。"
   % (F(t["spend"]), F(t["basic"]), share(t["basic"], t["spend"]), F(t["proj"]), share(t["proj"], t["spend"])),
 "三、财政拨款收支预算情况",
 "2025年本部门财政拨款收入预算%s万元，比2024年预算%s。其中：一般公共预算拨款收入%s万元，政府性基金预算拨款收入%s万元。财政拨款支出预算%s万元，与财政拨款收入相等。"
   % (F(fin25), chg(fin25, fin24), F(t["gp"]), F(t["fund"]), F(fin25)),
 "四、一般公共预算当年拨款情况",
 "（一）规模变化情况。2025年一般公共预算支出预算%s万元，比2024年预算%s。"
   % (F(t["gp"]), chg(t["gp"], Y24["gp"])),
 "（二）结构情况。社会保障和就业支出%s万元，占%s%%；卫生健康支出%s万元，占%s%%；住房保障支出%s万元，占%s%%。"
   % (F(rg["208"]), share(rg["208"], t["gp"]), F(rg["210"]), share(rg["210"], t["gp"]), F(rg["221"]), share(rg["221"], t["gp"])),
 "（三）具体使用情况。",
 "1．卫生健康支出（类）卫生健康管理事务（款）行政运行（项）%s万元，主要用于委机关人员工资福利及日常运转。" % F(rg["2100101"]),
 "2．卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）%s万元，比2024年预算增加%s万元，增长%s%%，主要原因是人均基本公共卫生服务经费补助标准提高至94元。"
   % (F(PLANT["prose"]), F(P["P1"][5] - Y24["p1"]), pct(P["P1"][5], Y24["p1"])),
 "3．卫生健康支出（类）公共卫生（款）重大公共卫生服务（项）%s万元，比2024年预算减少%s万元，下降%s%%，主要原因是新冠病毒感染防控经费不再单独安排。"
   % (F(rg["2100409"]), F(Y24["p5"] - P["P5"][5]), pct(P["P5"][5], Y24["p5"]).lstrip("-")),
 "4．卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）%s万元，主要用于市疾病预防控制中心人员工资福利及日常运转。" % F(rg["2100401"]),
 "5．卫生健康支出（类）公共卫生（款）卫生监督机构（项）%s万元，其中卫生监督执法能力建设项目%s万元，比2024年增加%s万元，主要原因是新增执法记录仪和快速检测设备购置。"
   % (F(rg["2100402"]), F(P["P9"][5]), F(P["P9"][5] - Y24["p9"])),
 "6．卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）%s万元，主要用于应急防护物资储备。" % F(rg["2100410"]),
 "7．卫生健康支出（类）计划生育事务（款）计划生育服务（项）%s万元，比2024年预算减少%s万元，下降%s%%，主要原因是奖励扶助对象自然减员。"
   % (F(rg["2100717"]), F(Y24["p2"] - P["P2"][5]), pct(P["P2"][5], Y24["p2"]).lstrip("-")),
 "8．卫生健康支出（类）卫生健康管理事务（款）其他卫生健康管理事务支出（项）%s万元，比2024年预算增加%s万元，增长%s%%，主要原因是全民健康信息平台升级改造和运维服务费用增加。"
   % (F(rg["2100199"]), F(P["P3"][5] - Y24["p3"]), pct(P["P3"][5], Y24["p3"])),
 "9．社会保障和就业支出（类）行政事业单位养老支出（款）%s万元，其中：机关事业单位基本养老保险缴费支出（项）%s万元，机关事业单位职业年金缴费支出（项）%s万元，行政单位离退休（项）%s万元，事业单位离退休（项）%s万元。"
   % (F(rg["20805"]), F(rg["2080505"]), F(rg["2080506"]), F(rg["2080501"]), F(rg["2080502"])),
 "10．卫生健康支出（类）行政事业单位医疗（款）%s万元，其中：行政单位医疗（项）%s万元，事业单位医疗（项）%s万元。"
   % (F(rg["21011"]), F(rg["2101101"]), F(rg["2101102"])),
 "11．住房保障支出（类）住房改革支出（款）住房公积金（项）%s万元，主要用于按规定为职工缴存住房公积金。" % F(rg["2210201"]),
 "五、一般公共预算基本支出情况",
 "2025年一般公共预算基本支出%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等；公用经费%s万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。"
   % (F(t["basic"]), F(t["person"]), F(t["public"])),
 "六、一般公共预算“三公”经费支出情况",
 "2025年“三公”经费预算%s万元，比2024年预算%s。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费%s万元，比2024年预算%s，主要原因是2024年市疾病预防控制中心购置1辆应急采样车（%s万元），2025年无公务用车购置计划，其中公务用车购置费0万元，公务用车运行维护费%s万元（比2024年减少%s万元）；公务接待费%s万元，比2024年预算%s，主要原因是严格执行公务接待标准，压减接待批次。"
   % (F(sg["total"]), chg(sg["total"], sg24["total"]), F(sg["car"]), chg(sg["car"], sg24["car"]), F(sg24["buy"]),
      F(sg["run"]), F(sg24["run"] - sg["run"]), F(sg["recep"]), chg(sg["recep"], sg24["recep"])),
 "七、政府性基金预算支出情况",
 "2025年政府性基金预算拨款收入%s万元，支出%s万元，比2024年预算%s，全部为其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项），用于老年健康服务。"
   % (F(t["fund"]), F(t["fund"]), chg(t["fund"], Y24["fund"])),
 "八、国有资本经营预算支出情况",
 "本部门2025年无国有资本经营预算拨款收入，也没有使用国有资本经营预算拨款安排的支出。",
 "九、其他重要事项的情况说明",
 "（一）机关运行经费。2025年本部门机关运行经费（委机关本级和市卫生监督所）预算%s万元，比2024年预算%s，主要原因是压减一般性支出。"
   % (F(d["run_exp"]), chg(d["run_exp"], Y24["run_bj_wsjd"])),
 "（二）政府采购情况。2025年本部门政府采购预算%s万元，其中：货物类%s万元，服务类%s万元，工程类0万元。"
   % (F(d["procure"]), F(d["procure_kind"]["货物"]), F(d["procure_kind"]["服务"])),
 "（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆9辆，其中：一般公务用车5辆，特种专业技术用车4辆；单位价值100万元以上设备3台（套）。",
 "（四）预算绩效管理情况。2025年本部门实行绩效目标管理的项目%d个，涉及资金%s万元，重点项目绩效目标详见表9。" % (len(PROJECTS), F(t["proj"])),
 "十、名词解释",
 "1．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
 "2．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
 "3．“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
 "4．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]

def head(title, ncols, left="部门：澂川市卫生健康委员会"):
    rows = [[Txt(title, 1)] + [None] * (ncols - 1), [Txt(left, 0)] + [None] * (ncols - 2) + [Txt("单位：万元", 6)]]
    merges = ["A1:%s1" % chr(64 + ncols)]
    return rows, merges

sheets = []
# 说明
sheets.append(dict(name="说明", rows=[[Txt(p, 5)] for p in PROSE], widths=[110]))

# 表1 收支总表
rows, m = head("表1 2025年部门收支总表", 4)
rows.append([Txt("收入", 2), None, Txt("支出", 2), None]); m += ["A3:B3", "C3:D3"]
rows.append([Txt("项目", 2), Txt("预算数", 2), Txt("项目", 2), Txt("预算数", 2)])
inc = [("一、一般公共预算拨款收入", t["gp"]), ("二、政府性基金预算拨款收入", t["fund"]), ("三、国有资本经营预算拨款收入", None),
       ("四、财政专户管理资金收入", None), ("五、事业收入", t["shiye"]), ("六、其他收入", t["other"])]
exp = [("一、社会保障和就业支出", ra["208"]), ("二、卫生健康支出", ra["210"]), ("三、住房保障支出", ra["221"]), ("四、其他支出", ra["229"])]
for i in range(max(len(inc), len(exp))):
    a = inc[i] if i < len(inc) else ("", None)
    b = exp[i] if i < len(exp) else ("", None)
    rows.append([Txt(a[0]), Num(F(a[1])) if a[1] is not None else Txt(""), Txt(b[0]), Num(F(b[1])) if b[1] is not None else Txt("")])
rows.append([Txt("本年收入合计", 7), Num(F(t["income"]), True), Txt("本年支出合计", 7), Num(F(t["spend"]), True)])
rows.append([Txt("上年结转"), Txt(""), Txt("结转下年"), Txt("")])
rows.append([Txt("收入总计", 7), Num(F(t["income"]), True), Txt("支出总计", 7), Num(F(t["spend"]), True)])
sheets.append(dict(name="表1收支总表", rows=rows, merges=m, widths=[34, 14, 34, 14]))

# 表2 收入总表
rows, m = head("表2 2025年部门收入总表", 7)
rows.append([Txt("单位名称", 2), Txt("合计", 2), Txt("一般公共预算拨款收入", 2), Txt("政府性基金预算拨款收入", 2), Txt("事业收入", 2), Txt("其他收入", 2), Txt("上年结转", 2)])
def nz(v): return Num(F(v)) if v else Txt("")
rows.append([Txt("合计", 7), Num(F(t["income"]), True), Num(F(t["gp"]), True), Num(F(t["fund"]), True), Num(F(t["shiye"]), True), Num(F(t["other"]), True), Txt("", 3)])
for k, name, _ in UNITS:
    x = u[k]
    rows.append([Txt(name), Num(F(x["gp"] + x["fund"] + x["shiye"] + x["other"])), nz(x["gp"]), nz(x["fund"]), nz(x["shiye"]), nz(x["other"]), Txt("")])
sheets.append(dict(name="表2收入总表", rows=rows, merges=m, widths=[30, 13, 14, 14, 12, 12, 12]))

# 表3 支出总表
rows, m = head("表3 2025年部门支出总表", 6)
rows.append([Txt("单位名称", 2), Txt("合计", 2), Txt("基本支出", 2), None, None, Txt("项目支出", 2)]); m += ["C3:E3", "A3:A4", "B3:B4", "F3:F4"]
rows.append([None, None, Txt("小计", 2), Txt("人员经费", 2), Txt("公用经费", 2), None])
rows.append([Txt("合计", 7), Num(F(t["spend"]), True), Num(F(t["basic"]), True), Num(F(t["person"]), True), Num(F(t["public"]), True), Num(F(t["proj"]), True)])
for k, name, _ in UNITS:
    x = u[k]
    rows.append([Txt(name), Num(F(x["basic"] + x["proj"])), Num(F(x["basic"])), Num(F(x["person"])), Num(F(x["public"])), Num(F(x["proj"]))])
sheets.append(dict(name="表3支出总表", rows=rows, merges=m, widths=[30, 13, 13, 13, 13, 13]))

# 表4 财政拨款收支总表
rows, m = head("表4 2025年财政拨款收支总表", 6)
rows.append([Txt("收入", 2), None, Txt("支出", 2), None, None, None]); m += ["A3:B3", "C3:F3"]
rows.append([Txt("项目", 2), Txt("预算数", 2), Txt("项目", 2), Txt("合计", 2), Txt("一般公共预算", 2), Txt("政府性基金预算", 2)])
inc = [("一、一般公共预算拨款收入", t["gp"]), ("二、政府性基金预算拨款收入", t["fund"]), ("三、国有资本经营预算拨款收入", None)]
exp = [("一、社会保障和就业支出", "208"), ("二、卫生健康支出", "210"), ("三、住房保障支出", "221"), ("四、其他支出", "229")]
for i in range(4):
    a = inc[i] if i < len(inc) else ("", None)
    nm, c = exp[i]
    rows.append([Txt(a[0]), Num(F(a[1])) if a[1] is not None else Txt(""), Txt(nm), Num(F(rg.get(c, 0) + rf.get(c, 0))), nz(rg.get(c, 0)), nz(rf.get(c, 0))])
rows.append([Txt("本年收入合计", 7), Num(F(fin25), True), Txt("本年支出合计", 7), Num(F(fin25), True), Num(F(t["gp"]), True), Num(F(t["fund"]), True)])
rows.append([Txt("收入总计", 7), Num(F(fin25), True), Txt("支出总计", 7), Num(F(fin25), True), Num(F(t["gp"]), True), Num(F(t["fund"]), True)])
sheets.append(dict(name="表4财政拨款收支总表", rows=rows, merges=m, widths=[30, 13, 26, 13, 13, 14]))

# 表5 一般公共预算支出表
rows, m = head("表5 2025年一般公共预算支出表", 7)
rows.append([Txt("科目编码", 2), None, None, Txt("科目名称", 2), Txt("合计", 2), Txt("基本支出", 2), Txt("项目支出", 2)]); m += ["A3:C3", "D3:D4", "E3:E4", "F3:F4", "G3:G4"]
rows.append([Txt("类", 2), Txt("款", 2), Txt("项", 2), None, None, None, None])
rows.append([Txt("合计", 7), Txt(""), Txt(""), Txt(""), Num(F(t["gp"]), True), Num(F(t["basic"]), True), Num(F(rgp_total := sum(v for c, v in rgp.items() if len(c) == 3)), True)])
for c in sorted(k for k in rg if rg[k]):
    cols = [c[:3], c[3:5] if len(c) >= 5 else "", c[5:7] if len(c) == 7 else ""]
    bold = len(c) == 3
    rows.append([Txt(cols[0], 7 if bold else 3), Txt(cols[1]), Txt(cols[2]), Txt(FUNC[c], 7 if bold else 3),
                 Num(F(rg[c]), bold), Num(F(rgb.get(c, 0)), bold) if rgb.get(c, 0) else Txt(""), Num(F(rgp.get(c, 0)), bold) if rgp.get(c, 0) else Txt("")])
sheets.append(dict(name="表5一般公共预算支出表", rows=rows, merges=m, widths=[6, 6, 6, 36, 13, 13, 13]))

# 表6 一般公共预算基本支出表
rows, m = head("表6 2025年一般公共预算基本支出表", 5)
rows.append([Txt("部门预算支出经济分类科目", 2), None, Txt("本年一般公共预算基本支出", 2), None, None]); m += ["A3:B3", "C3:E3"]
rows.append([Txt("科目编码", 2), Txt("科目名称", 2), Txt("合计", 2), Txt("人员经费", 2), Txt("公用经费", 2)])
rows.append([Txt(""), Txt("合计", 7), Num(F(t["basic"]), True), Num(F(t["person"]), True), Num(F(t["public"]), True)])
econ_tot = {}
for uu in BASIC.values():
    for k, v in uu.items():
        econ_tot[k] = econ_tot.get(k, 0) + v
for g in ("301", "302", "303"):
    items = sorted(k for k in econ_tot if k.startswith(g))
    gs = sum(econ_tot[k] for k in items)
    gp_ = sum(econ_tot[k] for k in items if k in PERSON)
    rows.append([Txt(g, 7), Txt(ECON_GROUP[g], 7), Num(F(gs), True), Num(F(gp_), True) if gp_ else Txt(""), Num(F(gs - gp_), True) if gs - gp_ else Txt("")])
    for k in items:
        pv = econ_tot[k] if k in PERSON else 0
        rows.append([Txt(k), Txt(ECON[k]), Num(F(econ_tot[k])), Num(F(pv)) if pv else Txt(""), Num(F(econ_tot[k] - pv)) if not pv else Txt("")])
sheets.append(dict(name="表6一般公共预算基本支出表", rows=rows, merges=m, widths=[10, 32, 13, 13, 13]))

# 表7 三公
rows, m = head("表7 2025年一般公共预算“三公”经费支出表", 5)
rows.append([Txt("项目", 2), Txt("2024年预算数", 2), Txt("2025年预算数", 2), Txt("增减额", 2), Txt("增减率（%）", 2)])
def pr(v25, v24):
    return Txt(pct(v25, v24), 3) if not v24 else Num(pct(v25, v24))
for nm, k, b in (("合计", "total", True), ("1．因公出国（境）费", "abroad", False), ("2．公务用车购置及运行维护费", "car", False),
                 ("其中：（1）公务用车购置费", "buy", False), ("（2）公务用车运行维护费", "run", False), ("3．公务接待费", "recep", False)):
    a, bb = sg24[k], sg[k]
    rows.append([Txt(nm, 7 if b else 3), Num(F(a), b), Num(F(bb), b), Num(F(bb - a), b), pr(bb, a)])
sheets.append(dict(name="表7三公经费预算表", rows=rows, merges=m, widths=[32, 14, 14, 12, 12]))

# 表8 政府性基金
rows, m = head("表8 2025年政府性基金预算支出表", 7)
rows.append([Txt("科目编码", 2), None, None, Txt("科目名称", 2), Txt("2025年预算数", 2), Txt("2024年预算数", 2), Txt("增减额", 2)]); m += ["A3:C3", "D3:D4", "E3:E4", "F3:F4", "G3:G4"]
rows.append([Txt("类", 2), Txt("款", 2), Txt("项", 2), None, None, None, None])
rows.append([Txt("合计", 7), Txt(""), Txt(""), Txt(""), Num(F(t["fund"]), True), Num(F(Y24["fund"]), True), Num(F(t["fund"] - Y24["fund"]), True)])
for c in ("229", "22960", "2296002"):
    rows.append([Txt(c[:3]), Txt(c[3:5]), Txt(c[5:7]), Txt(FUNC[c]), Num(F(rf[c])), Num(F(Y24["fund"])), Num(F(rf[c] - Y24["fund"]))])
sheets.append(dict(name="表8政府性基金预算支出表", rows=rows, merges=m, widths=[6, 6, 6, 36, 14, 14, 12]))

# 表9 绩效目标
rows, m = head("表9 2025年项目支出绩效目标表", 5)
r = 2
for pid in ("P1", "P5", "P9"):
    _, uk, name, code, src, amt = P[pid]
    goal, inds = PERF[pid]
    rows.append([Txt("项目名称", 7), Txt(name), None, None, None]); m.append("B%d:E%d" % (r + 1, r + 1)); r += 1
    rows.append([Txt("实施单位", 7), Txt(UNIT_NAME[uk]), None, Txt("资金总额（万元）", 7), Num(F(amt))]); m.append("B%d:C%d" % (r + 1, r + 1)); r += 1
    rows.append([Txt("年度绩效目标", 7), Txt(goal), None, None, None]); m.append("B%d:E%d" % (r + 1, r + 1)); r += 1
    rows.append([Txt("一级指标", 2), Txt("二级指标", 2), Txt("三级指标", 2), Txt("指标值", 2), Txt("度量单位", 2)]); r += 1
    for a, b, c, v, unit in inds:
        rows.append([Txt(a), Txt(b), Txt(c), Txt(v), Txt(unit)]); r += 1
    rows.append([None] * 5); r += 1
sheets.append(dict(name="表9项目支出绩效目标表", rows=rows, merges=m, widths=[16, 22, 34, 12, 12]))

# 表10 政府采购
rows, m = head("表10 2025年政府采购预算表", 6)
rows.append([Txt("单位名称", 2), Txt("项目名称", 2), Txt("采购品目", 2), Txt("采购类别", 2), Txt("数量", 2), Txt("预算金额", 2)])
rows.append([Txt("合计", 7), Txt(""), Txt(""), Txt(""), Txt(""), Num(F(d["procure"]), True)])
for uk, pj, item, kind, qty, amt in PROCURE:
    rows.append([Txt(UNIT_NAME[uk]), Txt(pj), Txt(item), Txt(kind), Txt(qty), Num(F(amt))])
sheets.append(dict(name="表10政府采购预算表", rows=rows, merges=m, widths=[28, 28, 28, 10, 8, 13]))

def main():
    write_xlsx(OUT, sheets)
    with open(os.path.join(HERE, "e_prose.json"), "w", encoding="utf-8") as f:
        json.dump(PROSE, f, ensure_ascii=False, indent=0)

if __name__ == "__main__":
    main()
    for p in PROSE: print(p)
