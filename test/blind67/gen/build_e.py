"""Write docs/E-…xlsx from e_data (run with /usr/bin/python3: openpyxl)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from e_data import *
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-hongyu-tinglan-luhu-jdb-2024-bmjs.xlsx")
T = check(); S = spend_by_code(); G = gp_by_code()
def w(v): return f"{v/100:,.2f}"
def pct(a, b): return f"{a*100/b:.2f}%"
def roll(d):  # add 类/款 subtotals to a dict of 项 code -> list
    out = {}
    for k, v in d.items():
        for c in (k[:3], k[:5], k):
            out.setdefault(c, [0] * len(v))
            out[c] = [a + b for a, b in zip(out[c], v)]
    return out
SR, GR = roll(S), roll(G)
wb = Workbook(); ws = wb.active; ws.title = "说明"
cls = lambda c: NAMES[c]
gp_cls = {c: sum(v) for c, v in GR.items() if len(c) == 3}
prose = [
 f"{ORG}2024年度部门决算",
 "第一部分　部门概况",
 "一、主要职责",
 "鹭湖街道办事处是汀澜区人民政府的派出机关，主要职责是：加强基层党的建设，统筹辖区发展，组织公共服务，实施综合管理，监督专业管理，动员社会参与，指导社区居民委员会工作，维护辖区安全稳定，承办区委、区政府交办的其他事项。",
 "二、机构设置及决算单位构成",
 f"纳入本部门2024年度部门决算编制范围的单位共2个，包括：{U1}（行政单位）和{U2}（公益一类事业单位）。",
 f"截至2024年末，街道办事处本级核定编制{PEOPLE['u1_bz']}名，实有在职人员{PEOPLE['u1_real']}人；综合服务中心核定事业编制{PEOPLE['u2_bz']}名，实有在职人员{PEOPLE['u2_real']}人；另有退休人员{PEOPLE['retired']}人。",
 "第二部分　2024年度部门决算情况说明",
 "一、收入支出决算总体情况说明",
 f"2024年度收入总计{w(T['grand'])}元，支出总计{w(T['grand'])}元。与2023年度相比，收、支总计各增加{w(T['grand']-TOTAL_2023)}元，增长{pct(T['grand']-TOTAL_2023, TOTAL_2023)}。主要原因是辖区主次干道环境卫生保洁由区城市管理部门移交街道实施，新增辖区环境卫生保洁项目，同时社区治理和服务经费增加。",
 "二、收入决算情况说明",
 f"2024年度本年收入合计{w(T['income'])}元，其中：一般公共预算财政拨款收入{w(T['gp_income'])}元，占{pct(T['gp_income'], T['income'])}；政府性基金预算财政拨款收入0.00元；事业收入0.00元；其他收入{w(OTHER_INCOME)}元，占{pct(OTHER_INCOME, T['income'])}，为综合服务中心场地有偿使用收入。另有年初结转和结余{w(CARRY_IN)}元。",
 "三、支出决算情况说明",
 f"2024年度本年支出合计{w(T['spend'])}元，其中：基本支出{w(T['basic'])}元，占{pct(T['basic'], T['spend'])}；项目支出{w(T['proj'])}元，占{pct(T['proj'], T['spend'])}。年末结转和结余{w(CARRY_OUT)}元。",
 "四、财政拨款收入支出决算总体情况说明",
 f"2024年度财政拨款收入总计{w(T['gp_income']+CARRY_IN)}元（含年初结转和结余{w(CARRY_IN)}元），支出总计{w(T['gp_income']+CARRY_IN)}元，其中本年支出{w(T['gp_spend'])}元，年末结转和结余{w(CARRY_OUT)}元。全部为一般公共预算财政拨款，无政府性基金和国有资本经营预算财政拨款。",
 "五、一般公共预算财政拨款支出决算情况说明",
 f"（一）总体情况。2024年度一般公共预算财政拨款支出{w(T['gp_spend'])}元，年初预算为{w(sum(b[0] for b in BUDGET.values()))}元，调整预算为{w(sum(b[1] for b in BUDGET.values()))}元，决算数完成年初预算的{pct(T['gp_spend'], sum(b[0] for b in BUDGET.values()))}，完成调整预算的{pct(T['gp_spend'], sum(b[1] for b in BUDGET.values()))}。决算数大于年初预算的主要原因是年中新增辖区环境卫生保洁移交经费和社区治理追加经费，以及在职人员调资；决算数小于调整预算的主要原因是辖区环境卫生保洁合同按季度结算，第四季度部分款项{w(BUDGET['2120501'][1]-sum(G['2120501']))}元结转下年支付，社区治理和服务项目结转{w(BUDGET['2080208'][1]-sum(G['2080208']))}元，党建阵地及档案数字化项目结转{w(BUDGET['2010399'][1]-sum(G['2010399']))}元。",
 "（二）结构情况。" + "；".join(f"{cls(c)}{w(v)}元，占{pct(v, T['gp_spend'])}" for c, v in sorted(gp_cls.items())) + "。",
 f"（三）具体情况。其中：城乡社区环境卫生（项）决算{w(sum(G['2120501']))}元，完成调整预算的{pct(sum(G['2120501']), BUDGET['2120501'][1])}；基层政权建设和社区治理（项）决算{w(sum(G['2080208']))}元，完成调整预算的{pct(sum(G['2080208']), BUDGET['2080208'][1])}；群众文化（项）决算{w(sum(G['2070109']))}元，比年初预算减少{w(BUDGET['2070109'][0]-sum(G['2070109']))}元，主要原因是部分文化活动改为线上举办。",
 "六、一般公共预算财政拨款基本支出决算情况说明",
 f"2024年度一般公共预算财政拨款基本支出{w(T['basic'])}元，其中：人员经费{w(T['person'])}元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、生活补助等；公用经费{w(T['public'])}元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。",
 "七、财政拨款“三公”经费支出决算情况说明",
 f"2024年度“三公”经费财政拨款支出年初预算为{w(sum(SANGONG_BUDGET.values()))}元，决算为{w(T['sangong'])}元，完成预算的{pct(T['sangong'], sum(SANGONG_BUDGET.values()))}；比2023年度决算{w(SANGONG_2023['total'])}元减少{w(SANGONG_2023['total']-T['sangong'])}元，下降{pct(SANGONG_2023['total']-T['sangong'], SANGONG_2023['total'])}。决算数小于预算数的主要原因是严格落实过紧日子要求，从严控制公务接待和公务用车支出。",
 "1．因公出国（境）费支出0.00元，全年未安排因公出国（境）团组。",
 "2．公务用车购置费支出0.00元，全年未购置公务用车。",
 # planted contradiction: table 7 and 表6 30231 give 41,235.60
 f"3．公务用车运行维护费支出41,253.60元，年初预算{w(SANGONG_BUDGET['运行'])}元，主要用于街道应急保障、城市管理巡查车辆的燃料费、维修费、保险费等。截至2024年12月31日，公务用车保有量3辆。",
 f"4．公务接待费支出{w(ECON['30217'][1])}元，年初预算{w(SANGONG_BUDGET['接待'])}元，比2023年度{w(SANGONG_2023['接待'])}元减少{w(SANGONG_2023['接待']-ECON['30217'][1])}元，主要是减少陪同人员、简化接待安排。全年国内公务接待23批次、186人次（不包括陪同人员），主要用于上级部门检查指导、兄弟街道交流学习等；国（境）外公务接待0批次。",
 "八、政府性基金预算财政拨款收入支出决算情况说明",
 "本部门2024年度无政府性基金预算财政拨款收入，也未使用政府性基金预算财政拨款安排支出，政府性基金预算财政拨款收入支出决算表为空表。",
 "九、机关运行经费支出说明",
 f"2024年度街道办事处本级机关运行经费支出{w(T['u1_public'])}元，比2023年度801,442.15元减少{w(80144215-T['u1_public'])}元，下降{pct(80144215-T['u1_public'], 80144215)}，主要原因是压减办公费和会议费。综合服务中心为事业单位，不统计机关运行经费。",
 "十、政府采购支出说明",
 f"2024年度政府采购支出总额{w(sum(PROC[k] for k in ('goods','works','services')))}元，其中：政府采购货物支出{w(PROC['goods'])}元、政府采购工程支出0.00元、政府采购服务支出{w(PROC['services'])}元。授予中小企业合同金额{w(PROC['sme'])}元，占政府采购支出总额的{pct(PROC['sme'], sum(PROC[k] for k in ('goods','works','services')))}。",
 "十一、国有资产占用情况说明",
 "截至2024年12月31日，本部门共有车辆3辆，其中：一般公务用车1辆、执法执勤用车2辆；单位价值100万元以上专用设备0台（套）。",
 "十二、预算绩效情况说明",
 "本部门对2024年度2个项目开展了绩效自评，涉及一般公共预算资金4,590,580.00元。其中：辖区环境卫生保洁项目自评得分97.5分，社区治理和服务项目自评得分95.2分，自评结果均为“优”。详见表9项目支出绩效自评表。",
 "第三部分　名词解释",
 "1．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
 "2．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
 "3．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]
for i, line in enumerate(prose, 1):
    c = ws.cell(row=i, column=1, value=line); c.alignment = Alignment(wrap_text=True, vertical="top")
    if i == 1: c.font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 120
def sheet(name, title, header_rows, rows, widths, note=None):
    s = wb.create_sheet(name)
    s.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    s.cell(row=2, column=1, value=f"部门：{ORG}")
    s.cell(row=2, column=len(widths), value="单位：元")
    r = 3
    for hr in header_rows:
        for j, v in enumerate(hr, 1): s.cell(row=r, column=j, value=v).font = Font(bold=True)
        r += 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = s.cell(row=r, column=j, value=v)
            if isinstance(v, float): c.number_format = "#,##0.00"
        r += 1
    if note: s.cell(row=r + 1, column=1, value=note)
    for j, wd in enumerate(widths, 1): s.column_dimensions[chr(64 + j)].width = wd
    return s
f = lambda v: round(v / 100, 2)
def code3(k): return [k[:3], k[3:5] if len(k) > 3 else "", k[5:] if len(k) > 5 else ""]
# 表1
left = [("一、一般公共预算财政拨款收入", T["gp_income"]), ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
        ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", OTHER_INCOME)]
right = [(f"{['一','二','三','四','五','六'][i]}、{cls(c)}", sum(SR[c])) for i, c in enumerate(sorted(c for c in SR if len(c) == 3))]
rows = []
for i in range(8):
    a = left[i]; b = right[i] if i < len(right) else ("", None)
    rows.append([a[0], i + 1, f(a[1]), b[0], (i + 29) if b[0] else "", f(b[1]) if b[1] is not None else ""])
rows += [["本年收入合计", 9, f(T["income"]), "本年支出合计", 37, f(T["spend"])],
         ["使用非财政拨款结余", 10, 0.0, "结余分配", 38, 0.0],
         ["年初结转和结余", 11, f(CARRY_IN), "年末结转和结余", 39, f(CARRY_OUT)],
         ["总计", 12, f(T["grand"]), "总计", 40, f(T["grand"])]]
sheet("表1收入支出决算总表", "收入支出决算总表", [["收入", "", "", "支出", "", ""], ["项目", "行次", "决算数", "项目", "行次", "决算数"]], rows, [34, 6, 16, 34, 6, 16])
# 表2 收入决算表 (by unit)
rows = [["合计", f(T["income"]), f(T["gp_income"]), 0.0, 0.0, f(OTHER_INCOME)],
        [U1, f(T["u1_gp"]), f(T["u1_gp"]), 0.0, 0.0, 0.0],
        [U2, f(T["u2_gp"] + OTHER_INCOME), f(T["u2_gp"]), 0.0, 0.0, f(OTHER_INCOME)]]
sheet("表2收入决算表", "收入决算表", [["单位名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "其他收入"]], rows, [36, 16, 16, 14, 12, 14])
# 表3 支出决算表 (功能分类, all funds)
rows = [["", "", "", "合计", f(T["spend"]), f(T["basic"]), f(T["proj"])]]
for c in sorted(SR): rows.append(code3(c) + [cls(c), f(sum(SR[c])), f(SR[c][0]), f(SR[c][1])])
sheet("表3支出决算表", "支出决算表", [["科目编码", "", "", "科目名称", "本年支出合计", "基本支出", "项目支出"], ["类", "款", "项", "", "", "", ""]], rows, [6, 6, 6, 40, 16, 16, 16])
# 表4 财政拨款收入支出决算总表
rows = [["一、一般公共预算财政拨款", 1, f(T["gp_income"]), "一、一般公共预算财政拨款支出", f(T["gp_spend"])],
        ["二、政府性基金预算财政拨款", 2, 0.0, "二、政府性基金预算财政拨款支出", 0.0],
        ["三、国有资本经营预算财政拨款", 3, 0.0, "三、国有资本经营预算财政拨款支出", 0.0],
        ["本年收入合计", 4, f(T["gp_income"]), "本年支出合计", f(T["gp_spend"])],
        ["年初财政拨款结转和结余", 5, f(CARRY_IN), "年末财政拨款结转和结余", f(CARRY_OUT)],
        ["总计", 6, f(T["gp_income"] + CARRY_IN), "总计", f(T["gp_spend"] + CARRY_OUT)]]
sheet("表4财政拨款收入支出决算总表", "财政拨款收入支出决算总表", [["收入", "行次", "决算数", "支出", "决算数"]], rows, [30, 6, 16, 34, 16])
# 表5 一般公共预算财政拨款支出决算表 (年初预算, 调整预算, 决算)
BR = roll({k: list(v) for k, v in BUDGET.items()})
rows = [["", "", "", "合计", f(sum(b[0] for b in BUDGET.values())), f(sum(b[1] for b in BUDGET.values())), f(T["gp_spend"]), f(T["basic"]), f(T["proj_gp"])]]
for c in sorted(GR): rows.append(code3(c) + [cls(c), f(BR[c][0]), f(BR[c][1]), f(sum(GR[c])), f(GR[c][0]), f(GR[c][1])])
sheet("表5一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表",
      [["科目编码", "", "", "科目名称", "年初预算", "调整预算", "决算数", "", ""], ["类", "款", "项", "", "", "", "小计", "基本支出", "项目支出"]], rows, [6, 6, 6, 40, 16, 16, 16, 16, 16])
# 表6 基本支出 (经济分类) 人员经费 | 公用经费 side by side
pers = [("301", "工资福利支出", sum(ECON[k][1] + ECON[k][2] for k in PERSON if k.startswith("301")))] + \
       [(k, ECON[k][0], ECON[k][1] + ECON[k][2]) for k in PERSON if k.startswith("301")] + \
       [("303", "对个人和家庭的补助", sum(ECON[k][1] + ECON[k][2] for k in PERSON if k.startswith("303")))] + \
       [(k, ECON[k][0], ECON[k][1] + ECON[k][2]) for k in PERSON if k.startswith("303")]
pub = [("302", "商品和服务支出", T["public"])] + [(k, ECON[k][0], ECON[k][1] + ECON[k][2]) for k in PUBLIC]
rows = []
for i in range(max(len(pers), len(pub))):
    a = pers[i] if i < len(pers) else ("", "", None); b = pub[i] if i < len(pub) else ("", "", None)
    rows.append([a[0], a[1], f(a[2]) if a[2] is not None else "", b[0], b[1], f(b[2]) if b[2] is not None else ""])
rows.append(["人员经费合计", "", f(T["person"]), "公用经费合计", "", f(T["public"])])
sheet("表6一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表",
      [["人员经费", "", "", "公用经费", "", ""], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]], rows, [10, 30, 16, 10, 30, 16])
# 表7 三公
bud = sum(SANGONG_BUDGET.values())
rows = [["预算数", f(bud), 0.0, f(SANGONG_BUDGET["运行"]), 0.0, f(SANGONG_BUDGET["运行"]), f(SANGONG_BUDGET["接待"])],
        ["决算数", f(T["sangong"]), 0.0, f(ECON["30231"][1]), 0.0, f(ECON["30231"][1]), f(ECON["30217"][1])]]
s7 = sheet("表7财政拨款三公经费支出决算表", "财政拨款“三公”经费支出决算表",
      [["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"], ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]], rows, [10, 14, 16, 18, 16, 18, 14])
for i, (k, v) in enumerate([("公务用车保有量（辆）", 3), ("国内公务接待批次（个）", 23), ("国内公务接待人次（人）", 186)]):
    s7.cell(row=8 + i, column=1, value=k); s7.cell(row=8 + i, column=2, value=v)
# 表8 政府性基金 (empty)
sheet("表8政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收入支出决算表",
      [["科目编码", "", "", "科目名称", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"], ["类", "款", "项", "", "", "", "", ""]],
      [["", "", "", "合计", "", "", "", ""]], [6, 6, 6, 30, 16, 14, 14, 16], note="注：本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。")
# 表9 绩效自评
s = wb.create_sheet("表9项目支出绩效自评表")
s.cell(row=1, column=1, value="项目支出绩效自评表（2024年度）").font = Font(bold=True, size=13)
s.cell(row=2, column=1, value=f"部门：{ORG}"); s.cell(row=2, column=7, value="单位：元")
P = [("辖区环境卫生保洁项目", U1, BUDGET["2120501"], sum(G["2120501"]), "9.53",
      "完成辖区主次干道及背街小巷日常保洁，垃圾日产日清，保持市容环境整洁。", "全年完成保洁面积88.6万平方米，垃圾日产日清，第四季度保洁服务费按合同次年结算。",
      [("产出指标", "数量指标", "保洁道路面积", "≥86万平方米", "88.6万平方米", "20", "20", ""),
       ("产出指标", "数量指标", "生活垃圾日清运量", "≥45吨", "47.2吨", "10", "10", ""),
       ("产出指标", "质量指标", "道路保洁达标率", "≥95%", "96.8%", "10", "10", ""),
       ("产出指标", "时效指标", "垃圾日产日清率", "100%", "100%", "10", "10", ""),
       ("产出指标", "成本指标", "每平方米年保洁成本", "≤3.3元", "3.09元", "10", "9", "第四季度费用尚未结算"),
       ("效益指标", "社会效益指标", "市容环境投诉办结率", "≥98%", "99.1%", "20", "19", ""),
       ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92.4%", "10", "9.97", "")], "97.5"),
     ("社区治理和服务项目", U1, BUDGET["2080208"], sum(G["2080208"]), "9.71",
      "保障8个社区开展议事协商、邻里服务和社区工作者培训，提升社区治理水平。", "8个社区全部开展议事协商，社区工作者培训262人次，举办社区服务活动103场。",
      [("产出指标", "数量指标", "覆盖社区数", "8个", "8个", "15", "15", ""),
       ("产出指标", "数量指标", "社区工作者培训人次", "≥240人次", "262人次", "15", "15", ""),
       ("产出指标", "数量指标", "社区服务活动场次", "≥96场", "103场", "15", "15", ""),
       ("产出指标", "时效指标", "资金拨付及时率", "≥95%", "97.07%", "15", "13.5", "部分议事协商经费结转下年"),
       ("效益指标", "社会效益指标", "居民议事事项办结率", "≥90%", "93%", "20", "17", ""),
       ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "91.6%", "10", "9.99", "")], "95.2")]
r = 4
for name, unit, (b0, b1), spent, sc, goal, done, inds, total in P:
    for row in [["项目名称", name, "", "实施单位", unit], ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                ["年度资金总额", f(b0), f(b1), f(spent), 10, pct(spent, b1), sc], ["其中：本年财政拨款", f(b0), f(b1), f(spent), "", "", ""],
                ["年度总体目标", "预期目标", goal, "实际完成情况", done],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]] + \
               [list(x) for x in inds] + [["总分", "", "", "", "", "100", total, ""], []]:
        for j, v in enumerate(row, 1):
            c = s.cell(row=r, column=j, value=v)
            if isinstance(v, float): c.number_format = "#,##0.00"
        r += 1
for j, wd in enumerate([16, 16, 22, 16, 16, 10, 10, 24], 1): s.column_dimensions[chr(64 + j)].width = wd
import datetime; wb.properties.created = wb.properties.modified = datetime.datetime(2025, 8, 20, 9, 30)
wb.properties.title = f"{ORG}2024年度部门决算"; wb.properties.creator = "鹭湖街道办事处财政所"
wb.save(OUT)
print("wrote", OUT)
