"""Write docs/E-qiyuan-scjgj-2024-bmjs.html (invented 市场监督管理局 2024年度部门决算, one HTML page)."""
import html, os
from e_data import *
d = compute(); check(d)
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), "docs", "E-qiyuan-scjgj-2024-bmjs.html")
w = lambda v: f"{v/1e6:,.2f}"            # 万元
y = lambda v: f"{v/100:,.2f}"            # 元
pct = lambda a, b: f"{a*100/b:.2f}"
f, nf, e = d["f"], d["nf"], d["econ"]
PLANT_JD = "5.86"   # planted: table says 56,800.00 元 = 5.68 万元
B = []
def p(t): B.append(f"<p>{html.escape(t)}</p>")
def h(t, lvl=3): B.append(f"<h{lvl}>{html.escape(t)}</h{lvl}>")
def cell(c, tag="td"):
    if isinstance(c, tuple):
        txt, attrs = c
        return f"<{tag}{attrs}>{html.escape(str(txt))}</{tag}>"
    return f"<{tag}>{html.escape(str(c))}</{tag}>"
def table(title, unit, head, rows, note=None):
    h(title, 4)
    p(f"编制单位：{DEPT}　　　　{unit}")
    B.append('<table border="1" cellspacing="0" cellpadding="4">')
    for r in head: B.append("<tr>" + "".join(cell(c, "th") for c in r) + "</tr>")
    for r in rows: B.append("<tr>" + "".join(cell(c) for c in r) + "</tr>")
    B.append("</table>")
    if note: p(note)
def rs(t, n): return (t, f' rowspan="{n}"')
def cs(t, n): return (t, f' colspan="{n}"')
def fsum(code, i=None, src=None):
    src = src or f
    return sum((v[i] if i is not None else sum(v)) for c, v in src.items() if c.startswith(code))
def allf(code): return fsum(code) + fsum(code, src=nf)
S = [sum(x.values()) for x in STAFF]
bz = sum(s["bz"] for s in STAFF); sy = sum(s["sy"] for s in STAFF); tx = sum(s["tx"] for s in STAFF)
sg = d["sg"]; sgb = SG_BUDGET

B.append(f"<h2>{DEPT}2024年度部门决算</h2>")
h("第一部分　部门概况")
p("一、主要职责")
p(f"{DEPT}是市政府工作部门，主要职责是：负责市场综合监督管理，起草有关地方性法规草案和政府规章草案；负责市场主体统一登记注册；"
  "负责组织和指导市场监管综合执法工作；负责反垄断统一执法的配合工作和规范维护市场秩序；负责宏观质量管理、产品质量安全监督管理和特种设备安全监督管理；"
  "负责食品安全监督管理综合协调和食品安全监督管理；负责药品、化妆品、医疗器械零售和使用环节的质量监督管理；负责计量、标准化、认证认可和检验检测的监督管理；"
  "负责知识产权保护和消费者权益保护；完成市委、市政府交办的其他任务。")
p("二、部门决算单位构成")
p(f"纳入本部门2024年度部门决算编制范围的单位共4个，分别是：{U[0]}（{UKIND[0]}）、{U[1]}（{UKIND[1]}）、{U[2]}（{UKIND[2]}）、{U[3]}（{UKIND[3]}）。"
  "局机关内设办公室、综合规划科、登记注册科、信用监督管理科、食品安全协调科、食品生产流通科、餐饮服务监管科、药品医疗器械监管科、特种设备安全监察科、"
  "质量发展与标准计量科、知识产权保护科、消费者权益保护科、法规科13个科室。")
p("三、人员情况")
p(f"截至2024年12月31日，本部门核定编制{bz}名，其中局机关{STAFF[0]['bz']}名、检验检测中心{STAFF[1]['bz']}名、稽查支队{STAFF[2]['bz']}名、信息中心{STAFF[3]['bz']}名；"
  f"实有在职人员{sy}人（局机关{STAFF[0]['sy']}人、检验检测中心{STAFF[1]['sy']}人、稽查支队{STAFF[2]['sy']}人、信息中心{STAFF[3]['sy']}人）；离退休人员{tx}人。")
h("第二部分　2024年度部门决算情况说明")
p("一、收入支出决算总体情况说明")
p(f"2024年度收入总计{w(d['grand'])}万元，支出总计{w(d['grand'])}万元。与2023年度相比，收、支总计各增加{w(d['grand']-PREV['total'])}万元，"
  f"增长{pct(d['grand']-PREV['total'], PREV['total'])}%。主要原因：一是食品安全监督抽检批次增加，抽检监测经费相应增加；二是检验检测中心购置检验设备，项目支出增加；"
  "三是稽查支队更新执法车辆1辆。")
p("二、收入决算情况说明")
p(f"2024年度本年收入合计{w(d['in_total'])}万元，其中：一般公共预算财政拨款收入{w(d['fin_total_in'])}万元，占{pct(d['fin_total_in'], d['in_total'])}%；"
  f"事业收入{w(sum(SHIYE))}万元，占{pct(sum(SHIYE), d['in_total'])}%，为检验检测中心开展委托检验取得的收入；其他收入{w(sum(OTHER_IN))}万元，占{pct(sum(OTHER_IN), d['in_total'])}%；"
  f"无政府性基金预算财政拨款收入、国有资本经营预算财政拨款收入、上级补助收入、经营收入和附属单位上缴收入。此外，年初结转和结余{w(d['carry_in'])}万元。")
p("三、支出决算情况说明")
p(f"2024年度本年支出合计{w(d['spend'])}万元，其中：基本支出{w(d['basic'])}万元，占{pct(d['basic'], d['spend'])}%；项目支出{w(d['proj'])}万元，"
  f"占{pct(d['proj'], d['spend'])}%。年末结转和结余{w(d['carry_out'])}万元，主要是食品安全监督抽检监测项目和智慧市场监管平台运维项目按合同进度尚未支付的资金。")
p("四、财政拨款收入支出决算总体情况说明")
p(f"2024年度财政拨款收入总计{w(d['fin_total_in']+sum(CARRY_IN_FIN))}万元，其中本年一般公共预算财政拨款收入{w(d['fin_total_in'])}万元，年初财政拨款结转和结余{w(sum(CARRY_IN_FIN))}万元；"
  f"财政拨款支出总计{w(d['fin_total_in']+sum(CARRY_IN_FIN))}万元，其中本年财政拨款支出{w(d['fin_spend'])}万元，年末财政拨款结转和结余{w(sum(CARRY_OUT_FIN))}万元。")
b0 = sum(d["b0"].values()); b1 = sum(d["b1"].values())
p("五、一般公共预算财政拨款支出决算情况说明")
p(f"2024年度一般公共预算财政拨款支出年初预算为{w(b0)}万元，调整预算为{w(b1)}万元，支出决算为{w(d['fin_spend'])}万元，完成调整预算的{pct(d['fin_spend'], b1)}%。"
  f"调整预算比年初预算增加{w(b1-b0)}万元，主要原因：一是上年结转的食品安全监督抽检监测资金{w(sum(CARRY_IN_FIN))}万元在年中列入调整预算；二是落实工资调整政策，人员经费相应追加；"
  f"三是市场秩序综合执法专项追加执法车辆更新资金。决算数小于调整预算数{w(b1-d['fin_spend'])}万元，主要原因是食品安全监督抽检监测项目部分批次检验费用按合同于次年结算（{w(CARRY_OUT_FIN[0])}万元），"
  f"智慧市场监管平台运维项目尾款待验收后支付（{w(CARRY_OUT_FIN[3])}万元）。")
cls = [("201", "一般公共服务支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("221", "住房保障支出")]
p("从支出结构看，" + "；".join(f"{n}（类）{w(fsum(c))}万元，占{pct(fsum(c), d['fin_spend'])}%" for c, n in cls) + "。")
p(f"其中，一般公共服务支出（类）市场监督管理事务（款）食品安全监管（项）决算数为{w(fsum('2013816'))}万元，年初预算为{w(d['b0']['2013816'])}万元，调整预算为{w(d['b1']['2013816'])}万元，"
  "决算数大于年初预算数的主要原因是上年结转资金在本年使用。")
p("六、一般公共预算财政拨款基本支出决算情况说明")
p(f"2024年度一般公共预算财政拨款基本支出{w(d['person']+d['public'])}万元，其中：人员经费{w(d['person'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
  f"机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出；公用经费{w(d['public'])}万元，主要包括办公费、水费、电费、"
  "邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。")
p("七、财政拨款“三公”经费支出决算情况说明")
p(f"2024年度财政拨款“三公”经费支出预算为{w(sgb['total'])}万元，支出决算为{w(sg['total'])}万元，完成预算的{pct(sg['total'], sgb['total'])}%，"
  f"比2023年度决算{w(SG_PREV['total'])}万元减少{w(SG_PREV['total']-sg['total'])}万元，下降{pct(SG_PREV['total']-sg['total'], SG_PREV['total'])}%。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务用车运行和公务接待支出。")
p("1.因公出国（境）费支出决算为0万元，与预算持平。全年未安排因公出国（境）团组。")
p(f"2.公务用车购置及运行维护费支出决算为{w(sg['gz']+sg['yx'])}万元，完成预算的{pct(sg['gz']+sg['yx'], sgb['gz']+sgb['yx'])}%。其中：公务用车购置费{w(sg['gz'])}万元，"
  f"为稽查支队更新执法执勤用车1辆（原车辆已达报废标准）；公务用车运行维护费{w(sg['yx'])}万元，主要用于执法执勤用车和特种专业技术用车的燃料费、维修费、过路过桥费、保险费等，"
  f"比2023年度减少{w(SG_PREV['yx']-sg['yx'])}万元。截至2024年12月31日，公务用车保有量{CARS['hold']}辆，其中执法执勤用车{CARS['zf']}辆、特种专业技术用车{CARS['tz']}辆、一般公务用车{CARS['yb']}辆。")
p(f"3.公务接待费支出决算为{PLANT_JD}万元，完成预算的{pct(sg['jd'], sgb['jd'])}%，比2023年度减少{w(SG_PREV['jd']-sg['jd'])}万元。全年国内公务接待{RECEP['pc']}批次、{RECEP['rc']}人次，"
  "主要为接待上级部门督查检查、兄弟城市考察交流食品安全监管工作；未发生外事接待。")
p("八、政府性基金预算支出决算情况说明")
p("本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余。")
p("九、其他重要事项的情况说明")
p(f"（一）机关运行经费支出情况。2024年度本部门局机关和稽查支队（行政单位和参照公务员法管理的事业单位）机关运行经费支出{w(d['runexp'])}万元，"
  f"比2023年度增加{w(d['runexp']-PREV['runexp'])}万元，增长{pct(d['runexp']-PREV['runexp'], PREV['runexp'])}%，主要原因是车改后其他交通费用和办公场所电费增加。")
p(f"（二）政府采购支出情况。2024年度本部门政府采购支出总额{y(d['cg_total'])}元，其中：政府采购货物支出{y(d['cg_goods'])}元、政府采购工程支出{y(d['cg_works'])}元、"
  f"政府采购服务支出{y(d['cg_serv'])}元。授予中小企业合同金额{y(d['cg_sme'])}元，占政府采购支出总额的{pct(d['cg_sme'], d['cg_total'])}%。")
p(f"（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆{CARS['hold']}辆，其中执法执勤用车{CARS['zf']}辆、特种专业技术用车{CARS['tz']}辆、一般公务用车{CARS['yb']}辆；"
  f"单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备{ASSET['equip50']}台（套），均为检验检测中心的检测仪器。")
p("（四）预算绩效情况说明。本部门对2024年度部门整体支出开展了绩效自评，自评得分96.4分，等级为“优”。全年完成食品安全监督抽检4326批次，"
  "投诉举报按时办结率99.2%，特种设备定期检验率97.6%。存在的问题：个别项目资金支付进度偏慢，年末形成结转。下一步将加强项目前期论证，加快预算执行。")
h("第三部分　名词解释")
p("1.财政拨款收入：指本级财政当年拨付的资金。2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。3.年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。"
  "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"
  "6.“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。7.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项资金。")
h("第四部分　2024年度部门决算表")
W = "金额单位：万元"
# 表1 收入支出决算总表
L = [("一、一般公共预算财政拨款收入", d["fin_total_in"]), ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
     ("四、上级补助收入", 0), ("五、事业收入", sum(SHIYE)), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", sum(OTHER_IN))]
R = [("一、一般公共服务支出", fsum("201") + fsum("201", src=nf)), ("二、社会保障和就业支出", allf("208")), ("三、卫生健康支出", allf("210")), ("四、住房保障支出", allf("221"))]
rows = []
for i in range(8):
    l = L[i]; r = R[i] if i < len(R) else ("", None)
    rows.append([l[0], str(i + 1), w(l[1]), r[0], str(i + 33) if r[0] else "", w(r[1]) if r[1] is not None else ""])
rows += [["本年收入合计", "9", w(d["in_total"]), "本年支出合计", "41", w(d["spend"])],
         ["使用非财政拨款结余", "10", "0.00", "结余分配", "42", "0.00"],
         ["年初结转和结余", "11", w(d["carry_in"]), "年末结转和结余", "43", w(d["carry_out"])],
         ["总计", "12", w(d["grand"]), "总计", "44", w(d["grand"])]]
table("表1　收入支出决算总表", W, [[cs("收入", 3), cs("支出", 3)], ["项目", "行次", "金额", "项目", "行次", "金额"]], rows)
# 表2 收入决算表 (by unit)
rows = []
for u in range(4):
    rows.append([U[u], w(d["unit_in"][u]), w(d["fin_in"][u]), "0.00", "0.00", w(SHIYE[u]), "0.00", "0.00", w(OTHER_IN[u])])
rows.insert(0, ["合计", w(d["in_total"]), w(d["fin_total_in"]), "0.00", "0.00", w(sum(SHIYE)), "0.00", "0.00", w(sum(OTHER_IN))])
table("表2　收入决算表", W, [[rs("单位名称", 2), rs("本年收入合计", 2), cs("财政拨款收入", 2), rs("上级补助收入", 2), rs("事业收入", 2), rs("经营收入", 2),
      rs("附属单位上缴收入", 2), rs("其他收入", 2)], ["小计", "其中：政府性基金预算财政拨款"]],
      [[r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]] for r in rows])
# 表3 支出决算表 (all funds, 功能分类)
CODES = ["201", "20138"] + [c for c in LEAVES if c.startswith("20138")] + ["208", "20805", "2080505", "2080506", "210", "21011", "2101101", "2101102", "221", "22102", "2210201"]
def rowvals(c, src_list):
    pers = sum(fsum(c, 0, s) for s in src_list); pub = sum(fsum(c, 1, s) for s in src_list); pr = sum(fsum(c, 2, s) for s in src_list)
    return pers, pub, pr
rows = [["", "合计", w(d["spend"]), w(d["basic"]), w(sum(v[0] for v in f.values()) + sum(v[0] for v in nf.values())),
         w(sum(v[1] for v in f.values()) + sum(v[1] for v in nf.values())), w(d["proj"])]]
for c in CODES:
    pe, pu, pr = rowvals(c, [f, nf])
    rows.append([c, FNAME[c], w(pe + pu + pr), w(pe + pu), w(pe), w(pu), w(pr)])
table("表3　支出决算表", W, [[cs("项目", 2), rs("本年支出合计", 3), cs("基本支出", 3), rs("项目支出", 3)],
      [rs("支出功能分类科目编码", 2), rs("科目名称", 2), rs("小计", 2), cs("其中", 2)], ["人员经费", "公用经费"]], rows)
# 表4 财政拨款收入支出决算总表
rows = [["一、一般公共预算财政拨款", "1", w(d["fin_total_in"]), "一、一般公共服务支出", "29", w(fsum("201")), w(fsum("201")), "0.00"],
        ["二、政府性基金预算财政拨款", "2", "0.00", "二、社会保障和就业支出", "30", w(fsum("208")), w(fsum("208")), "0.00"],
        ["三、国有资本经营预算财政拨款", "3", "0.00", "三、卫生健康支出", "31", w(fsum("210")), w(fsum("210")), "0.00"],
        ["", "", "", "四、住房保障支出", "32", w(fsum("221")), w(fsum("221")), "0.00"],
        ["本年收入合计", "4", w(d["fin_total_in"]), "本年支出合计", "33", w(d["fin_spend"]), w(d["fin_spend"]), "0.00"],
        ["年初财政拨款结转和结余", "5", w(sum(CARRY_IN_FIN)), "年末财政拨款结转和结余", "34", w(sum(CARRY_OUT_FIN)), w(sum(CARRY_OUT_FIN)), "0.00"],
        ["一般公共预算财政拨款", "6", w(sum(CARRY_IN_FIN)), "", "", "", "", ""],
        ["总计", "8", w(d["fin_total_in"] + sum(CARRY_IN_FIN)), "总计", "35", w(d["fin_spend"] + sum(CARRY_OUT_FIN)), w(d["fin_spend"] + sum(CARRY_OUT_FIN)), "0.00"]]
table("表4　财政拨款收入支出决算总表", W, [[cs("收入", 3), cs("支出", 5)], [rs("项目", 2), rs("行次", 2), rs("金额", 2), rs("项目", 2), rs("行次", 2), cs("金额", 3)],
      ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]], rows)
# 表5 一般公共预算财政拨款支出决算表
def b(c, k): return sum(v for cc, v in d[k].items() if cc.startswith(c))
rows = [["", "合计", w(b0), w(b1), w(d["fin_spend"]), w(d["person"] + d["public"]), w(fsum("", 2)), pct(d["fin_spend"], b1)]]
for c in CODES:
    tot = fsum(c); rows.append([c, FNAME[c], w(b(c, "b0")), w(b(c, "b1")), w(tot), w(fsum(c, 0) + fsum(c, 1)), w(fsum(c, 2)), pct(tot, b(c, "b1"))])
table("表5　一般公共预算财政拨款支出决算表", W, [[cs("项目", 2), rs("年初预算数", 2), rs("调整预算数", 2), cs("决算数", 3), rs("决算数占调整预算数%", 2)],
      ["支出功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"]], rows)
# 表6 基本支出决算表
pe = sorted(k for k in e if PERSON(k)); pu = sorted(k for k in e if not PERSON(k))
rows = []
for i in range(max(len(pe), len(pu))):
    l = [pe[i], ECON[pe[i]], w(e[pe[i]])] if i < len(pe) else ["", "", ""]
    r = [pu[i], ECON[pu[i]], w(e[pu[i]])] if i < len(pu) else ["", "", ""]
    rows.append(l + r)
rows.append(["", "人员经费合计", w(d["person"]), "", "公用经费合计", w(d["public"])])
table("表6　一般公共预算财政拨款基本支出决算表", W, [[cs("人员经费", 3), cs("公用经费", 3)], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]], rows)
# 表7 三公
table("表7　财政拨款“三公”经费支出决算表", "单位：元",
      [[cs("预算数", 6), cs("决算数", 6)],
       [rs("合计", 2), rs("因公出国（境）费", 2), cs("公务用车购置及运行费", 3), rs("公务接待费", 2)] * 2,
       ["小计", "公务用车购置费", "公务用车运行费"] * 2],
      [[y(sgb["total"]), y(0), y(sgb["gz"] + sgb["yx"]), y(sgb["gz"]), y(sgb["yx"]), y(sgb["jd"]),
        y(sg["total"]), y(0), y(sg["gz"] + sg["yx"]), y(sg["gz"]), y(sg["yx"]), y(sg["jd"])]],
      note=f"注：2024年度因公出国（境）团组0个、0人次；公务用车购置数{CARS['buy']}辆，公务用车保有量{CARS['hold']}辆；国内公务接待{RECEP['pc']}批次、{RECEP['rc']}人次；国（境）外公务接待0批次。")
# 表8 政府性基金
table("表8　政府性基金预算财政拨款收入支出决算表", W, [[cs("项目", 2), rs("年初结转和结余", 2), rs("本年收入", 2), cs("本年支出", 3), rs("年末结转和结余", 2)],
      ["支出功能分类科目编码", "科目名称", "小计", "基本支出", "项目支出"]], [["", "合计", "", "", "", "", "", ""]],
      note="注：本部门2024年度没有政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。")
# 表9 政府采购支出表 (元)
rows = [[U[u], y(CG[u][0]), y(CG[u][1]), y(CG[u][2]), y(d["cg"][u]), y(CG[u][3])] for u in range(4)]
rows.insert(0, ["合计", y(d["cg_goods"]), y(d["cg_works"]), y(d["cg_serv"]), y(d["cg_total"]), y(d["cg_sme"])])
table("表9　政府采购支出情况表", "单位：元", [[rs("单位名称", 2), cs("实际采购金额", 4), rs("授予中小企业合同金额", 2)], ["货物", "工程", "服务", "合计"]], rows)
# 表10 部门整体支出绩效自评表
h("表10　2024年度部门整体支出绩效自评表", 4)
p(f"部门名称：{DEPT}　　　　金额单位：万元")
B.append('<table border="1" cellspacing="0" cellpadding="4">')
B.append("<tr>" + cell(rs("年度预算执行情况", 2), "th") + cell("年初预算数", "th") + cell("全年预算数", "th") + cell("全年执行数", "th") + cell("分值", "th") + cell("执行率", "th") + cell("得分", "th") + "</tr>")
B.append("<tr>" + "".join(cell(x) for x in [w(b0), w(b1), w(d["fin_spend"]), "10", pct(d["fin_spend"], b1) + "%", "9.9"]) + "</tr>")
B.append("<tr>" + cell(cs("一级指标", 1), "th") + "".join(cell(x, "th") for x in ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]) + "</tr>")
IND = [("产出指标", "数量指标", "食品安全监督抽检批次", "≥4000批次", "4326批次", "20", "20"),
       ("产出指标", "数量指标", "特种设备定期检验率", "≥95%", "97.6%", "15", "15"),
       ("产出指标", "质量指标", "投诉举报按时办结率", "≥98%", "99.2%", "15", "15"),
       ("产出指标", "时效指标", "企业开办办理时限", "≤1个工作日", "0.5个工作日", "10", "10"),
       ("效益指标", "社会效益指标", "食品抽检合格率", "≥97%", "97.8%", "15", "15"),
       ("满意度指标", "服务对象满意度指标", "市场主体和消费者满意度", "≥90%", "88.6%", "15", "11.5")]
for r in IND: B.append("<tr>" + "".join(cell(x) for x in r) + "</tr>")
B.append("<tr>" + cell(cs("总分", 5)) + cell("90") + cell("86.5") + "</tr>")
B.append("</table>")
p("注：年度预算执行情况得分9.9分、绩效指标得分86.5分，合计96.4分；满意度指标未达年度指标值，主要原因是部分投诉处理周期较长，已纳入整改。")
doc = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">', f"<title>{DEPT}2024年度部门决算</title>", "</head>", "<body>"] + B + ["</body>", "</html>", ""]
open(OUT, "w", encoding="utf-8").write("\n".join(doc))
print("wrote", OUT)
