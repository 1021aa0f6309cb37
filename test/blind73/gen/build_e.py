"""Write docs/E-chengdai-sthjjcz-2025-dwys.pdf with reportlab: prose + tables with no ruling lines (whitespace-aligned)."""
import os, sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from e_data import *
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); F = "STSong-Light"
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-chengdai-sthjjcz-2025-dwys.pdf")
D = compute(); check(D)
fn = {f[0]: f for f in FUNC}
def m(v, zero="—"):  # 万元 with thousands separators, zero as —
    return zero if v == 0 else f"{v / W:,.2f}"
def y_(v): return "—" if v == 0 else f"{v // 100:,}"  # 元
def pct(a, b): return f"{a / b * 100:.2f}%"
PW, PH = A4; LM, RM, TOP, BOT = 56, PW - 56, PH - 60, 60
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=0, invariant=1); c.setTitle(f"{ORG}2025年单位预算"); c.setAuthor(BUREAU)
st = {"y": TOP, "page": 1}
def footer():
    c.setFont(F, 9); c.drawCentredString(PW / 2, 30, f"— {st['page']} —")
def newpage():
    footer(); c.showPage(); st["page"] += 1; st["y"] = TOP
def need(h):
    if st["y"] - h < BOT: newpage()
def wrap(text, width, size):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width: lines.append(cur); cur = ch
        else: cur += ch
    if cur: lines.append(cur)
    return lines
def para(text, size=10.5, indent=2, lead=17):
    first = "\u3000" * indent + text
    for ln in wrap(first, RM - LM, size):
        need(lead); c.setFont(F, size); c.drawString(LM, st["y"], ln); st["y"] -= lead
def heading(text, size=12, lead=22):
    need(lead + 10); c.setFont(F, size); c.drawString(LM, st["y"], text); st["y"] -= lead
def title(text, size=16):
    need(40); c.setFont(F, size); c.drawCentredString(PW / 2, st["y"], text); st["y"] -= 30
def table(name, unit, cols, rows, split_after=None, lead=15, size=9.5):
    """cols: [(header_lines, x, align, width)] align 'l' (x = left edge, width for wrapping) or 'r' (x = right edge)."""
    def head(cont=False):
        need(lead * 4)
        c.setFont(F, 11); c.drawCentredString(PW / 2, st["y"], ("续表　" if cont else "") + name); st["y"] -= 18
        c.setFont(F, 9); c.drawRightString(RM, st["y"], unit); st["y"] -= 14
        nh = max(len(h[0]) for h in cols)
        for i in range(nh):
            c.setFont(F, size)
            for hl, x, al, wd in cols:
                hl = [""] * (nh - len(hl)) + hl
                if al == "r": c.drawRightString(x, st["y"], hl[i])
                else: c.drawString(x, st["y"], hl[i])
            st["y"] -= lead
        st["y"] -= 4
    head()
    for ri, r in enumerate(rows):
        cells = []
        for (hl, x, al, wd), v in zip(cols, r):
            cells.append(wrap(v, wd, size) if al == "l" and wd else [v])
        h = max(len(x) for x in cells) * lead
        if st["y"] - h < BOT or (split_after is not None and ri == split_after):
            newpage(); head(cont=True)
        for (hl, x, al, wd), lines in zip(cols, cells):
            c.setFont(F, size)
            for k, ln in enumerate(lines):
                if al == "r": c.drawRightString(x, st["y"] - k * lead, ln)
                else: c.drawString(x, st["y"] - k * lead, ln)
        st["y"] -= h
    st["y"] -= 14
# ---------------- cover and prose
st["y"] = PH - 200; title(f"{ORG}", 20); title("2025年单位预算", 18)
st["y"] -= 200; c.setFont(F, 12); c.drawCentredString(PW / 2, st["y"], "二〇二五年二月"); newpage()
title("第一部分　单位概况")
heading("一、主要职责")
para(f"{ORG}是{BUREAU}所属公益一类事业单位，主要职责是：承担全市环境空气、地表水、土壤、噪声等生态环境质量监测和污染源监督性监测；负责全市空气自动监测站、水质自动监测站的运行维护和质量控制；承担突发环境事件应急监测；编制环境质量报告书，为生态环境管理和污染防治提供技术支撑；完成市生态环境局交办的其他任务。")
heading("二、机构设置及人员情况")
para(f"本单位内设{len(DEPTS)}个科室：{'、'.join(DEPTS)}。本单位无下属预算单位，{ORG}2025年单位预算即本级预算。")
para(f"本单位核定事业编制{STAFF['编制']}人，截至2024年底实有在编人员{STAFF['实有']}人；离退休人员{STAFF['离退休']}人。")
title("第二部分　2025年单位预算情况说明")
heading("一、收支预算总体情况")
para(f"按照综合预算的原则，本单位所有收入和支出均纳入单位预算管理。2025年收支总预算{m(D['income_total'])}万元，比上年增加{m(D['income_total'] - D['income_prev'])}万元，增长{pct(D['income_total'] - D['income_prev'], D['income_prev'])}。")
heading("二、收入预算情况")
para(f"2025年收入预算{m(D['income_total'])}万元，其中：一般公共预算拨款收入{m(INCOME['一般公共预算拨款收入'])}万元，占{pct(INCOME['一般公共预算拨款收入'], D['income_total'])}；事业收入{m(INCOME['事业收入'])}万元，占{pct(INCOME['事业收入'], D['income_total'])}，主要是受委托开展环境监测服务取得的收入；其他收入{m(INCOME['其他收入'])}万元，占{pct(INCOME['其他收入'], D['income_total'])}。无政府性基金预算拨款收入和国有资本经营预算拨款收入。")
heading("三、支出预算情况")
para(f"2025年支出预算{m(D['income_total'])}万元，其中：基本支出{m(D['basic_total'])}万元，占{pct(D['basic_total'], D['income_total'])}，是为保障单位正常运转、完成日常工作任务而发生的人员支出和公用支出；项目支出{m(D['proj_total'])}万元，占{pct(D['proj_total'], D['income_total'])}，是为完成特定监测任务和事业发展目标而发生的支出，包括：" + "；".join(f"{n}{m(v)}万元" for n, k, v in PROJECTS) + "。")
heading("四、财政拨款收支预算情况")
para(f"2025年财政拨款收支总预算{m(D['gp'])}万元，全部为一般公共预算拨款，比上年增加{m(D['gp'] - D['gp_prev'])}万元，增长{pct(D['gp'] - D['gp_prev'], D['gp_prev'])}。")
heading("五、一般公共预算支出情况")
para(f"2025年一般公共预算支出{m(D['gp'])}万元，按支出功能分类科目（项级）说明如下：")
REASON = {"2080505": "主要是工资调整后缴费基数增加", "2080506": "主要是工资调整后缴费基数增加", "2101102": "主要是缴费基数调整",
          "2110104": "主要是新增4个地表水国控断面和2个空气自动监测站的运维监测任务", "2110199": "主要是上年实验室仪器设备购置已一次性完成",
          "2210201": "主要是缴存基数调整"}
for i, (code, name, b, p, prev) in enumerate(FUNC, 1):
    tot = b + p; diff = tot - prev
    shown = PLANTED_PROSE if code == "2110104" else m(tot)
    para(f"（{i}）{name}（{code}）{shown}万元，比上年{'增加' if diff > 0 else '减少'}{m(abs(diff))}万元，{REASON[code]}。")
heading("六、一般公共预算基本支出情况")
para(f"2025年一般公共预算基本支出{m(D['gp_basic'])}万元，其中：人员经费{m(D['person'])}万元，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等；公用经费{m(D['public'])}万元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、公务接待费、公务用车运行维护费、其他交通费用等。")
heading("七、“三公”经费预算情况")
sg = {s[0]: s for s in SANGONG}
para(f"2025年“三公”经费财政拨款预算{y_(D['sg'])}元，比上年预算{y_(D['sg_prev'])}元减少{y_(D['sg_prev'] - D['sg'])}元，下降{pct(D['sg_prev'] - D['sg'], D['sg_prev'])}。其中：因公出国（境）费0元，与上年持平；公务用车购置费0元，与上年持平，2025年不购置公务用车；公务用车运行维护费{y_(sg['公务用车运行维护费'][2])}元，比上年减少{y_(sg['公务用车运行维护费'][1] - sg['公务用车运行维护费'][2])}元，主要是监测采样车辆集中保养、压减燃油支出；公务接待费{y_(sg['公务接待费'][2])}元，比上年减少{y_(sg['公务接待费'][1] - sg['公务接待费'][2])}元，主要是严格执行公务接待标准、减少接待批次。截至2024年底，本单位公务用车保有量{CARS}辆，均为监测采样专用车辆；2025年计划购置公务用车{CARS_NEW}辆。")
heading("八、机关运行经费情况")
para(f"2025年本单位机关运行经费（公用经费）预算{m(ORG_RUN)}万元，比上年减少{m(ORG_RUN_PREV - ORG_RUN)}万元，主要是压减一般性支出。")
heading("九、政府采购预算情况")
para(f"2025年政府采购预算{m(D['procure'])}万元，其中：货物类{m(PROCURE['货物'])}万元，主要是监测仪器备品备件和标准物质；工程类0万元；服务类{m(PROCURE['服务'])}万元，主要是自动监测站第三方运维服务。")
heading("十、国有资产占用情况")
para(f"截至2024年12月31日，本单位共有车辆{CARS}辆，均为监测采样专用车辆；单位价值50万元以上的专用设备7台（套），主要为气相色谱-质谱联用仪、电感耦合等离子体质谱仪等实验室分析仪器。")
heading("十一、预算绩效目标情况")
pn, pv, rows = PERF
para(f"2025年本单位项目支出全部编制了绩效目标，涉及资金{m(D['proj_total'])}万元。其中“{pn}”项目预算{m(pv)}万元，主要绩效指标为：" + "；".join(f"{r[2]}{r[3]}" for r in rows) + "。详见项目支出绩效目标表。")
heading("十二、名词解释")
para("一般公共预算拨款收入：指市级财政当年拨付的资金。事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。基本支出：指为保障单位机构正常运转、完成日常工作任务而发生的人员支出和公用支出。项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
# ---------------- tables
newpage(); title("第三部分　2025年单位预算表")
# 表1 收支总表
L1 = [("一、一般公共预算拨款收入", INCOME["一般公共预算拨款收入"]), ("二、政府性基金预算拨款收入", 0), ("三、国有资本经营预算拨款收入", 0),
      ("四、事业收入", INCOME["事业收入"]), ("五、事业单位经营收入", 0), ("六、其他收入", INCOME["其他收入"])]
byLei = {}
for code, name, b, p, prev in FUNC: byLei[code[:3]] = byLei.get(code[:3], 0) + b + p
byLei["211"] += OWN_FUNDS_BASIC
R1 = [("一、社会保障和就业支出", byLei["208"]), ("二、卫生健康支出", byLei["210"]), ("三、节能环保支出", byLei["211"]), ("四、住房保障支出", byLei["221"]), ("", None), ("", None)]
rows = [[a, m(av), b, ("" if bv is None else m(bv))] for (a, av), (b, bv) in zip(L1, R1)]
rows += [["本年收入合计", m(D["income_total"]), "本年支出合计", m(D["income_total"])], ["上年结转", "—", "结转下年", "—"],
         ["收入总计", m(D["income_total"]), "支出总计", m(D["income_total"])]]
table("表1　收支总表", "单位：万元", [(["收　　入"], LM, "l", 150), (["预算数"], LM + 235, "r", 0), (["支　　出"], LM + 255, "l", 140), (["预算数"], RM, "r", 0)], rows)
# 表2 收入总表 (by 项, all funds)
rows = []
for code, name, b, p, prev in FUNC:
    gpv = b + p; own_s = INCOME["事业收入"] if code == "2110104" else 0; own_o = INCOME["其他收入"] if code == "2110104" else 0
    rows.append([code, name, m(gpv + own_s + own_o), m(gpv), m(own_s), m(own_o)])
rows.append(["", "合　　计", m(D["income_total"]), m(D["gp"]), m(INCOME["事业收入"]), m(INCOME["其他收入"])])
table("表2　收入总表", "单位：万元", [(["科目", "编码"], LM, "l", 0), (["科目名称"], LM + 55, "l", 120), (["合计"], LM + 265, "r", 0),
      (["一般公共", "预算拨款"], LM + 340, "r", 0), (["事业", "收入"], LM + 410, "r", 0), (["其他", "收入"], RM, "r", 0)], rows)
# 表3 支出总表
rows = []
for code, name, b, p, prev in FUNC:
    bb = b + (OWN_FUNDS_BASIC if code == "2110104" else 0)
    rows.append([code, name, m(bb + p), m(bb), m(p)])
rows.append(["", "合　　计", m(D["income_total"]), m(D["basic_total"]), m(D["proj_total"])])
table("表3　支出总表", "单位：万元", [(["科目", "编码"], LM, "l", 0), (["科目名称"], LM + 55, "l", 150), (["合计"], LM + 300, "r", 0),
      (["基本", "支出"], LM + 390, "r", 0), (["项目", "支出"], RM, "r", 0)], rows)
# 表4 财政拨款收支总表
newpage()
rows = [["一、一般公共预算拨款", m(D["gp"]), "一、社会保障和就业支出", m(byLei["208"])], ["二、政府性基金预算拨款", "—", "二、卫生健康支出", m(byLei["210"])],
        ["三、国有资本经营预算拨款", "—", "三、节能环保支出", m(byLei["211"] - OWN_FUNDS_BASIC)], ["", "", "四、住房保障支出", m(byLei["221"])],
        ["收入总计", m(D["gp"]), "支出总计", m(D["gp"])]]
table("表4　财政拨款收支总表", "单位：万元", [(["收　　入"], LM, "l", 150), (["预算数"], LM + 235, "r", 0), (["支　　出"], LM + 255, "l", 140), (["预算数"], RM, "r", 0)], rows)
# 表5 一般公共预算支出表 (功能分类), runs over two pages
newpage(); st["y"] = TOP - 430  # starts low on the page so that it runs over
rows = []
for lei in ["208", "210", "211", "221"]:
    items = [f for f in FUNC if f[0].startswith(lei)]
    rows.append([lei, LEI[lei], m(sum(f[2] + f[3] for f in items)), m(sum(f[2] for f in items)), m(sum(f[3] for f in items))])
    for kuan in sorted({f[0][:5] for f in items}):
        it2 = [f for f in items if f[0].startswith(kuan)]
        rows.append([kuan, "　" + KUAN[kuan], m(sum(f[2] + f[3] for f in it2)), m(sum(f[2] for f in it2)), m(sum(f[3] for f in it2))])
        for f in it2: rows.append([f[0], "　　" + f[1], m(f[2] + f[3]), m(f[2]), m(f[3])])
rows.append(["", "合　　计", m(D["gp"]), m(D["gp_basic"]), m(D["gp_proj"])])
table("表5　一般公共预算支出表", "单位：万元", [(["功能科目", "编码"], LM, "l", 0), (["功能科目名称"], LM + 60, "l", 140), (["合计"], LM + 300, "r", 0),
      (["基本", "支出"], LM + 390, "r", 0), (["项目", "支出"], RM, "r", 0)], rows, split_after=9)
# 表6 一般公共预算基本支出表 (经济分类)
newpage()
rows = [["301", "工资福利支出", m(sum(v for c_, n, v in PERSON if c_.startswith("301"))), m(sum(v for c_, n, v in PERSON if c_.startswith("301"))), "—"]]
rows += [[c_, "　" + n, m(v), m(v), "—"] for c_, n, v in PERSON if c_.startswith("301")]
rows += [["302", "商品和服务支出", m(D["public"]), "—", m(D["public"])]] + [[c_, "　" + n, m(v), "—", m(v)] for c_, n, v in PUBLIC]
rows += [["303", "对个人和家庭的补助", m(sum(v for c_, n, v in PERSON if c_.startswith("303"))), m(sum(v for c_, n, v in PERSON if c_.startswith("303"))), "—"]]
rows += [[c_, "　" + n, m(v), m(v), "—"] for c_, n, v in PERSON if c_.startswith("303")]
rows.append(["", "合　　计", m(D["gp_basic"]), m(D["person"]), m(D["public"])])
table("表6　一般公共预算基本支出表", "单位：万元", [(["经济科目", "编码"], LM, "l", 0), (["经济科目名称"], LM + 60, "l", 140), (["合计"], LM + 300, "r", 0),
      (["人员", "经费"], LM + 390, "r", 0), (["公用", "经费"], RM, "r", 0)], rows)
# 表7 三公 (元)
rows = [["合　　计", y_(D["sg_prev"]), y_(D["sg"])], ["1.因公出国（境）费", y_(sg["因公出国（境）费"][1]), y_(sg["因公出国（境）费"][2])],
        ["2.公务用车购置及运行维护费", y_(sg["公务用车购置费"][1] + sg["公务用车运行维护费"][1]), y_(sg["公务用车购置费"][2] + sg["公务用车运行维护费"][2])],
        ["　（1）公务用车购置费", y_(sg["公务用车购置费"][1]), y_(sg["公务用车购置费"][2])],
        ["　（2）公务用车运行维护费", y_(sg["公务用车运行维护费"][1]), y_(sg["公务用车运行维护费"][2])],
        ["3.公务接待费", y_(sg["公务接待费"][1]), y_(sg["公务接待费"][2])]]
table("表7　一般公共预算“三公”经费支出表", "单位：元", [(["项　　目"], LM, "l", 130), (["2024年", "预算数"], LM + 300, "r", 0), (["2025年", "预算数"], RM, "r", 0)], rows)
# 表8 政府性基金 (empty)
table("表8　政府性基金预算支出表", "单位：万元", [(["科目", "编码"], LM, "l", 0), (["科目名称"], LM + 60, "l", 140), (["合计"], LM + 300, "r", 0),
      (["基本", "支出"], LM + 390, "r", 0), (["项目", "支出"], RM, "r", 0)], [["", "合　　计", "—", "—", "—"]])
para("注：本单位2025年无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出，故本表为空表。", size=9.5, indent=0)
st["y"] -= 10
# 表9 绩效目标
need(200)
c.setFont(F, 11); c.drawCentredString(PW / 2, st["y"], "表9　项目支出绩效目标表"); st["y"] -= 18
c.setFont(F, 9.5); c.drawString(LM, st["y"], f"项目名称：{pn}"); c.drawRightString(RM, st["y"], f"项目资金（万元）：{m(pv)}"); st["y"] -= 15
c.drawString(LM, st["y"], f"主管部门：{BUREAU}"); c.drawRightString(RM, st["y"], f"实施单位：{ORG}"); st["y"] -= 15
for ln in wrap("年度绩效目标：保障全市14个环境空气自动监测站稳定运行，监测数据真实、准确、完整，按时上传并每日向社会发布空气质量信息，为大气污染防治提供数据支撑。", RM - LM, 9.5):
    c.drawString(LM, st["y"], ln); st["y"] -= 15
st["y"] -= 6
table("", "", [(["一级指标"], LM, "l", 60), (["二级指标"], LM + 80, "l", 80), (["三级指标"], LM + 180, "l", 150), (["指标值"], RM, "r", 0)],
      [list(r) for r in PERF[2]])
footer(); c.save(); print(OUT, st["page"], "pages")
