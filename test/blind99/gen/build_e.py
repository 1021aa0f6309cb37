# -*- coding: utf-8 -*-
"""Lay out the invented 朔禾市教育局2024年度部门决算 as a multi-page A4 PDF with a text layer (pdfw.py); write e_text.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfw
from e_data import *
from decimal import Decimal as Dd

OUT = os.path.join(HERE, "..", "docs", "E-shuohe-jyj-2024-bmjs.pdf")
TITLE = "朔禾市教育局2024年度部门决算"
R = compute()
rows, agg = R["rows"], R["agg"]
PREV_TOTAL = Dd("154186200.00")   # 2023年度收支总计 (元)
CAIGOU = (Dd("12365800.00"), Dd("6123000.00"), Dd("4021800.00"), Dd("2221000.00"), Dd("11053600.00"))  # 总额, 货物, 工程, 服务, 中小企业
assert CAIGOU[0] == CAIGOU[1] + CAIGOU[2] + CAIGOU[3]
JIGUAN_YX = Dd("864200.00")   # 机关运行经费
W, H = pdfw.W, pdfw.H
LM, RM, TOP, BOT = 50.0, 545.0, 790.0, 60.0


class Layout:
    def __init__(self):
        self.doc = pdfw.Doc(TITLE)
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page()
        self.lines = []
        self.pages.append(self.lines)
        n = len(self.pages)
        self.y = TOP
        if n > 1:
            self.put(LM, 812, TITLE, 8)
            self.page.line(LM, 806, RM, 806, 0.4)
        foot = f"— {n} —"
        self.put((W - pdfw.text_w(foot, 9)) / 2, 30, foot, 9)

    def put(self, x, y, s, size):
        self.page.text(x, y, s, size)
        self.lines.append(s)

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def heading(self, s, size=12, center=False):
        self.need(size * 2.2)
        self.y -= size * 0.6
        x = (W - pdfw.text_w(s, size)) / 2 if center else LM
        self.put(x, self.y - size, s, size)
        self.y -= size * 1.7

    def para(self, s, size=10.5, indent=True):
        atoms = re.findall(r"[0-9][0-9,.]*%?|.", s)
        width = RM - LM
        lines, cur, w = [], "", (2 * size if indent else 0)
        first = True
        for a in atoms:
            aw = pdfw.text_w(a, size)
            if w + aw > width and cur:
                lines.append((first, cur)); first = False; cur, w = "", 0
            cur += a; w += aw
        if cur:
            lines.append((first, cur))
        for f, ln in lines:
            self.need(size * 1.6)
            self.put(LM + (2 * size if (f and indent) else 0), self.y - size, ln, size)
            self.y -= size * 1.6
        self.y -= 2

    def table(self, title, unit, cols, header, data, size=8, break_after=None, note=None):
        """cols: list of (x_left, x_right, align). data rows: list of cell lists."""
        rh = size * 1.9

        def head(cont):
            self.need(rh * 4)
            t = title + ("（续表）" if cont else "")
            self.put((W - pdfw.text_w(t, 11)) / 2, self.y - 11, t, 11)
            self.y -= 20
            if unit:
                self.put(RM - pdfw.text_w(unit, 8), self.y - 8, unit, 8)
                self.y -= 14
            self.page.line(LM, self.y, RM, self.y, 0.6)
            self.row(cols, header, size, bold=True)
            self.page.line(LM, self.y + 3, RM, self.y + 3, 0.4)
        head(False)
        for i, r in enumerate(data):
            if self.y - rh < BOT or (break_after is not None and i == break_after):
                self.page.line(LM, self.y + 3, RM, self.y + 3, 0.6)
                self.new_page()
                head(True)
            self.row(cols, r, size)
        self.page.line(LM, self.y + 3, RM, self.y + 3, 0.6)
        self.y -= 6
        if note:
            self.para(note, 8, indent=False)
        self.y -= 8

    def row(self, cols, cells, size, bold=False):
        rh = size * 1.9
        for (xl, xr, al), c in zip(cols, cells):
            if not c:
                continue
            x = xl if al == "l" else (xr - pdfw.text_w(c, size) if al == "r" else (xl + xr - pdfw.text_w(c, size)) / 2)
            self.put(x, self.y - size - 2, c, size)
        self.y -= rh


L = Layout()
PROSE = []
TABLES = {}


def P(s, **k):
    PROSE.append(s)
    L.para(s, **k)


def T(name, title, unit, cols, header, data, **k):
    TABLES[name] = data
    L.table(title, unit, cols, header, data, **k)


y, w, p = yuan, wan, pct
U = UNITS
# ---------- page 1: title, 目录, 概况
L.y -= 40
L.heading(TITLE, 20, center=True)
L.y -= 10
L.heading("目  录", 13, center=True)
for s in ["第一部分  朔禾市教育局概况", "    一、主要职责", "    二、决算单位构成及收支情况",
          "第二部分  2024年度部门决算情况说明", "第三部分  2024年度部门决算表",
          "    一、收入支出决算总表      二、收入决算表      三、支出决算表",
          "    四、财政拨款收入支出决算总表      五、一般公共预算财政拨款支出决算表",
          "    六、一般公共预算财政拨款基本支出决算表      七、财政拨款“三公”经费支出决算表",
          "    八、政府性基金预算财政拨款收入支出决算表      九、国有资本经营预算财政拨款支出决算表",
          "第四部分  名词解释"]:
    L.need(16); L.put(LM + 20, L.y - 10, s, 10); L.y -= 16
L.y -= 10
L.heading("第一部分  朔禾市教育局概况", 13)
L.heading("一、主要职责", 11)
P("贯彻执行国家和省、市教育工作方针政策和法律法规，拟订全市教育事业发展规划并组织实施；统筹管理全市学前教育、义务教育、普通高中教育和教师队伍建设；负责市直学校经费、资产和基本建设的监督管理；组织实施全市中小学招生考试和教育督导评估工作。")
L.heading("二、决算单位构成及收支情况", 11)
P("纳入本部门2024年度部门决算编制范围的单位共5个，包括：朔禾市教育局机关（行政单位）及所属朔禾市第一中学、朔禾市实验中学、朔禾市城南小学、朔禾市东关小学4所学校（均为公益一类事业单位）。各单位2024年度收支情况如下表。")
unit_rows = []
for u in U:
    unit_rows.append([u[0], y(u[1]), y(u[2] + u[3]), y(u[2]), y(u[3]), y(u[4][0] + u[4][1])])
unit_rows.append(["合计", y(R["inc"]), y(R["spend"]), y(R["basic"]), y(R["proj"]), y(R["sg"])])
T("units", "部门所属单位收支决算情况表", "单位：元",
  [(LM, 150, "l"), (150, 232, "r"), (232, 314, "r"), (314, 396, "r"), (396, 478, "r"), (478, RM, "r")],
  ["单位名称", "本年收入合计", "本年支出合计", "基本支出", "项目支出", "“三公”经费"], unit_rows)
# ---------- 第二部分 prose
L.new_page()
L.heading("第二部分  2024年度部门决算情况说明", 13)
L.heading("一、收入支出决算总体情况说明", 11)
d = R["total_in"] - PREV_TOTAL
P(f"2024年度收、支总计均为{w(R['total_in'])}万元。与2023年度相比，收、支总计各增加{w(d)}万元，增长{p(d, PREV_TOTAL)}%。主要原因是：朔禾市第一中学新建学生宿舍楼投入使用，运行经费和人员经费相应增加；全市义务教育阶段教师绩效工资标准调整。")
L.heading("二、收入决算情况说明", 11)
oth = sum(OTHER.values())
P(f"2024年度本年收入合计{w(R['inc'])}万元，其中：一般公共预算财政拨款收入{w(R['g_inc'])}万元，占{p(R['g_inc'], R['inc'])}%；政府性基金预算财政拨款收入{w(FUND)}万元，占{p(FUND, R['inc'])}%；事业收入{w(SHIYE)}万元，占{p(SHIYE, R['inc'])}%，为朔禾市第一中学收取的普通高中学费和住宿费；其他收入{w(oth)}万元，占{p(oth, R['inc'])}%。另有年初结转和结余{w(CARRY_IN)}万元。")
L.heading("三、支出决算情况说明", 11)
P(f"2024年度本年支出合计{w(R['spend'])}万元，其中：基本支出{w(R['basic'])}万元，占{p(R['basic'], R['spend'])}%；项目支出{w(R['proj'])}万元，占{p(R['proj'], R['spend'])}%。年末结转和结余{w(R['carry_out'])}万元，为局机关尚未完成的教育信息化项目资金。")
L.heading("四、财政拨款收入支出决算总体情况说明", 11)
ftot = R["g_inc"] + FUND + CARRY_IN
P(f"2024年度财政拨款收、支总计均为{w(ftot)}万元。收入包括：一般公共预算财政拨款收入{w(R['g_inc'])}万元，政府性基金预算财政拨款收入{w(FUND)}万元，年初财政拨款结转和结余{w(CARRY_IN)}万元；支出包括：一般公共预算财政拨款支出{w(R['g_spend'])}万元，政府性基金预算财政拨款支出{w(FUND)}万元，年末财政拨款结转和结余{w(R['carry_out'])}万元。")
L.heading("五、一般公共预算财政拨款支出决算情况说明", 11)
P(f"（一）总体情况。2024年度一般公共预算财政拨款支出{w(R['g_spend'])}万元，占本年支出合计的{p(R['g_spend'], R['spend'])}%。年初预算为{w(R['g_budget'])}万元，支出决算完成年初预算的{p(R['g_spend'], R['g_budget'])}%。")
P("（二）结构情况。" + "；".join(f"{agg[k]['name']}{w(agg[k]['g'])}万元，占{p(agg[k]['g'], R['g_spend'])}%" for k in ("205", "208", "210", "221")) + "。")
REASON = {
    "2050101": "局机关新增1名工作人员，人员经费相应增加",
    "2050199": "年中追加全市中小学安全防范设施改造补助",
    "2050202": "新增小学教师12名，城南小学运动场改造追加资金",
    "2050203": "实验中学新增教学班4个，人员及运行经费增加",
    "2050204": "第一中学新建宿舍楼投入使用，运行经费增加",
    "2050299": "年中追加全市中小学课后服务补助",
    "2050803": "部分教师培训项目改为线上开展，节约培训经费",
    "2080505": "缴费基数调整",
    "2080506": "缴费基数调整",
    "2101101": "局机关退休人员减少",
    "2101102": "缴费基数调整",
    "2210201": "缴存基数调整",
}
P("（三）具体情况。")
i = 0
kuan_of = {"20501": "教育管理事务（款）", "20502": "普通教育（款）", "20508": "进修及培训（款）", "20805": "行政事业单位养老支出（款）",
           "21011": "行政事业单位医疗（款）", "22102": "住房改革支出（款）"}
for code, r in rows.items():
    if r["budget"] is None:
        continue
    i += 1
    val = PROSE_WRONG.get(code, r["g"])
    more = "大于" if r["g"] > r["budget"] else "小于"
    P(f"{i}.{kuan_of[code[:5]]}{r['name']}（项）。年初预算为{w(r['budget'])}万元，支出决算为{w(val)}万元，完成年初预算的{p(r['g'], r['budget'])}%。决算数{more}年初预算数的主要原因是{REASON[code]}。")
L.heading("六、一般公共预算财政拨款基本支出决算情况说明", 11)
P(f"2024年度一般公共预算财政拨款基本支出{w(R['g_basic'])}万元，其中：人员经费{w(R['ry'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、生活补助等；公用经费{w(R['gy'])}万元，主要包括办公费、水费、电费、邮电费、物业管理费、差旅费、维修（护）费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。")
L.heading("七、财政拨款“三公”经费支出决算情况说明", 11)
P(f"2024年度“三公”经费财政拨款支出年初预算为{w(R['sg_bud'])}万元，支出决算为{w(R['sg'])}万元，完成年初预算的{p(R['sg'], R['sg_bud'])}%。决算数小于年初预算数的主要原因是严格执行中央八项规定精神，压减一般性支出。其中局机关{w(U[0][4][0] + U[0][4][1])}万元，4所学校合计{w(R['sg'] - U[0][4][0] - U[0][4][1])}万元。")
L.heading("（一）因公出国（境）费", 10.5)
P("年初预算为0万元，支出决算为0万元。2024年度本部门未安排此类团组，组织人次为0。")
L.heading("（二）公务用车购置及运行维护费", 10.5)
P(f"年初预算为{w(SANGONG_BUDGET['购置'] + SANGONG_BUDGET['运行'])}万元，支出决算为{w(R['yx'])}万元，完成年初预算的{p(R['yx'], SANGONG_BUDGET['购置'] + SANGONG_BUDGET['运行'])}%。其中：购置费支出0万元，本年度未购置车辆；运行维护费支出{w(R['yx'])}万元，主要用于局机关及市第一中学车辆的燃料、维修、保险、过路过桥等支出。截至2024年12月31日，车辆保有量为{CARS}辆。")
L.heading("（三）公务接待费", 10.5)
P(f"年初预算为{w(SANGONG_BUDGET['接待'])}万元，支出决算为{w(R['jd'])}万元（{y(R['jd'])}元），完成年初预算的{(Dd(100) * R['jd'] / SANGONG_BUDGET['接待']).quantize(Dd('0.01'))}%。全年共接待{SANGONG_BATCH[0]}批次、{SANGONG_BATCH[1]:,}人次，主要为上级部门督导检查和兄弟市县教育考察交流，无外事接待。")
L.heading("八、政府性基金预算财政拨款支出决算情况说明", 11)
P(f"2024年度政府性基金预算财政拨款支出{w(FUND)}万元，全部为用于教育事业的彩票公益金支出，用于市城南小学、东关小学校园体育设施更新。")
L.heading("九、国有资本经营预算财政拨款支出决算情况说明", 11)
P("本部门2024年度无国有资本经营预算财政拨款收入和支出，故《国有资本经营预算财政拨款支出决算表》为空表。")
L.heading("十、其他重要事项的情况说明", 11)
P(f"（一）机关运行经费。2024年度局机关运行经费支出{w(JIGUAN_YX)}万元，主要用于办公费、水电费、邮电费、差旅费、维修（护）费等日常公用经费支出。")
P(f"（二）政府采购情况。2024年度政府采购支出总额{w(CAIGOU[0])}万元，其中：政府采购货物支出{w(CAIGOU[1])}万元，政府采购工程支出{w(CAIGOU[2])}万元，政府采购服务支出{w(CAIGOU[3])}万元。授予中小企业合同金额{w(CAIGOU[4])}万元，占政府采购支出总额的{p(CAIGOU[4], CAIGOU[0])}%。")
P(f"（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆{CARS}辆，其中一般公务用车2辆、其他用车2辆（校车）；单价100万元以上设备2台（套）。")
# ---------- 第三部分 tables
L.new_page()
L.heading("第三部分  2024年度部门决算表", 13)
c4 = [(LM, 230, "l"), (230, 300, "r"), (304, 470, "l"), (470, RM, "r")]
inc_items = [("一、一般公共预算财政拨款收入", R["g_inc"]), ("二、政府性基金预算财政拨款收入", FUND),
             ("三、国有资本经营预算财政拨款收入", Dd(0)), ("四、上级补助收入", Dd(0)), ("五、事业收入", SHIYE),
             ("六、经营收入", Dd(0)), ("七、附属单位上缴收入", Dd(0)), ("八、其他收入", oth)]
out_items = [("一、教育支出", agg["205"]["total"]), ("二、社会保障和就业支出", agg["208"]["total"]),
             ("三、卫生健康支出", agg["210"]["total"]), ("四、住房保障支出", agg["221"]["total"]),
             ("五、其他支出", agg["229"]["total"])]
assert sum(v for _, v in inc_items) == R["inc"] and sum(v for _, v in out_items) == R["spend"]
t1 = []
for k in range(8):
    a = inc_items[k]
    b = out_items[k] if k < len(out_items) else ("", None)
    t1.append([a[0], y(a[1]), b[0], y(b[1]) if b[1] is not None else ""])
t1 += [["本年收入合计", y(R["inc"]), "本年支出合计", y(R["spend"])],
       ["使用非财政拨款结余", y(Dd(0)), "结余分配", y(Dd(0))],
       ["年初结转和结余", y(CARRY_IN), "年末结转和结余", y(R["carry_out"])],
       ["总计", y(R["total_in"]), "总计", y(R["total_out"])]]
T("t1", "收入支出决算总表", "公开01表  单位：元", c4, ["收入项目", "金额", "支出项目（按功能分类）", "金额"], t1)


def code_rows(fields, only=None, skip_zero=None):
    out = []
    for k, name in KUAN:
        if only and not only(k):
            continue
        a = agg[k]
        if skip_zero and a[skip_zero] == 0:
            continue
        out.append([k, name] + [y(a[f]) for f in fields])
        for code, r in rows.items():
            if code[:len(k)] == k and len(k) == 5 and not (skip_zero and r[skip_zero] == 0):
                out.append([code, r["name"]] + [y(r[f]) for f in fields])
    return out


c6 = [(LM, 92, "l"), (92, 250, "l"), (250, 325, "r"), (325, 400, "r"), (400, 470, "r"), (470, RM, "r")]
t2 = [["", "合计", y(R["inc"]), y(R["g_inc"] + FUND), y(SHIYE), y(oth)]]
for rr in code_rows(["inc", "g_inc", "shiye", "other"]):
    t2.append(rr)
for rr in t2[1:]:
    k = rr[0]
    src = agg[k] if k in agg else rows[k]
    rr[3] = y(src["g_inc"] + src["fund"])
T("t2", "收入决算表", "公开02表  单位：元", c6, ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"], t2)
c5 = [(LM, 92, "l"), (92, 290, "l"), (290, 375, "r"), (375, 460, "r"), (460, RM, "r")]
t3 = [["", "合计", y(R["spend"]), y(R["basic"]), y(R["proj"])]] + code_rows(["total", "basic", "proj"])
T("t3", "支出决算表", "公开03表  单位：元", c5, ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], t3)
# 04 财政拨款收入支出决算总表
c5b = [(LM, 215, "l"), (215, 290, "r"), (290, 365, "r"), (365, 455, "r"), (455, RM, "r")]
fin_out = R["g_spend"] + FUND
t4 = [["一、一般公共预算财政拨款收入", y(R["g_inc"]), "", "", ""],
      ["二、政府性基金预算财政拨款收入", y(FUND), "", "", ""],
      ["三、国有资本经营预算财政拨款收入", y(Dd(0)), "", "", ""],
      ["本年收入合计", y(R["g_inc"] + FUND), "", "", ""],
      ["年初财政拨款结转和结余", y(CARRY_IN), "", "", ""],
      ["收入总计", y(ftot), "", "", ""]]
for k, lab in (("205", "一、教育支出"), ("208", "二、社会保障和就业支出"), ("210", "三、卫生健康支出"), ("221", "四、住房保障支出"), ("229", "五、其他支出")):
    a = agg[k]
    t4.append([lab, y(a["g"] + a["fund"]), y(a["g"]), y(a["fund"]), y(Dd(0))])
t4 += [["本年支出合计", y(fin_out), y(R["g_spend"]), y(FUND), y(Dd(0))],
       ["年末财政拨款结转和结余", y(R["carry_out"]), y(R["carry_out"]), y(Dd(0)), y(Dd(0))],
       ["支出总计", y(fin_out + R["carry_out"]), y(R["g_spend"] + R["carry_out"]), y(FUND), y(Dd(0))]]
assert fin_out + R["carry_out"] == ftot
T("t4", "财政拨款收入支出决算总表", "公开04表  单位：元", c5b, ["项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"], t4, size=7.5)
# 05 一般公共预算财政拨款支出决算表 (年初预算 / 决算数 / 完成%) — forced over a page break
t5 = [["", "合计", y(R["g_budget"]), y(R["g_spend"]), p(R["g_spend"], R["g_budget"])]]
for k, name in KUAN:
    if k.startswith("229"):
        continue
    a = agg[k]
    t5.append([k, name, y(a["budget"]), y(a["g"]), p(a["g"], a["budget"])])
    if len(k) == 5:
        for code, r in rows.items():
            if code.startswith(k) and r["budget"] is not None:
                t5.append([code, r["name"], y(r["budget"]), y(r["g"]), p(r["g"], r["budget"])])
L.new_page()
T("t5", "一般公共预算财政拨款支出决算表", "公开05表  单位：元", c5, ["科目编码", "科目名称", "年初预算数", "决算数", "完成%"], t5, break_after=9)
# 06 基本支出
c3 = [(LM, 100, "l"), (100, 380, "l"), (380, RM, "r")]
t6 = [["", "人员经费合计", y(R["ry"])]]
for c, n, v in RENYUAN:
    t6.append([c, n, y(R["b30101"] if v is None else v)])
t6.append(["", "公用经费合计", y(R["gy"])])
for c, n, v in GONGYONG:
    t6.append([c, n, y(v)])
t6.append(["", "基本支出合计", y(R["g_basic"])])
T("t6", "一般公共预算财政拨款基本支出决算表", "公开06表  单位：元", c3, ["经济分类科目编码", "科目名称", "决算数"], t6)
# 07 三公
c4b = [(LM, 290, "l"), (290, 375, "r"), (375, 460, "r"), (460, RM, "r")]
bud_car = SANGONG_BUDGET["购置"] + SANGONG_BUDGET["运行"]
t7 = [["合计", y(R["sg_bud"]), y(R["sg"]), p(R["sg"], R["sg_bud"])],
      ["1.因公出国（境）费", y(Dd(0)), y(Dd(0)), "—"],
      ["2.公务用车购置及运行维护费", y(bud_car), y(R["yx"]), p(R["yx"], bud_car)],
      ["  （1）公务用车购置费", y(Dd(0)), y(Dd(0)), "—"],
      ["  （2）公务用车运行维护费", y(SANGONG_BUDGET["运行"]), y(R["yx"]), p(R["yx"], SANGONG_BUDGET["运行"])],
      ["3.公务接待费", y(SANGONG_BUDGET["接待"]), y(R["jd"]), str((Dd(100) * R["jd"] / SANGONG_BUDGET["接待"]).quantize(Dd("0.01")))]]
T("t7", "财政拨款“三公”经费支出决算表", "公开07表  单位：元", c4b, ["项目", "预算数", "决算数", "完成%"], t7,
  note=f"注：2024年度公务用车保有量{CARS}辆，国内公务接待{SANGONG_BATCH[0]}批次、{SANGONG_BATCH[1]:,}人次；未发生因公出国（境）费用。")
# 08 政府性基金
c6b = [(LM, 92, "l"), (92, 270, "l"), (270, 340, "r"), (340, 410, "r"), (410, 478, "r"), (478, RM, "r")]
t8 = [["", "合计", y(Dd(0)), y(FUND), y(FUND), y(Dd(0))],
      ["229", "其他支出", y(Dd(0)), y(FUND), y(FUND), y(Dd(0))],
      ["22960", "彩票公益金安排的支出", y(Dd(0)), y(FUND), y(FUND), y(Dd(0))],
      ["2296003", "用于教育事业的彩票公益金支出", y(Dd(0)), y(FUND), y(FUND), y(Dd(0))]]
T("t8", "政府性基金预算财政拨款收入支出决算表", "公开08表  单位：元", c6b, ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"], t8)
# 09 国资 (empty)
T("t9", "国有资本经营预算财政拨款支出决算表", "公开09表  单位：元", c5, ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], [["", "合计", "", "", ""]],
  note="注：本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。")
L.heading("第四部分  名词解释", 13)
P("1.财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算财政拨款和政府性基金预算财政拨款。")
P("2.事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，本部门为普通高中学费和住宿费收入。")
P("3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
P("4.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
L.doc.save(OUT)
json.dump({"pages": L.pages, "prose": PROSE, "tables": TABLES, "npages": len(L.pages)},
          open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
print("wrote", OUT, len(L.pages), "pages")
