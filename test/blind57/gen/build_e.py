"""Build docs/E-shuanghe-yjj-2025-bmys.pdf (landscape, text layer, STSong-Light CID font) and gen/e_text.txt."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from e_data import *

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
W, H = landscape(A4)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-shuanghe-yjj-2025-bmys.pdf")

def m(v):  # 0.01万元 -> "1,234.56"
    if v == 0: return "0.00"
    s = f"{abs(v)/100:,.2f}"
    return ("-" if v < 0 else "") + s
def yi(v): return f"{v/1e6:.4f}"
def pct(a, b):  # change rate of b over a
    return "—" if a == 0 else f"{(b-a)/a*100:.2f}"
def row4(prev, cur): return [m(prev), m(cur), m(cur - prev), pct(prev, cur)]

t, p = check()
e, ep = econ(), econ(False)
LINES = []  # text rendering
pages = []  # list of pages; each page = list of ("text", x, y, size, s, align) or ("table", ...)

class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=(W, H))
        self.c.setTitle(ORG + "2025年部门预算"); self.c.setAuthor(ORG)
        self.n = 0
    def page_start(self):
        self.y = H - 50
    def page_end(self, number=True):
        self.n += 1
        if number:
            s = f"-{self.n}-"; self.c.setFont(F, 10); self.c.drawCentredString(W/2, 25, s); LINES.append(s)
        self.c.showPage()
    def text(self, s, size=11, x=60, align="left", lead=None):
        self.c.setFont(F, size)
        if align == "center": self.c.drawCentredString(W/2, self.y, s)
        else: self.c.drawString(x, self.y, s)
        LINES.append(s); self.y -= lead or (size + 7)
    def para(self, s, size=11, indent=True):
        # wrap at width
        maxw = W - 120; first = True; line = "　　" if indent else ""
        for ch in s:
            if pdfmetrics.stringWidth(line + ch, F, size) > maxw:
                self.need(size + 7); self.c.setFont(F, size); self.c.drawString(60, self.y, line); self.y -= size + 7
                LINES.append(line); line = ""
            line += ch
        if line:
            self.need(size + 7); self.c.setFont(F, size); self.c.drawString(60, self.y, line); self.y -= size + 7; LINES.append(line)
    def need(self, h):
        if self.y - h < 50:
            self.page_end(); self.page_start()
    def table(self, title, header, rows, widths, size=9, rh=15):
        total_w = sum(widths); x0 = (W - total_w) / 2
        self.need(rh * (len(rows) + len(header) + 2))
        self.c.setFont(F, 11); self.c.drawString(x0, self.y, title)
        self.c.setFont(F, 9); self.c.drawRightString(x0 + total_w, self.y, "单位：万元")
        LINES.append(title + " " * 8 + "单位：万元"); self.y -= 8
        for hi, r in enumerate(header + rows):
            top = self.y; bot = self.y - rh
            x = x0
            for i, (cell, w) in enumerate(zip(r, widths)):
                self.c.rect(x, bot, w, rh, stroke=1, fill=0)
                self.c.setFont(F, size)
                num = hi >= len(header) and i >= 1 and cell and (cell[0].isdigit() or cell[0] in "-—") and not r[0].isdigit() or (hi >= len(header) and cell and cell.replace(",", "").replace(".", "").replace("-", "").isdigit() and "." in cell)
                if cell == "—": num = True
                if num: self.c.drawRightString(x + w - 4, bot + 4, cell)
                elif hi < len(header): self.c.drawCentredString(x + w/2, bot + 4, cell)
                else: self.c.drawString(x + 4, bot + 4, cell)
                x += w
            LINES.append(" | ".join(r)); self.y = bot
        self.y -= 14

d = Doc()
# ---- cover
d.page_start(); d.y = H - 200
d.text(ORG, 26, align="center", lead=50); d.text("2025年部门预算", 26, align="center", lead=140)
d.text("霜河市应急管理局编制", 14, align="center", lead=24); d.text("二〇二五年二月", 14, align="center")
d.page_end(number=False)
# ---- 目录
d.page_start(); d.text("目    录", 18, align="center", lead=36)
toc = ["第一部分  霜河市应急管理局概况", "    一、主要职责", "    二、机构设置及人员情况", "    三、部门预算单位构成",
 "第二部分  霜河市应急管理局2025年部门预算情况说明", "    一、收支预算总体情况", "    二、收入预算情况", "    三、支出预算情况",
 "    四、财政拨款收支预算情况", "    五、一般公共预算支出情况", "    六、一般公共预算基本支出情况", "    七、“三公”经费预算情况",
 "    八、政府性基金预算支出情况", "    九、国有资本经营预算支出情况", "    十、其他重要事项的情况说明", "第三部分  名词解释",
 "第四部分  霜河市应急管理局2025年部门预算表", "    表一  收支总表", "    表二  收入总表", "    表三  支出总表", "    表四  财政拨款收支总表",
 "    表五  一般公共预算支出表", "    表六  一般公共预算基本支出表", "    表七  一般公共预算“三公”经费支出表", "    表八  政府性基金预算支出表",
 "    表九  项目支出表"]
for s in toc: d.text(s, 11, x=200, lead=16)
d.page_end()
# ---- 第一部分
d.page_start()
d.text("第一部分  霜河市应急管理局概况", 15, align="center", lead=28)
d.text("一、主要职责", 12)
d.para("霜河市应急管理局是市政府工作部门，主要负责全市应急管理工作，指导各县（区）、各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作；负责安全生产综合监督管理和工矿商贸行业安全生产监督管理；统筹全市应急救援力量建设，组织指导协调森林火灾、水旱灾害、地震和地质灾害等防治工作；负责全市地震监测预报和震情跟踪工作。")
d.text("二、机构设置及人员情况", 12)
d.para("霜河市应急管理局内设办公室、应急指挥科、风险监测和综合减灾科、火灾防治科、防汛抗旱科、安全生产基础科、危险化学品安全监督管理科、安全生产执法监察科、政策法规科共9个科室，下设霜河市应急救援保障中心、霜河市地震监测中心2个事业单位。")
d.para("核定编制100名，其中：行政编制42名，事业编制58名（应急救援保障中心36名，地震监测中心22名）。年初实有在职人员93人，其中局本级40人、应急救援保障中心33人、地震监测中心20人；离退休人员31人。")
d.text("三、部门预算单位构成", 12)
d.para("纳入霜河市应急管理局2025年部门预算编制范围的单位共3个，包括：霜河市应急管理局本级（行政单位）、霜河市应急救援保障中心（公益一类事业单位）、霜河市地震监测中心（公益一类事业单位）。")
d.page_end()
# ---- 第二部分
d.page_start()
d.text("第二部分  霜河市应急管理局2025年部门预算情况说明", 15, align="center", lead=28)
inc = t["total"] - p["total"]
d.text("一、收支预算总体情况", 12)
d.para(f"按照综合预算的原则，霜河市应急管理局所有收入和支出均纳入部门预算管理。2025年收入总计{yi(t['total'])}亿元，支出总计{yi(t['total'])}亿元。与2024年预算相比，收、支总计各增加{m(inc)}万元，增长{pct(p['total'], t['total'])}%。主要原因：一是新增政府性基金安排的应急避难场所改造提升工程1,500.00万元；二是应急救援队伍建设及装备更新、自然灾害综合风险普查成果应用项目支出增加。")
d.text("二、收入预算情况", 12)
d.para(f"2025年收入预算{yi(t['total'])}亿元，其中：一般公共预算拨款收入{m(t['gen'])}万元，占{t['gen']/t['total']*100:.2f}%；政府性基金预算拨款收入{m(t['fund'])}万元，占{t['fund']/t['total']*100:.2f}%；其他收入{m(t['other'])}万元，占{t['other']/t['total']*100:.2f}%，为应急救援保障中心场地设施有偿使用收入；上年结转{m(t['carry'])}万元，占{t['carry']/t['total']*100:.2f}%。")
d.text("三、支出预算情况", 12)
d.para(f"2025年支出预算{yi(t['total'])}亿元，其中：基本支出{m(t['basic'])}万元，占{t['basic']/t['total']*100:.2f}%，是为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费；项目支出{m(t['project'])}万元，占{t['project']/t['total']*100:.2f}%，是为完成特定工作任务和事业发展目标所发生的支出。")
d.text("四、财政拨款收支预算情况", 12)
fin, finp = t["gen"] + t["fund"], p["gen"] + p["fund"]
d.para(f"2025年财政拨款收支总预算{yi(fin)}亿元，其中一般公共预算拨款{m(t['gen'])}万元，政府性基金预算拨款{m(t['fund'])}万元。与2024年相比，财政拨款收支总预算增加{m(fin-finp)}万元，增长{pct(finp, fin)}%。")
d.text("五、一般公共预算支出情况", 12)
gp = p["gen"]
d.para(f"2025年一般公共预算支出{m(t['gen'])}万元，比2024年预算{m(gp)}万元增加{m(t['gen']-gp)}万元，增长{pct(gp, t['gen'])}%。主要用于以下方面：灾害防治及应急管理支出（类）{m(sum(gen(k) for k in ORDER if k.startswith('224')))}万元，占{sum(gen(k) for k in ORDER if k.startswith('224'))/t['gen']*100:.2f}%；社会保障和就业支出（类）{m(gen('2080505')+gen('2080506'))}万元；卫生健康支出（类）{m(gen('2101101')+gen('2101102'))}万元；住房保障支出（类）{m(gen('2210201'))}万元。具体情况如下：")
def item(k, reason):
    g, gpv = gen(k), gen(k, False)
    if g == gpv: chg = "与上年持平"
    else: chg = f"比上年{'增加' if g > gpv else '减少'}{m(abs(g-gpv))}万元，{'增长' if g > gpv else '下降'}{abs((g-gpv)/gpv*100):.2f}%"
    return chg + ("，" + reason if reason else "")
d.para(f"1.灾害防治及应急管理支出（类）应急管理事务（款）行政运行（项）{m(gen('2240101'))}万元，{item('2240101', '主要是人员正常晋级晋档及在职人员增加。')}")
d.para(f"2.灾害防治及应急管理支出（类）应急管理事务（款）一般行政管理事务（项）{m(gen('2240102'))}万元，{item('2240102', '主要是应急预案修订和应急演练次数增加。')}")
d.para(f"3.灾害防治及应急管理支出（类）应急管理事务（款）灾害风险防治（项）1,530.00万元，{item('2240104', '主要是自然灾害综合风险普查成果转化应用，开展重点隐患区域风险评估。')}")
d.para(f"4.灾害防治及应急管理支出（类）应急管理事务（款）安全监管（项）{m(gen('2240106'))}万元，{item('2240106', '主要是上年一次性安排的危化品企业专家指导服务已完成，本年不再安排。')}")
d.para(f"5.灾害防治及应急管理支出（类）应急管理事务（款）应急救援（项）{m(gen('2240108'))}万元，{item('2240108', '主要是新增森林草原防灭火专业队伍装备配备和更新应急指挥保障车1辆。')}另有上年结转资金560.00万元用于该项目。")
d.para(f"6.灾害防治及应急管理支出（类）应急管理事务（款）应急管理（项）{m(gen('2240109'))}万元，{item('2240109', '主要是应急指挥信息化平台运维服务范围扩大。')}")
d.para(f"7.灾害防治及应急管理支出（类）应急管理事务（款）事业运行（项）{m(gen('2240150'))}万元，{item('2240150', '主要是应急救援保障中心人员经费增加。')}")
d.para(f"8.灾害防治及应急管理支出（类）地震事务（款）地震监测（项）{m(gen('2240504'))}万元，{item('2240504', '主要是新建2个地震监测站点投入运行。')}")
d.para(f"9.灾害防治及应急管理支出（类）地震事务（款）地震事业机构（项）{m(gen('2240550'))}万元，{item('2240550', '主要是人员正常晋级晋档。')}")
d.para(f"10.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）{m(gen('2080505'))}万元、机关事业单位职业年金缴费支出（项）{m(gen('2080506'))}万元，主要是按规定缴纳的养老保险和职业年金，随缴费基数调整而增加。")
d.para(f"11.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）{m(gen('2101101'))}万元、事业单位医疗（项）{m(gen('2101102'))}万元。")
d.para(f"12.住房保障支出（类）住房改革支出（款）住房公积金（项）{m(gen('2210201'))}万元。")
d.text("六、一般公共预算基本支出情况", 12)
pers = sum(e[k] for k in P_LINES); pub = sum(e[k] for k in G_LINES)
persp = sum(ep[k] for k in P_LINES); pubp = sum(ep[k] for k in G_LINES)
d.para(f"2025年一般公共预算基本支出{m(pers+pub)}万元，比上年增加{m(pers+pub-persp-pubp)}万元。其中：人员经费{m(pers)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、生活补助等；公用经费{m(pub)}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。")
d.text("七、“三公”经费预算情况", 12)
sg = {k: v[1] for k, v in SANGONG.items()}; sgp = {k: v[0] for k, v in SANGONG.items()}
S, Sp = sum(sg.values()), sum(sgp.values())
d.para(f"2025年一般公共预算“三公”经费预算{m(S)}万元，比上年增加{m(S-Sp)}万元，增长{pct(Sp, S)}%。其中：因公出国（境）费0.00万元，与上年持平，本年无因公出国（境）计划；公务用车购置及运行维护费{m(sg['购置']+sg['运行'])}万元，其中公务用车购置费{m(sg['购置'])}万元，比上年增加{m(sg['购置'])}万元，主要是按照车辆更新规定更新应急指挥保障车1辆，原车辆已达到报废年限；公务用车运行维护费{m(sg['运行'])}万元，比上年减少{m(sgp['运行']-sg['运行'])}万元，主要是压减车辆运行成本；公务接待费{m(sg['接待'])}万元，比上年减少{m(sgp['接待']-sg['接待'])}万元，主要是严格执行公务接待标准，压减接待批次。2025年计划公务接待60批次、420人次。截至2024年底，本部门公务用车保有量14辆，其中执法执勤用车9辆、应急保障用车5辆。")
d.text("八、政府性基金预算支出情况", 12)
d.para("2025年政府性基金预算支出1,500.00万元，上年无此项支出。全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项），用于应急避难场所改造提升工程，改造提升市区应急避难场所6处。")
d.text("九、国有资本经营预算支出情况", 12)
d.para("霜河市应急管理局2025年无国有资本经营预算支出，故未公开国有资本经营预算支出表。")
d.text("十、其他重要事项的情况说明", 12)
d.para(f"（一）机关运行经费。2025年局本级（行政单位）机关运行经费预算{m(SPLIT['2240101'][1])}万元，比上年减少{m(SPLIT_P['2240101'][1]-SPLIT['2240101'][1])}万元，主要是压减一般性支出。")
d.para("（二）政府采购情况。2025年政府采购预算总额2,468.00万元，其中：货物类1,652.00万元，服务类816.00万元，工程类0.00万元。面向中小企业预留采购份额1,020.00万元。")
d.para("（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆14辆；单位价值100万元以上专用设备3台（套），主要为应急通信指挥车载设备和地震监测专用设备。")
d.para("（四）预算绩效管理情况。2025年本部门7个项目全部编制了绩效目标，涉及项目支出7,206.80万元，绩效目标覆盖率100%。")
d.page_end()
# ---- 第三部分
d.page_start()
d.text("第三部分  名词解释", 15, align="center", lead=28)
for s in ["1.一般公共预算拨款收入：指市级财政当年拨付的一般公共预算资金。",
          "2.政府性基金预算拨款收入：指市级财政当年拨付的政府性基金预算资金。",
          "3.上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
          "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
          "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
          "6.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
          "7.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"]:
    d.para(s)
d.page_end()
# ---- 第四部分 tables
d.page_start()
d.text("第四部分  霜河市应急管理局2025年部门预算表", 15, align="center", lead=30)
H4 = [["项目", "上年预算数", "本年预算数", "增减额", "增减率(%)"]]
cls = lambda pre, cur=True: sum((CUR if cur else PREV)[k] for k in ORDER if k.startswith(pre))
rows = [["一、一般公共预算拨款收入"] + row4(p["gen"], t["gen"]),
        ["二、政府性基金预算拨款收入"] + row4(p["fund"], t["fund"]),
        ["三、国有资本经营预算拨款收入"] + row4(0, 0),
        ["四、事业收入"] + row4(0, 0),
        ["五、其他收入"] + row4(p["other"], t["other"]),
        ["本年收入合计"] + row4(p["total"] - p["carry"], t["total"] - t["carry"]),
        ["上年结转"] + row4(p["carry"], t["carry"]),
        ["收入总计"] + row4(p["total"], t["total"]),
        ["一、社会保障和就业支出"] + row4(cls("208", False), cls("208")),
        ["二、卫生健康支出"] + row4(cls("210", False), cls("210")),
        ["三、城乡社区支出"] + row4(cls("212", False), cls("212")),
        ["四、住房保障支出"] + row4(cls("221", False), cls("221")),
        ["五、灾害防治及应急管理支出"] + row4(cls("224", False), cls("224")),
        ["本年支出合计"] + row4(p["total"], t["total"]),
        ["结转下年"] + row4(0, 0),
        ["支出总计"] + row4(p["total"], t["total"])]
d.table("表一  霜河市应急管理局2025年收支总表", H4, rows, [230, 110, 110, 110, 90])
d.page_end(); d.page_start()
uh = [["单位名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "其他收入", "上年结转"]]
prev_u = {UNITS[0]: sum(PREV[k] for k in U[UNITS[0]]), UNITS[1]: sum(PREV[k] for k in U[UNITS[1]]), UNITS[2]: sum(PREV[k] for k in U[UNITS[2]])}
rows = [["合计", m(t["total"]), m(t["gen"]), m(t["fund"]), m(t["other"]), m(t["carry"])]]
for u in UNITS:
    tot = sum(U[u].values()); f, o, ca = UNIT_FUND.get(u, 0), UNIT_OTHER.get(u, 0), UNIT_CARRY.get(u, 0)
    rows.append([u, m(tot), m(tot - f - o - ca), m(f), m(o), m(ca)])
d.table("表二  霜河市应急管理局2025年收入总表", uh, rows, [190, 100, 130, 130, 90, 90])
# 表三 支出总表
th = [["科目编码", "科目名称", "合计", "基本支出", "项目支出", "上年预算数", "增减额", "增减率(%)"]]
def coderows(valfn, prevfn, basicsplit=True, codes=ORDER):
    out = []
    groups = [("208", "20805"), ("210", "21011"), ("212", "21208"), ("221", "22102"), ("224", "22401"), ("224", "22405")]
    done = set()
    for lei in ["208", "210", "212", "221", "224"]:
        ks = [k for k in codes if k.startswith(lei)]
        if not ks: continue
        def line(code, kk):
            v = sum(valfn(k) for k in kk); pv = sum(prevfn(k) for k in kk)
            b = sum(valfn(k) for k in kk if k in BASIC); pr = v - b
            return [code, NAMES[code]] + ([m(v), m(b), m(pr)] if basicsplit else [m(v)]) + [m(pv), m(v - pv), pct(pv, v)]
        out.append(line(lei, ks))
        for kuan in sorted({k[:5] for k in ks}):
            kk = [k for k in ks if k.startswith(kuan)]
            out.append(line(kuan, kk))
            for k in kk: out.append(line(k, [k]))
    return out
rows = coderows(lambda k: CUR[k], lambda k: PREV[k])
rows.append(["", "合计", m(t["total"]), m(t["basic"]), m(t["project"]), m(p["total"]), m(t["total"] - p["total"]), pct(p["total"], t["total"])])
d.page_end(); d.page_start()
d.table("表三  霜河市应急管理局2025年支出总表", th, rows, [70, 230, 75, 75, 75, 75, 70, 60], rh=14)
d.page_end(); d.page_start()
# 表四 财政拨款收支总表
rows = [["一、一般公共预算拨款", m(p["gen"]), m(t["gen"]), m(t["gen"] - p["gen"]), pct(p["gen"], t["gen"])],
        ["二、政府性基金预算拨款", m(0), m(t["fund"]), m(t["fund"]), "—"],
        ["三、国有资本经营预算拨款", "0.00", "0.00", "0.00", "—"],
        ["收入总计", m(finp), m(fin), m(fin - finp), pct(finp, fin)]]
for lei in ["208", "210", "212", "221", "224"]:
    a = sum(gen(k) + FUND.get(k, 0) for k in ORDER if k.startswith(lei)); b = sum(gen(k, False) + FUND_P.get(k, 0) for k in ORDER if k.startswith(lei))
    rows.append([NAMES[lei], m(b), m(a), m(a - b), pct(b, a)])
rows.append(["支出总计", m(finp), m(fin), m(fin - finp), pct(finp, fin)])
d.table("表四  霜河市应急管理局2025年财政拨款收支总表", H4, rows, [230, 110, 110, 110, 90])
d.page_end(); d.page_start()
# 表五 一般公共预算支出表
gcodes = [k for k in ORDER if k != "2120899"]
rows = coderows(lambda k: gen(k), lambda k: gen(k, False), codes=gcodes)
gb = sum(gen(k) for k in BASIC)
rows.append(["", "合计", m(t["gen"]), m(gb), m(t["gen"] - gb), m(p["gen"]), m(t["gen"] - p["gen"]), pct(p["gen"], t["gen"])])
d.table("表五  霜河市应急管理局2025年一般公共预算支出表", th, rows, [70, 230, 75, 75, 75, 75, 70, 60], rh=14)
d.page_end(); d.page_start()
# 表六 基本支出 经济分类
eh = [["经济分类科目编码", "科目名称", "上年预算数", "本年预算数", "增减额", "增减率(%)"]]
rows = []
for grp, lines in [("301", [k for k in P_LINES if k.startswith("301")]), ("302", G_LINES), ("303", ["30305"])]:
    a = sum(e[k] for k in lines); b = sum(ep[k] for k in lines)
    rows.append([grp, ECON_NAMES[grp], m(b), m(a), m(a - b), pct(b, a)])
    for k in lines: rows.append([k, ECON_NAMES[k], m(ep[k]), m(e[k]), m(e[k] - ep[k]), pct(ep[k], e[k])])
rows.append(["", "人员经费合计", m(persp), m(pers), m(pers - persp), pct(persp, pers)])
rows.append(["", "公用经费合计", m(pubp), m(pub), m(pub - pubp), pct(pubp, pub)])
rows.append(["", "合计", m(persp + pubp), m(pers + pub), m(pers + pub - persp - pubp), pct(persp + pubp, pers + pub)])
d.table("表六  霜河市应急管理局2025年一般公共预算基本支出表", eh, rows, [100, 220, 100, 100, 90, 80], size=8.5, rh=12.4)
d.page_end(); d.page_start()
# 表七 三公
sh = [["项目", "上年预算数", "本年预算数", "增减额", "增减率(%)"]]
rows = [["合计", m(Sp), m(S), m(S - Sp), pct(Sp, S)],
        ["1.因公出国（境）费", "0.00", "0.00", "0.00", "—"],
        ["2.公务用车购置及运行维护费", m(sgp["购置"] + sgp["运行"]), m(sg["购置"] + sg["运行"]), m(sg["购置"] + sg["运行"] - sgp["购置"] - sgp["运行"]), pct(sgp["购置"] + sgp["运行"], sg["购置"] + sg["运行"])],
        ["  （1）公务用车购置费", m(0), m(sg["购置"]), m(sg["购置"]), "—"],
        ["  （2）公务用车运行维护费", m(sgp["运行"]), m(sg["运行"]), m(sg["运行"] - sgp["运行"]), pct(sgp["运行"], sg["运行"])],
        ["3.公务接待费", m(sgp["接待"]), m(sg["接待"]), m(sg["接待"] - sgp["接待"]), pct(sgp["接待"], sg["接待"])]]
d.table("表七  霜河市应急管理局2025年一般公共预算“三公”经费支出表", sh, rows, [230, 110, 110, 110, 90])
# 表八 政府性基金
fh = [["科目编码", "科目名称", "上年预算数", "本年预算数", "增减额", "增减率(%)"]]
rows = [["212", NAMES["212"], "0.00", "1,500.00", "1,500.00", "—"], ["21208", NAMES["21208"], "0.00", "1,500.00", "1,500.00", "—"],
        ["2120899", NAMES["2120899"], "0.00", "1,500.00", "1,500.00", "—"], ["", "合计", "0.00", "1,500.00", "1,500.00", "—"]]
d.table("表八  霜河市应急管理局2025年政府性基金预算支出表", fh, rows, [80, 270, 100, 100, 90, 80])
d.page_end(); d.page_start()
ph = [["单位名称", "项目名称", "科目编码", "本年预算数", "一般公共预算", "政府性基金", "上年结转", "上年预算数", "增减额"]]
rows = [[u, n, k, m(a), m(g), m(f), m(ca), m(pv), m(a - pv)] for u, n, k, a, g, f, ca, pv in PROJECTS]
rows.append(["合计", "", "", m(t["project"]), m(sum(x[4] for x in PROJECTS)), m(sum(x[5] for x in PROJECTS)), m(sum(x[6] for x in PROJECTS)), m(p["project"]), m(t["project"] - p["project"])])
d.table("表九  霜河市应急管理局2025年项目支出表", ph, rows, [135, 165, 60, 70, 70, 65, 60, 70, 60])
d.page_end()
d.c.save()
open(os.path.join(HERE, "e_text.txt"), "w", encoding="utf-8").write("\n".join(LINES) + "\n")
print("pages", d.n, "lines", len(LINES))
