"""Write docs/E-qilan-slj-2024-bmjs.docx (OOXML by hand, zipfile) from e_data; also gen/e_text.txt (extracted text)."""
import os, zipfile, re
from xml.sax.saxutils import escape
from e_data import *
d = compute(); check(d)
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "docs", "E-qilan-slj-2024-bmjs.docx")
Y = lambda v: "-" if v == 0 else f"{v/100:,.2f}"       # 元 with separators, zero as -
W = lambda v: f"{v/1e6:,.2f}".replace(",", "")         # 万元 two decimals
P = lambda a, b: f"{a*100/b:.2f}%"
body = []

def run(t, b=False, sz=None):
    r = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>' + ("<w:b/>" if b else "")
    if sz: r += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    return f'<w:r><w:rPr>{r}</w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
def para(t, b=False, sz=None, jc=None, ind=True):
    ppr = '<w:spacing w:line="360" w:lineRule="auto"/>' + (f'<w:jc w:val="{jc}"/>' if jc else ('<w:ind w:firstLineChars="200" w:firstLine="480"/>' if ind else ""))
    body.append(f'<w:p><w:pPr>{ppr}</w:pPr>{run(t, b, sz)}</w:p>')
def h(t, lvl=2):
    para(t, b=True, sz={0: 36, 1: 32, 2: 28}[lvl], jc="center" if lvl < 2 else None, ind=False)
def table(rows, widths, nhead):
    """rows: list of cells; a cell is str or dict(t=, span=, vm='restart'|'cont')."""
    bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
         + "".join(f'<w:gridCol w:w="{q}"/>' for q in widths) + "</w:tblGrid>"]
    for i, r in enumerate(rows):
        col, cs = 0, []
        for c in r:
            c = c if isinstance(c, dict) else {"t": c}
            span = c.get("span", 1); wd = sum(widths[col:col + span]); col += span
            pr = f'<w:tcW w:w="{wd}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
            if c.get("vm") == "restart": pr += '<w:vMerge w:val="restart"/>'
            elif c.get("vm") == "cont": pr += "<w:vMerge/>"
            t = c.get("t", "")
            num = bool(re.fullmatch(r"-?[\d,]+\.\d\d", t))
            jc = "right" if num else ("center" if i < nhead else None)
            content = run(t, i < nhead, 18) if t and c.get("vm") != "cont" else ""
            jcx = ('<w:jc w:val="%s"/>' % jc) if jc else ""
            cs.append(f'<w:tc><w:tcPr>{pr}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>{jcx}</w:pPr>{content}</w:p></w:tc>')
        assert col == len(widths), (rows[i], col, len(widths))
        x.append(("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if i < nhead else "<w:tr>") + "".join(cs) + "</w:tr>")
    x.append("</w:tbl>")
    body.append("".join(x)); body.append("<w:p/>")
def unitline(no, unit="元"):
    para(f"公开{no:02d}表", jc="right", ind=False); para(f"编制单位：{ORG}　　　　　　　　　　　　金额单位：{unit}", ind=False)
R, C = (lambda t="", span=1: {"t": t, "span": span, "vm": "restart"}), (lambda span=1: {"vm": "cont", "span": span})
gp, tot, roll = d["gp"], d["tot_all"], d["roll"]
gpr, allr, basr, prr, budr, gbr = d["gp_roll"], d["all_roll"], d["basic_roll"], d["proj_roll"], d["budget_roll"], d["gpbasic_roll"]
ORDER = ["208", "20805", "2080505", "2080506", "210", "21011", "2101101", "2101102", "213", "21303", "2130301", "2130305",
         "2130306", "2130310", "2130314", "221", "22102", "2210201"]

# ---------------------------------------------------------------- cover, 目录
h(f"{ORG}2024年度部门决算", 0)
para(ORG, jc="center", ind=False); para("二〇二五年九月", jc="center", ind=False)
h("目  录", 1)
for t in ["第一部分  部门概况", "一、部门职责", "二、机构设置", "第二部分  2024年度部门决算情况说明", "一、收入支出决算总体情况说明",
          "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明",
          "六、一般公共预算财政拨款基本支出决算情况说明", "七、项目支出决算情况说明", "八、财政拨款“三公”经费支出决算情况说明",
          "九、机关运行经费支出情况说明", "十、政府采购支出情况说明", "十一、国有资产占用情况说明", "十二、预算绩效情况说明",
          "第三部分  名词解释", "第四部分  2024年度部门决算表"]:
    para(t, b=t.startswith("第"), ind=not t.startswith("第"))
# ---------------------------------------------------------------- 第一部分
h("第一部分  部门概况", 1)
h("一、部门职责")
for t in ["（一）贯彻执行国家和省、市水利工作方针政策和法律法规，组织编制全县水利发展规划和水资源综合规划并监督实施。",
          "（二）负责全县水资源的统一管理和保护，组织实施取水许可、水资源论证和水资源有偿使用制度，指导节约用水工作。",
          "（三）负责全县水利工程建设与运行管理，组织实施小型水库、堤防、水闸等水利工程的除险加固和维修养护。",
          "（四）负责全县水土保持工作，组织实施水土流失综合防治，监督生产建设项目水土保持方案实施。",
          "（五）承担县防汛抗旱指挥部日常工作，组织编制重要河流和水库的防御洪水方案，指导水利工程防汛调度。",
          "（六）完成县委、县政府交办的其他任务。"]:
    para(t)
h("二、机构设置")
s = STAFF
para(f"{ORG}内设办公室、规划计划股、水资源管理股、建设与运行管理股、水旱灾害防御股5个股室。纳入本部门2024年度部门决算编制范围的单位共3个："
     f"{UNITS[0]}，为行政单位；{UNITS[1]}、{UNITS[2]}，均为公益一类事业单位。")
para(f"截至2024年12月31日，本部门编制人数{sum(s['编制'])}人，实有人数{sum(s['实有'])}人，离退休人员{sum(s['离退休'])}人。其中："
     + "；".join(f"{UNITS[i].replace(ORG,'').strip('（）') if i==0 else UNITS[i]}编制{s['编制'][i]}人、实有{s['实有'][i]}人、离退休{s['离退休'][i]}人" for i in range(3)) + "。")
# ---------------------------------------------------------------- 第二部分
h("第二部分  2024年度部门决算情况说明", 1)
h("一、收入支出决算总体情况说明")
inc = d["total"] - LAST_YEAR_TOTAL
para(f"2024年度收入总计{W(d['total'])}万元、支出总计{W(d['total'])}万元，与2023年度相比，收、支总计各增加{W(inc)}万元，增长{P(inc, LAST_YEAR_TOTAL)}。"
     "主要原因是2024年实施小型水库除险加固工程，上级补助资金增加，同时汛期降雨偏多，防汛抗旱支出增加。")
h("二、收入决算情况说明")
para(f"2024年度本年收入合计{W(d['income'])}万元，其中：一般公共预算财政拨款收入{W(d['fiscal_income'])}万元，占{P(d['fiscal_income'], d['income'])}；"
     f"政府性基金预算财政拨款收入0万元；国有资本经营预算财政拨款收入0万元；上级补助收入0万元；事业收入{W(SHIYE)}万元，占{P(SHIYE, d['income'])}，"
     f"为{UNITS[1]}收取的供水水费；经营收入0万元；附属单位上缴收入0万元；其他收入{W(QITA)}万元，占{P(QITA, d['income'])}，主要为局机关收到的银行存款利息和零星收入。"
     f"另有年初结转和结余{W(CARRY_IN)}万元，为上年未完成的小型水库除险加固工程资金。")
h("三、支出决算情况说明")
para(f"2024年度本年支出合计{W(d['spend'])}万元，其中：基本支出{W(d['basic'])}万元，占{P(d['basic'], d['spend'])}；项目支出{W(d['proj'])}万元，"
     f"占{P(d['proj'], d['spend'])}；上缴上级支出、经营支出、对附属单位补助支出均为0万元。年末结转和结余{W(CARRY_OUT)}万元，"
     "为小型水库除险加固工程尚未支付的质保金。")
h("四、财政拨款收入支出决算总体情况说明")
para(f"2024年度财政拨款收入支出决算总计{W(d['fiscal_income'] + CARRY_IN)}万元，全部为一般公共预算财政拨款，与2023年度相比增加{W(d['gp_total'] - LAST_YEAR_GP)}万元（按支出口径），"
     "主要原因是小型水库除险加固工程和坡耕地水土流失综合治理项目资金增加。"
     f"2024年度财政拨款支出{W(d['gp_total'])}万元，年初预算{W(d['budget_total'])}万元，完成年初预算的{P(d['gp_total'], d['budget_total'])}。"
     "决算数大于年初预算数，主要原因是年中追加了中央水利发展资金和防汛抢险资金。")
h("五、一般公共预算财政拨款支出决算情况说明")
para(f"（一）总体情况。2024年度一般公共预算财政拨款支出{W(d['gp_total'])}万元，占本年支出合计的{P(d['gp_total'], d['spend'])}。"
     f"与2023年度相比，一般公共预算财政拨款支出增加{W(d['gp_total'] - LAST_YEAR_GP)}万元，增长{P(d['gp_total'] - LAST_YEAR_GP, LAST_YEAR_GP)}。")
para(f"（二）结构情况。社会保障和就业支出{W(gpr['208'])}万元，占{P(gpr['208'], d['gp_total'])}；卫生健康支出{W(gpr['210'])}万元，占{P(gpr['210'], d['gp_total'])}；"
     f"农林水支出{W(gpr['213'])}万元，占{P(gpr['213'], d['gp_total'])}；住房保障支出{W(gpr['221'])}万元，占{P(gpr['221'], d['gp_total'])}。")
para("（三）具体情况。")
WHY = {"2080505": "决算数大于年初预算数，主要原因是年中调整缴费基数。",
       "2080506": "决算数大于年初预算数，主要原因是年中调整缴费基数。",
       "2101101": "决算数大于年初预算数，主要原因是年中调整缴费基数。",
       "2101102": "决算数大于年初预算数，主要原因是年中调整缴费基数。",
       "2130301": "决算数大于年初预算数，主要原因是年中增加1名遴选人员及调整绩效工资标准。",
       "2130305": "决算数大于年初预算数，主要原因是年中追加中央水利发展资金用于小型水库除险加固。",
       "2130306": "决算数大于年初预算数，主要原因是汛后对3座小型水库闸门启闭设备进行了应急维修。",
       "2130310": "决算数小于年初预算数，主要原因是坡耕地水土流失综合治理项目部分工程量未完成，资金按规定收回。",
       "2130314": "决算数大于年初预算数，主要原因是7月强降雨期间追加防汛抢险物资和抢险队伍经费。",
       "2210201": "决算数大于年初预算数，主要原因是年中调整缴存基数。"}
for i, c in enumerate(LEAVES, 1):
    v = PLANTED[1] if c == PLANTED[0] else gp[c]
    para(f"{i}.{NAMES[c[:3]]}（类）{NAMES[c[:5]]}（款）{NAMES[c]}（项）（{c}）：年初预算为{W(BUDGET[c])}万元，支出决算为{W(v)}万元，"
         f"完成年初预算的{P(gp[c], BUDGET[c])}。{WHY[c]}")
h("六、一般公共预算财政拨款基本支出决算情况说明")
para(f"2024年度一般公共预算财政拨款基本支出{W(d['gp_basic'])}万元，其中：人员经费{W(d['person'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
     "机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、退休费、生活补助；"
     f"公用经费{W(d['public'])}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、"
     "公务用车运行维护费、其他交通费用、其他商品和服务支出。")
h("七、项目支出决算情况说明")
para(f"2024年度项目支出{W(d['proj'])}万元，全部为一般公共预算财政拨款，共3个项目：" +
     "；".join(f"{n}{W(v)}万元，由{u}实施" for n, u, c, v in PROJECTS) + "。")
h("八、财政拨款“三公”经费支出决算情况说明")
sb, sf = d["sg_budget"], d["sg_final"]
para(f"2024年度财政拨款“三公”经费支出年初预算为{W(sb)}万元，支出决算为{W(sf)}万元，完成预算的{P(sf, sb)}。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务用车运行和公务接待支出。其中：")
para("（一）因公出国（境）费支出决算为0万元，年初预算为0万元，本部门2024年度无因公出国（境）团组。")
yx, jd = SANGONG["公务用车运行维护费"], SANGONG["公务接待费"]
para(f"（二）公务用车购置及运行维护费支出决算为{W(yx[1])}万元，完成预算的{P(yx[1], yx[0])}。其中：公务用车购置费0万元，本年度未购置公务用车；"
     f"公务用车运行维护费{W(yx[1])}万元，年初预算{W(yx[0])}万元，主要用于防汛巡查、水库安全检查等工作所需的车辆燃料费、维修费、保险费等。"
     f"截至2024年12月31日，本部门公务用车保有量{sum(CARS)}辆，其中局机关{CARS[0]}辆、水利工程管理站{CARS[1]}辆、水土保持站{CARS[2]}辆。")
para(f"（三）公务接待费支出决算为{W(jd[1])}万元，年初预算{W(jd[0])}万元，完成预算的{P(jd[1], jd[0])}。主要用于上级部门检查指导水利工作及兄弟县市交流学习的接待支出。"
     f"2024年度国内公务接待{RECEPTION[0]}批次、{RECEPTION[1]}人次，无外事接待。")
h("九、机关运行经费支出情况说明")
para(f"2024年度本部门局机关机关运行经费支出{W(JGYX)}万元，比2023年度{W(JGYX_LAST)}万元减少{W(JGYX_LAST - JGYX)}万元，下降{P(JGYX_LAST - JGYX, JGYX_LAST)}，"
     "主要原因是压减办公费和会议费支出。")
h("十、政府采购支出情况说明")
para(f"2024年度本部门政府采购支出总额{W(d['procure'])}万元，其中：政府采购货物支出{W(PROCURE['货物'])}万元、政府采购工程支出{W(PROCURE['工程'])}万元、"
     f"政府采购服务支出{W(PROCURE['服务'])}万元。授予中小企业合同金额{W(PROCURE_SME)}万元，占政府采购支出总额的{P(PROCURE_SME, d['procure'])}。")
h("十一、国有资产占用情况说明")
para(f"截至2024年12月31日，本部门共有车辆{sum(CARS)}辆，其中：一般公务用车{CARS[0]}辆，执法执勤用车0辆，特种专业技术用车{CARS[1] + CARS[2]}辆（防汛抢险及水土保持监测用车）。"
     f"单价50万元以上通用设备0台（套），单价50万元以上专用设备{EQUIP_50}台（套），为水土保持监测无人机系统。")
h("十二、预算绩效情况说明")
para(f"2024年度本部门对{len(PROJECTS)}个项目开展了绩效自评，涉及资金{W(d['proj'])}万元，自评覆盖率100%。其中，{PERF[0]}项目全年预算数{W(d['proj_by_code']['2130305'] + CARRY_OUT)}万元"
     f"（含上年结转{W(CARRY_IN)}万元），执行数{W(d['proj_by_code']['2130305'])}万元，执行率{P(d['proj_by_code']['2130305'], d['proj_by_code']['2130305'] + CARRY_OUT)}，完成除险加固小型水库4座，综合评价得分{PERF[1]}分，评价等级为“优”。"
     "存在的问题是部分工程质保金尚未支付，下一步将加快工程竣工验收和资金结算。")
h("第三部分  名词解释", 1)
for t in ["（一）财政拨款收入：指县级财政当年拨付的资金。", "（二）事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
          "（三）年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
          "（四）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "（五）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "（六）“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
          "（七）机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。"]:
    para(t)
# ---------------------------------------------------------------- 第四部分 tables
h("第四部分  2024年度部门决算表", 1)
# 表1 收入支出决算总表
h("一、收入支出决算总表"); unitline(1)
L = [("一、一般公共预算财政拨款收入", d["fiscal_income"]), ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
     ("四、上级补助收入", 0), ("五、事业收入", SHIYE), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", QITA)]
Rr = [("一、社会保障和就业支出", allr["208"]), ("二、卫生健康支出", allr["210"]), ("三、农林水支出", allr["213"]), ("四、住房保障支出", allr["221"])]
rows = [[{"t": "收入", "span": 3}, {"t": "支出", "span": 3}], ["项目", "行次", "决算数", "项目", "行次", "决算数"]]
for i in range(8):
    a = L[i]; b = Rr[i] if i < len(Rr) else ("", None)
    rows.append([a[0], str(i + 1), Y(a[1]), b[0], str(i + 9) if b[0] else "", Y(b[1]) if b[1] is not None else ""])
rows += [["本年收入合计", "13", Y(d["income"]), "本年支出合计", "16", Y(d["spend"])],
         ["年初结转和结余", "14", Y(CARRY_IN), "年末结转和结余", "17", Y(CARRY_OUT)],
         ["总计", "15", Y(d["total"]), "总计", "18", Y(d["total"])]]
table(rows, [2600, 500, 1500, 2600, 500, 1500], 2)
# 表2 收入决算表 (类/款/项 split into three columns)
h("二、收入决算表"); unitline(2)
heads = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
rows = [[{"t": "项目", "span": 4}] + [R(x) for x in heads],
        ["类", "款", "项", "科目名称"] + [C() for _ in heads]]
fis_by_code = dict(gp); fis_by_code["2130305"] -= CARRY_IN - CARRY_OUT   # this year's 财政拨款收入 by code
# income by code: 财政 (this year's), 事业收入 -> 2130306, 其他 -> 2130301
for c in ORDER:
    def sumc(m): return sum(v for k, v in m.items() if k.startswith(c))
    f = sumc(fis_by_code); sy = SHIYE if "2130306".startswith(c) else 0; qt = QITA if "2130301".startswith(c) else 0
    rows.append([c[:3], c[3:5] if len(c) >= 5 else "", c[5:] if len(c) == 7 else "", NAMES[c], Y(f + sy + qt), Y(f), "-", Y(sy), "-", "-", Y(qt)])
rows.append([{"t": "合计", "span": 4}, Y(d["income"]), Y(d["fiscal_income"]), "-", Y(SHIYE), "-", "-", Y(QITA)])
table(rows, [450, 450, 450, 2200, 1250, 1250, 800, 1000, 700, 800, 900], 2)
# 表3 支出决算表 — continues on a second table after 「续表」
h("三、支出决算表"); unitline(3)
heads = ["合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
head = [[{"t": "项目", "span": 2}, {"t": "本年支出", "span": 6}], ["科目编码", "科目名称"] + heads]
body_rows = []
for c in ORDER:
    body_rows.append([c, NAMES[c], Y(allr[c]), Y(basr.get(c, 0)), Y(prr.get(c, 0)), "-", "-", "-"])
body_rows.append([{"t": "合计", "span": 2}, Y(d["spend"]), Y(d["basic"]), Y(d["proj"]), "-", "-", "-"])
wd = [1000, 2600, 1300, 1300, 1200, 900, 700, 1000]
table(head + body_rows[:9], wd, 2)
para("续表", ind=False)
table(body_rows[9:], wd, 0)
# 表4 财政拨款收入支出决算总表
h("四、财政拨款收入支出决算总表"); unitline(4)
rows = [[{"t": "收入", "span": 2}, {"t": "支出", "span": 4}],
        [R("项目"), R("决算数"), R("项目"), {"t": "决算数", "span": 3}],
        [C(), C(), C(), "小计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]]
rows += [["一、一般公共预算财政拨款", Y(d["fiscal_income"]), "一、社会保障和就业支出", Y(gpr["208"]), Y(gpr["208"]), "-"],
         ["二、政府性基金预算财政拨款", "-", "二、卫生健康支出", Y(gpr["210"]), Y(gpr["210"]), "-"],
         ["三、国有资本经营预算财政拨款", "-", "三、农林水支出", Y(gpr["213"]), Y(gpr["213"]), "-"],
         ["", "", "四、住房保障支出", Y(gpr["221"]), Y(gpr["221"]), "-"],
         ["本年收入合计", Y(d["fiscal_income"]), "本年支出合计", Y(d["gp_total"]), Y(d["gp_total"]), "-"],
         ["年初财政拨款结转和结余", Y(CARRY_IN), "年末财政拨款结转和结余", Y(CARRY_OUT), Y(CARRY_OUT), "-"],
         ["总计", Y(d["fiscal_income"] + CARRY_IN), "总计", Y(d["gp_total"] + CARRY_OUT), Y(d["gp_total"] + CARRY_OUT), "-"]]
table(rows, [2500, 1400, 2400, 1300, 1500, 1200], 3)
# 表5 一般公共预算财政拨款支出决算表 (功能分类)
h("五、一般公共预算财政拨款支出决算表"); unitline(5)
rows = [[{"t": "项目", "span": 2}, R("年初预算数"), {"t": "本年支出", "span": 3}],
        ["科目编码", "科目名称", C(), "小计", "基本支出", "项目支出"]]
for c in ORDER:
    rows.append([c, NAMES[c], Y(budr[c]), Y(gpr[c]), Y(gbr.get(c, 0)), Y(prr.get(c, 0))])
rows.append([{"t": "合计", "span": 2}, Y(d["budget_total"]), Y(d["gp_total"]), Y(d["gp_basic"]), Y(d["proj"])])
table(rows, [1000, 2800, 1500, 1500, 1500, 1500], 2)
# 表6 基本支出决算表 (经济分类) — two blocks side by side
h("六、一般公共预算财政拨款基本支出决算表"); unitline(6)
rows = [[{"t": "人员经费", "span": 3}, {"t": "公用经费", "span": 3}], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]
for i in range(max(len(PERSON), len(PUBLIC))):
    a = PERSON[i] if i < len(PERSON) else ("", "", None); b = PUBLIC[i] if i < len(PUBLIC) else ("", "", None)
    rows.append([a[0], a[1], Y(a[2]) if a[2] is not None else "", b[0], b[1], Y(b[2]) if b[2] is not None else ""])
rows.append([{"t": "人员经费合计", "span": 2}, Y(d["person"]), {"t": "公用经费合计", "span": 2}, Y(d["public"])])
table(rows, [800, 2600, 1200, 800, 2600, 1200], 2)
# 表7 三公
h("七、财政拨款“三公”经费支出决算表"); unitline(7)
def blk(i):
    g = {k: v[i] for k, v in SANGONG.items()}
    return [Y(sum(g.values())), Y(g["因公出国（境）费"]), Y(g["公务用车购置费"] + g["公务用车运行维护费"]), Y(g["公务用车购置费"]), Y(g["公务用车运行维护费"]), Y(g["公务接待费"])]
rows = [[{"t": "预算数", "span": 6}, {"t": "决算数", "span": 6}],
        [R("合计"), R("因公出国（境）费"), {"t": "公务用车购置及运行维护费", "span": 3}, R("公务接待费")] * 2,
        [C(), C(), "小计", "公务用车购置费", "公务用车运行维护费", C()] * 2,
        blk(0) + blk(1)]
table(rows, [800] * 12, 3)
# 表8/9 empty
h("八、政府性基金预算财政拨款收入支出决算表"); unitline(8)
rows = [[{"t": "项目", "span": 2}, R("年初结转和结余"), R("本年收入"), {"t": "本年支出", "span": 3}, R("年末结转和结余")],
        ["科目编码", "科目名称", C(), C(), "小计", "基本支出", "项目支出", C()], [{"t": "合计", "span": 2}, "", "", "", "", "", ""]]
table(rows, [1000, 2400, 1100, 1000, 1000, 1000, 1000, 1100], 2)
para("注：本部门无政府性基金收支，故本表为空。", ind=False)
h("九、国有资本经营预算财政拨款支出决算表"); unitline(9)
rows = [[{"t": "项目", "span": 2}, {"t": "本年支出", "span": 3}], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [{"t": "合计", "span": 2}, "", "", ""]]
table(rows, [1200, 3200, 1500, 1500, 1500], 2)
para("注：本部门无国有资本经营预算财政拨款支出，故本表为空。", ind=False)

# ---------------------------------------------------------------- package
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + "".join(body) +
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1000" w:bottom="1440" w:left="1000" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>2024年度部门决算</dc:title><dc:creator>水利局</dc:creator></cp:coreProperties>')
drels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("word/document.xml", doc)
    z.writestr("word/_rels/document.xml.rels", drels); z.writestr("docProps/core.xml", core)
print("wrote", OUT)
