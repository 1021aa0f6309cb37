# -*- coding: utf-8 -*-
"""Write docs/E-ruixi-jyj-2024-bmjs.xlsx (OOXML by hand, stdlib zipfile) and gen/e_text.json (displayed text per sheet)."""
import json, os, zipfile
from xml.sax.saxutils import escape
import e_data as E
from e_data import yuan, wan, pct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-ruixi-jyj-2024-bmjs.xlsx")
D = E.compute()
T, U = D["T"], D["U"]
UNIT_ORDER = [u for u, _ in E.UNITS]
SHORT = {"JG": "局机关", "YZ": "汭溪市第一中学", "SX": "汭溪市实验小学", "TJ": "汭溪市特殊教育学校"}


class Money(int):
    """an amount in 分, written as a number (元) with format #,##0.00"""


class Pct(float):
    pass


def W(v):
    return wan(v)


# ---------------- prose (万元) ----------------
g = D["gp_rows"]
b = D["budget"]
pl = E.PLANTED
diff_total = T["total_in"] - D["total_2023"]
diff_gp = T["gp_exp"] - D["gp_2023"]
sgb = sum(D["sg_budget"])
sg = T["sg_total"]
fin_open = T["gp_open"]
fin_exp = T["gp_exp"] + T["gf_exp"]
fin_close = T["gp_close"] + T["gf_close"]
assert fin_open + T["fin_inc"] == fin_exp + fin_close


def item(code, extra=""):
    v = sum(g[code])
    shown = pl["prose_wan"] if code == pl["code"] else W(v)
    return f"{E.NAMES[code]}（{code}）{shown}万元，完成调整预算的{pct(v, b[code][1])}%{extra}"


PROSE = [
    "汭溪市教育局2024年度部门决算",
    "第一部分 部门概况",
    "一、主要职能：汭溪市教育局是市人民政府主管全市教育工作的工作部门，负责统筹规划和管理全市各级各类教育，指导市直学校的教育教学、招生考试、教师队伍建设和经费管理工作。",
    f"二、决算单位构成：纳入2024年度部门决算编制范围的单位共4个，包括局机关（行政单位）和汭溪市第一中学、汭溪市实验小学、汭溪市特殊教育学校3所学校（公益一类事业单位）。年末在职人员{T['staff']}人，其中局机关{U['JG']['staff']}人、第一中学{U['YZ']['staff']}人、实验小学{U['SX']['staff']}人、特殊教育学校{U['TJ']['staff']}人；在校学生{T['pupils']}人。",
    "第二部分 2024年度部门决算情况说明（金额单位：万元）",
    f"一、收入支出决算总体情况说明：2024年度收入总计{W(T['total_in'])}万元，支出总计{W(T['total_out'])}万元。与上年相比，收、支总计各增加{W(diff_total)}万元，增长{pct(diff_total, D['total_2023'])}%。主要原因是第一中学高中部扩招新增教学班，人员经费和教学设施项目支出相应增加。",
    f"二、收入决算情况说明：2024年度本年收入合计{W(T['inc'])}万元，其中：财政拨款收入{W(T['fin_inc'])}万元，占{pct(T['fin_inc'], T['inc'])}%；事业收入{W(T['sy'])}万元，占{pct(T['sy'], T['inc'])}%，为第一中学高中部学费、住宿费收入；其他收入{W(T['qt'])}万元，占{pct(T['qt'], T['inc'])}%。另有年初结转和结余{W(T['open'])}万元。",
    f"三、支出决算情况说明：2024年度本年支出合计{W(T['exp'])}万元，其中：基本支出{W(T['base'])}万元，占{pct(T['base'], T['exp'])}%；项目支出{W(T['proj'])}万元，占{pct(T['proj'], T['exp'])}%。年末结转和结余{W(T['close'])}万元。",
    f"四、财政拨款收入支出决算总体情况说明：2024年度财政拨款收入总计{W(fin_open + T['fin_inc'])}万元，其中年初财政拨款结转和结余{W(fin_open)}万元、本年财政拨款收入{W(T['fin_inc'])}万元；财政拨款支出{W(fin_exp)}万元，年末财政拨款结转和结余{W(fin_close)}万元。",
    f"五、一般公共预算财政拨款支出决算情况说明：2024年度一般公共预算财政拨款支出{W(T['gp_exp'])}万元，占本年支出合计的{pct(T['gp_exp'], T['exp'])}%。与上年相比增加{W(diff_gp)}万元，增长{pct(diff_gp, D['gp_2023'])}%。年初预算数{W(D['bud_total'][0])}万元，调整预算数{W(D['bud_total'][1])}万元，决算数为调整预算的{pct(T['gp_exp'], D['bud_total'][1])}%。",
    "主要支出项目：" + "；".join([
        item("2050202"), item("2050203"), item("2050204", "，主要用于高中部教职工工资福利和新增教学班设施设备购置"),
        item("2050701"), item("2050101"),
        item("2050199", "，决算数小于调整预算数的主要原因是部分教育信息化项目年底未完成验收、资金结转下年"),
        item("2050803"), item("2080505"), item("2210201")]) + "。",
    f"六、一般公共预算财政拨款基本支出决算情况说明：2024年度一般公共预算财政拨款基本支出{W(D['gp_base'])}万元，其中：人员经费{W(D['pers_total'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、退休费等；公用经费{W(D['pub_total'])}万元，主要包括办公费、水电费、维修（护）费、工会经费、公务接待费、公务用车运行维护费等。",
    f"七、“三公”经费支出决算情况说明：2024年度一般公共预算财政拨款“三公”经费预算{W(sgb)}万元，决算{W(sg)}万元，完成预算的{pct(sg, sgb)}%；比上年决算{W(D['sg_2023'])}万元减少{W(D['sg_2023'] - sg)}万元，下降{pct(D['sg_2023'] - sg, D['sg_2023'])}%。其中：因公出国（境）费决算0万元，全年未安排因公出国（境）团组；公务用车购置费决算0万元，全年未购置公务用车；公务用车运行维护费预算{W(D['sg_budget'][2])}万元，决算{W(T['sg'][2])}万元，年末公务用车保有量{T['cars']}辆；公务接待费预算{W(D['sg_budget'][3])}万元，决算{W(T['sg'][3])}万元，全年国内公务接待61批次、486人次。决算数小于预算数的主要原因是严格执行中央八项规定精神，压减公务接待，公务用车按标准保障教学检查和特殊教育学校学生接送。",
    f"八、政府性基金预算财政拨款收入支出决算情况说明：2024年度政府性基金预算财政拨款收入{W(T['gf_inc'])}万元，为用于教育事业的彩票公益金；支出{W(T['gf_exp'])}万元，用于第一中学学生资助和特殊教育学校康复设施项目；年末结转{W(T['gf_close'])}万元。",
    "九、国有资本经营预算财政拨款支出决算情况说明：本部门2024年度无国有资本经营预算财政拨款收支，国有资本经营预算财政拨款支出决算表为空表，故未列示。",
    f"十、国有资产占用情况说明：截至2024年12月31日，本部门资产总额{W(T['asset'])}万元，其中：流动资产{W(T['liudong'])}万元，固定资产{W(T['guding'])}万元，无形资产{W(T['wuxing'])}万元。共有车辆{T['cars']}辆，单价50万元以上通用及专用设备{T['equip']}台（套）。",
    "第三部分 附表（金额单位：元）：收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表、一般公共预算财政拨款基本支出决算表、“三公”经费支出决算表、政府性基金预算财政拨款收入支出决算表、国有资产占用情况表、分单位收支情况对照表。",
]

# ---------------- sheets ----------------
# each sheet: dict(name, rows (list of lists; None = empty), merges [refs], widths)
HEAD_UNIT = "编制单位：汭溪市教育局" + "　" * 6 + "金额单位：元"


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


sheets = []
sheets.append({"name": "决算说明", "rows": [[p] for p in PROSE], "merges": [], "widths": [120]})

# 1 收入支出决算总表
inc_rows = [("一、一般公共预算财政拨款收入", T["gp_inc"]), ("二、政府性基金预算财政拨款收入", T["gf_inc"]),
            ("三、国有资本经营预算财政拨款收入", 0), ("四、上级补助收入", 0), ("五、事业收入", T["sy"]),
            ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", T["qt"])]
fr = D["all_rows"]
exp_rows = [("一、教育支出", sum(fr["205"])), ("二、社会保障和就业支出", sum(fr["208"])), ("三、卫生健康支出", sum(fr["210"])),
            ("四、住房保障支出", sum(fr["221"])), ("五、其他支出", sum(fr["229"]))]
rows = [["收入支出决算总表", None, None, None], ["公开01表" + "　" * 4 + HEAD_UNIT, None, None, None],
        ["收入", None, "支出", None], ["项目", "决算数", "项目", "决算数"]]
for i in range(max(len(inc_rows), len(exp_rows))):
    l = inc_rows[i] if i < len(inc_rows) else (None, None)
    r = exp_rows[i] if i < len(exp_rows) else (None, None)
    rows.append([l[0], Money(l[1]) if l[0] else None, r[0], Money(r[1]) if r[0] else None])
rows.append(["本年收入合计", Money(T["inc"]), "本年支出合计", Money(T["exp"])])
rows.append(["年初结转和结余", Money(T["open"]), "年末结转和结余", Money(T["close"])])
rows.append(["总计", Money(T["total_in"]), "总计", Money(T["total_out"])])
sheets.append({"name": "收入支出决算总表", "rows": rows, "merges": ["A1:D1", "A2:D2", "A3:B3", "C3:D3"], "widths": [34, 20, 30, 20]})

# 2 收入决算表 (分单位)
rows = [["收入决算表", None, None, None, None, None, None], ["公开02表" + "　" * 4 + HEAD_UNIT] + [None] * 6,
        ["单位名称", "本年收入合计", "财政拨款收入", None, None, "事业收入", "其他收入"],
        [None, None, "小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", None, None]]
rows.append(["合计", Money(T["inc"]), Money(T["fin_inc"]), Money(T["gp_inc"]), Money(T["gf_inc"]), Money(T["sy"]), Money(T["qt"])])
for u in UNIT_ORDER:
    x = U[u]
    rows.append([E.UNAME[u], Money(x["inc"]), Money(x["fin_inc"]), Money(x["gp_inc"]), Money(x["gf_inc"]), Money(x["sy"]), Money(x["qt"])])
sheets.append({"name": "收入决算表", "rows": rows, "merges": ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4"],
               "widths": [28, 18, 18, 22, 22, 16, 14]})

# 3 支出决算表 (分科目, all funds)
rows = [["支出决算表", None, None, None, None], ["公开03表" + "　" * 4 + HEAD_UNIT] + [None] * 4,
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["合计", None, Money(T["exp"]), Money(T["base"]), Money(T["proj"])]]
for code in D["ORD2"]:
    bb, pp = fr[code]
    rows.append([code, E.NAMES[code], Money(bb + pp), Money(bb), Money(pp)])
sheets.append({"name": "支出决算表", "rows": rows, "merges": ["A1:E1", "A2:E2", "A4:B4"], "widths": [12, 34, 18, 18, 18]})

# 4 财政拨款收入支出决算总表
rows = [["财政拨款收入支出决算总表"] + [None] * 5, ["公开04表" + "　" * 4 + HEAD_UNIT] + [None] * 5,
        ["收入", None, "支出", None, None, None],
        ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]]
left = [("一、一般公共预算财政拨款", T["gp_inc"]), ("二、政府性基金预算财政拨款", T["gf_inc"]), ("三、国有资本经营预算财政拨款", 0)]
right = []
for i, code in enumerate(["205", "208", "210", "221", "229"]):
    gpv = sum(g[code]) if code in g else 0
    gfv = T["gf_exp"] if code == "229" else 0
    right.append(("一二三四五"[i] + "、" + E.NAMES[code], gpv + gfv, gpv, gfv))
for i in range(len(right)):
    l = left[i] if i < len(left) else (None, None)
    r = right[i]
    rows.append([l[0], Money(l[1]) if l[0] else None, r[0], Money(r[1]), Money(r[2]), Money(r[3])])
rows.append(["本年收入合计", Money(T["fin_inc"]), "本年支出合计", Money(fin_exp), Money(T["gp_exp"]), Money(T["gf_exp"])])
rows.append(["年初财政拨款结转和结余", Money(fin_open), "年末财政拨款结转和结余", Money(fin_close), Money(T["gp_close"]), Money(T["gf_close"])])
rows.append(["总计", Money(fin_open + T["fin_inc"]), "总计", Money(fin_exp + fin_close), Money(T["gp_exp"] + T["gp_close"]), Money(T["gf_exp"] + T["gf_close"])])
sheets.append({"name": "财政拨款收入支出决算总表", "rows": rows, "merges": ["A1:F1", "A2:F2", "A3:B3", "C3:F3"],
               "widths": [30, 18, 30, 18, 22, 22]})

# 5 一般公共预算财政拨款支出决算表 (两行表头, 合并单元格)
rows = [["一般公共预算财政拨款支出决算表"] + [None] * 7, ["公开05表" + "　" * 4 + HEAD_UNIT] + [None] * 7,
        ["科目", None, "年初预算数", "调整预算数", "决算数", None, None, "完成%"],
        ["科目编码", "科目名称", None, None, "合计", "基本支出", "项目支出", None]]
bt = D["bud_total"]
rows.append(["合计", None, Money(bt[0]), Money(bt[1]), Money(T["gp_exp"]), Money(D["gp_base"]), Money(D["gp_proj"]), Pct(pct(T["gp_exp"], bt[1]))])
for code in E.ORDER:
    bb, pp = g[code]
    rows.append([code, E.NAMES[code], Money(b[code][0]), Money(b[code][1]), Money(bb + pp), Money(bb), Money(pp), Pct(pct(bb + pp, b[code][1]))])
sheets.append({"name": "一般公共预算财政拨款支出决算表", "rows": rows,
               "merges": ["A1:H1", "A2:H2", "A3:B3", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A5:B5"],
               "widths": [12, 34, 18, 18, 18, 18, 18, 10]})

# 6 基本支出决算表
rows = [["一般公共预算财政拨款基本支出决算表", None, None], ["公开06表" + "　" * 4 + HEAD_UNIT, None, None],
        ["经济分类科目编码", "科目名称", "决算数"], ["合计", None, Money(D["gp_base"])],
        ["301/303", "人员经费", Money(D["pers_total"])]]
for code, name, v in D["pers"]:
    rows.append([code, name, Money(v)])
rows.append(["302", "公用经费", Money(D["pub_total"])])
for code, name, v in D["pub"]:
    rows.append([code, name, Money(v)])
sheets.append({"name": "基本支出决算表", "rows": rows, "merges": ["A1:C1", "A2:C2", "A4:B4"], "widths": [18, 34, 18]})

# 7 三公经费
sb, sd = D["sg_budget"], T["sg"]
rows = [["一般公共预算财政拨款“三公”经费支出决算表", None, None, None], ["公开07表" + "　" * 4 + HEAD_UNIT, None, None, None],
        ["项目", "预算数", "决算数", "决算数比预算数增减"],
        ["合计", Money(sum(sb)), Money(sum(sd)), Money(sum(sd) - sum(sb))],
        ["1.因公出国（境）费", Money(sb[0]), Money(sd[0]), Money(sd[0] - sb[0])],
        ["2.公务用车购置及运行维护费", Money(sb[1] + sb[2]), Money(sd[1] + sd[2]), Money(sd[1] + sd[2] - sb[1] - sb[2])],
        ["  （1）公务用车购置费", Money(sb[1]), Money(sd[1]), Money(sd[1] - sb[1])],
        ["  （2）公务用车运行维护费", Money(sb[2]), Money(sd[2]), Money(sd[2] - sb[2])],
        ["3.公务接待费", Money(sb[3]), Money(sd[3]), Money(sd[3] - sb[3])]]
sheets.append({"name": "三公经费决算表", "rows": rows, "merges": ["A1:D1", "A2:D2"], "widths": [32, 16, 16, 20]})

# 8 政府性基金
rows = [["政府性基金预算财政拨款收入支出决算表"] + [None] * 7, ["公开08表" + "　" * 4 + HEAD_UNIT] + [None] * 7,
        ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", None, None, "年末结转和结余"],
        [None, None, None, None, "小计", "基本支出", "项目支出", None]]
for code in ["合计", "229", "22960", "2296003"]:
    nm = None if code == "合计" else E.NAMES[code]
    rows.append([code, nm, Money(0), Money(T["gf_inc"]), Money(T["gf_exp"]), Money(0), Money(T["gf_exp"]), Money(T["gf_close"])])
sheets.append({"name": "政府性基金决算表", "rows": rows,
               "merges": ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A5:B5"],
               "widths": [12, 30, 16, 16, 16, 14, 16, 16]})

# 9 国有资产占用
rows = [["国有资产占用情况表"] + [None] * 6, [HEAD_UNIT] + [None] * 6,
        ["单位名称", "资产总额", "流动资产", "固定资产", "无形资产", "车辆（辆）", "单价50万元以上设备（台/套）"]]
rows.append(["合计", Money(T["asset"]), Money(T["liudong"]), Money(T["guding"]), Money(T["wuxing"]), T["cars"], T["equip"]])
for u in UNIT_ORDER:
    x = U[u]
    rows.append([E.UNAME[u], Money(x["asset"]), Money(x["liudong"]), Money(x["guding"]), Money(x["wuxing"]), x["cars"], x["equip"]])
sheets.append({"name": "国有资产占用表", "rows": rows, "merges": ["A1:G1", "A2:G2"], "widths": [28, 20, 18, 20, 18, 12, 26]})

# 10 分单位对照 (text cells with thousands separators)
lab = [("本年收入合计", "inc"), ("其中：财政拨款收入", "fin_inc"), ("    一般公共预算财政拨款", "gp_inc"),
       ("    政府性基金预算财政拨款", "gf_inc"), ("事业收入", "sy"), ("其他收入", "qt"), ("年初结转和结余", "open"),
       ("本年支出合计", "exp"), ("其中：基本支出", "base"), ("项目支出", "proj"), ("年末结转和结余", "close"),
       ("“三公”经费决算", "sg_total"), ("资产总额", "asset")]
rows = [["分单位收支情况对照表（2024年度）"] + [None] * 5, ["金额单位：元；人数单位：人"] + [None] * 5,
        ["项目"] + [SHORT[u] for u in UNIT_ORDER] + ["部门合计"]]
for name, k in lab:
    rows.append([name] + [yuan(U[u][k]) for u in UNIT_ORDER] + [yuan(T[k])])
for name, k in [("在职人员（人）", "staff"), ("在校学生（人）", "pupils"), ("公务用车（辆）", "cars")]:
    rows.append([name] + [str(U[u][k]) for u in UNIT_ORDER] + [str(T[k])])
sheets.append({"name": "分单位对照表", "rows": rows, "merges": ["A1:F1", "A2:F2"], "widths": [28, 20, 20, 20, 22, 20]})


# ---------------- OOXML ----------------
def build():
    sst, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(sst)
            sst.append(s)
        return sidx[s]

    text_dump = []
    sheet_xml = []
    for sh in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        out.append("<cols>" + "".join(f'<col min="{i+1}" max="{i+1}" width="{w}" customWidth="1"/>' for i, w in enumerate(sh["widths"])) + "</cols>")
        out.append("<sheetData>")
        disp_rows = []
        for ri, row in enumerate(sh["rows"], start=1):
            cells, disp = [], []
            for ci, v in enumerate(row):
                ref = f"{col_letter(ci)}{ri}"
                if v is None:
                    disp.append("")
                    continue
                if isinstance(v, Money):
                    val = f"{int(v) // 100}.{int(v) % 100:02d}" if v >= 0 else "-" + f"{(-int(v)) // 100}.{(-int(v)) % 100:02d}"
                    cells.append(f'<c r="{ref}" s="1"><v>{val}</v></c>')
                    disp.append(yuan(int(v)))
                elif isinstance(v, Pct):
                    cells.append(f'<c r="{ref}" s="3"><v>{float(v)}</v></c>')
                    disp.append(f"{float(v):.2f}")
                elif isinstance(v, int):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                    disp.append(str(v))
                else:
                    st = ' s="2"' if ri <= 4 and sh["name"] != "决算说明" else ""
                    if sh["name"] == "决算说明" and (ri == 1 or v.startswith("第")):
                        st = ' s="2"'
                    cells.append(f'<c r="{ref}" t="s"{st}><v>{si(v)}</v></c>')
                    disp.append(v)
            out.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
            disp_rows.append(disp)
        out.append("</sheetData>")
        if sh["merges"]:
            out.append(f'<mergeCells count="{len(sh["merges"])}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sh["merges"]) + "</mergeCells>")
        out.append("</worksheet>")
        sheet_xml.append("".join(out))
        text_dump.append({"name": sh["name"], "rows": disp_rows, "merges": sh["merges"]})

    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    for i in range(len(sheets)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, sh in enumerate(sheets):
        wb.append(f'<sheet name="{escape(sh["name"])}" sheetId="{i+1}" r:id="rId{i+1}"/>')
        wrels.append(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>')
    n = len(sheets)
    wb.append("</sheets></workbook>")
    wrels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wrels.append(f'<Relationship Id="rId{n+2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
    wrels.append("</Relationships>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
              '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sstx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">'
            + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in sst) + "</sst>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>汭溪市教育局2024年度部门决算</dc:title><dc:creator>汭溪市教育局</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-09-15T08:00:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        put("[Content_Types].xml", "".join(ct))
        put("_rels/.rels", rels)
        put("docProps/core.xml", core)
        put("docProps/app.xml", app)
        put("xl/workbook.xml", "".join(wb))
        put("xl/_rels/workbook.xml.rels", "".join(wrels))
        put("xl/styles.xml", styles)
        put("xl/sharedStrings.xml", sstx)
        for i, x in enumerate(sheet_xml):
            put(f"xl/worksheets/sheet{i+1}.xml", x)
    with open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8") as f:
        json.dump({"prose": PROSE, "sheets": text_dump}, f, ensure_ascii=False, indent=0)
    print("wrote", OUT, len(sheets), "sheets")


if __name__ == "__main__":
    build()
