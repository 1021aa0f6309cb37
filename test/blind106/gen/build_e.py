# -*- coding: utf-8 -*-
"""Write docs/E-mengxi-wjj-2024-bmjs.xlsx (stdlib zipfile OOXML) and gen/e_text.json."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e_data as E

OUT = os.path.join(HERE, "..", "docs", "E-mengxi-wjj-2024-bmjs.xlsx")
D = E.compute()
U = E.UNITS


class M:  # money in 0.01 万元
    def __init__(self, cents): self.c = cents


def ms(cents):
    return f"{cents / 100:.2f}"


def mv(cents):  # value as stored in <v>
    s = f"{cents / 100:.2f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, merges=(), widths=None):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    if widths:
        out.append("<cols>" + "".join(f'<col min="{i+1}" max="{i+1}" width="{w}" customWidth="1"/>'
                                      for i, w in enumerate(widths)) + "</cols>")
    out.append("<sheetData>")
    for r, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, M):
                cells.append(f'<c r="{ref}" s="1"><v>{mv(v.c)}</v></c>')
            elif isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


SHEETS = []   # (name, rows, merges, widths)
PROSE = []


def pct(a, b):
    return E.pct(a, b)


# ---- 0 说明 ----
inc = D["inc"]
fin = inc[0] + inc[1]
PROSE += [
    "濛溪县卫生健康局2024年度部门决算",
    "一、部门基本情况",
    "濛溪县卫生健康局2024年度部门决算由局机关（本级）和所属3个二级单位的决算汇总而成，二级单位为：濛溪县疾病预防控制中心、濛溪县妇幼保健院、濛溪县卫生监督所。2024年末在职人员{}人。".format(D["staff"]),
    "二、收入支出决算总体情况",
    "2024年度收入总计{}万元、支出总计{}万元。收入合计{}万元，较上年{}万元增加{}万元，增长{}%，主要原因是基本公共卫生服务和重大公共卫生服务补助资金增加。".format(
        ms(D["income_total"] + inc[4]), ms(D["exp_total"] + D["carry_out"]), ms(D["income_total"]),
        ms(E.LAST_YEAR_INCOME), ms(D["income_total"] - E.LAST_YEAR_INCOME), D["growth_income"]),
    "三、收入决算情况",
    "本年收入合计{}万元，其中：财政拨款收入{}万元（一般公共预算财政拨款{}万元、政府性基金预算财政拨款{}万元），占{}%；事业收入{}万元，占{}%，主要是濛溪县妇幼保健院的医疗收入；其他收入{}万元，占{}%。另有年初结转和结余{}万元。".format(
        ms(D["income_total"]), ms(fin), ms(inc[0]), ms(inc[1]), pct(fin, D["income_total"]), ms(inc[2]),
        pct(inc[2], D["income_total"]), ms(inc[3]), pct(inc[3], D["income_total"]), ms(inc[4])),
    "四、支出决算情况",
    "本年支出合计{}万元，其中：基本支出{}万元，占{}%，主要用于保障在职人员工资福利和机构日常运转；项目支出{}万元，占{}%，主要用于基本公共卫生服务、重大公共卫生服务、妇幼保健院医疗设备购置和疾控中心实验室能力提升。年末结转和结余{}万元。".format(
        ms(D["exp_total"]), ms(E.PROSE_BASIC_WRONG), pct(D["basic"], D["exp_total"]), ms(D["proj"]),
        pct(D["proj"], D["exp_total"]), ms(D["carry_out"])),
    "五、一般公共预算财政拨款支出决算情况",
    "2024年度一般公共预算财政拨款支出{}万元，年初预算{}万元，调整预算{}万元，决算数为调整预算的{}%。决算数大于年初预算的主要原因是年中追加基本公共卫生服务、重大公共卫生服务补助资金和调整人员工资；小于调整预算的主要原因是部分项目资金结转下年使用。".format(
        ms(D["gpb_total"]), ms(D["gpb_budget0"]), ms(D["gpb_budget1"]), pct(D["gpb_total"], D["gpb_budget1"])),
    "六、一般公共预算财政拨款基本支出决算情况",
    "2024年度一般公共预算财政拨款基本支出{}万元，其中：人员经费{}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金和退休费等；公用经费{}万元，主要包括办公费、水电费、差旅费、维修（护）费、公务接待费和公务用车运行维护费等。".format(
        ms(D["gpb_basic"]), ms(D["personnel"]), ms(D["public"])),
    "七、“三公”经费支出决算情况",
    "2024年度财政拨款“三公”经费支出{}万元，完成预算{}万元的{}%。其中：因公出国（境）费0.00万元；公务用车购置及运行维护费{}万元（公务用车购置费0.00万元、公务用车运行维护费{}万元）；公务接待费{}万元，全年国内公务接待26批次、183人次。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务接待和公务用车支出。截至2024年12月31日，本部门共有公务用车{}辆。".format(
        ms(D["sangong"]), ms(D["sangong_budget"]), pct(D["sangong"], D["sangong_budget"]), ms(D["sangong_car"]),
        ms(D["sangong_car"]), ms(D["sangong_rec"]), D["cars"]),
    "八、政府性基金预算财政拨款收支情况",
    "2024年度政府性基金预算财政拨款收入{}万元，支出{}万元，全部为用于其他社会公益事业的彩票公益金支出，用于县级卫生应急物资储备，年末无结转。".format(ms(inc[1]), ms(inc[1])),
    "九、国有资产占用情况",
    "截至2024年12月31日，本部门资产总额{}万元，其中：流动资产{}万元，固定资产{}万元，在建工程{}万元（濛溪县妇幼保健院住院楼改造工程），无形资产{}万元。单价100万元以上专用设备{}台。".format(
        ms(D["asset"]), ms(sum(E.ASSET[u][0] for u in U)), ms(sum(E.ASSET[u][1] for u in U)),
        ms(sum(E.ASSET[u][2] for u in U)), ms(sum(E.ASSET[u][3] for u in U)), D["equip"]),
    "十、预算绩效情况",
    "2024年度本部门对{}个重点项目开展绩效自评，涉及全年预算{}万元，全年执行{}万元。自评结果详见《项目支出绩效自评表》。".format(
        len(E.PERF), ms(sum(p[3] for p in E.PERF)), ms(sum(p[4] for p in E.PERF))),
    "注：本部门决算金额单位均为万元。",
]
SHEETS.append(("部门决算说明", [[p] for p in PROSE], [], [120]))

# ---- 1 收入支出决算总表 ----
rows = [["收入支出决算总表"], ["部门：濛溪县卫生健康局", "", "", "单位：万元"],
        ["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", M(inc[0]), "一、社会保障和就业支出", M(D["func_sub"]["208"][0] + D["func_sub"]["208"][1])],
        ["二、政府性基金预算财政拨款收入", M(inc[1]), "二、卫生健康支出", M(sum(D["func_sub"]["210"]))],
        ["三、国有资本经营预算财政拨款收入", M(0), "三、住房保障支出", M(sum(D["func_sub"]["221"]))],
        ["四、事业收入", M(inc[2]), "四、其他支出", M(sum(D["func_sub"]["229"]))],
        ["五、其他收入", M(inc[3]), "", ""],
        ["本年收入合计", M(D["income_total"]), "本年支出合计", M(D["exp_total"])],
        ["年初结转和结余", M(inc[4]), "年末结转和结余", M(D["carry_out"])],
        ["总计", M(D["income_total"] + inc[4]), "总计", M(D["exp_total"] + D["carry_out"])]]
SHEETS.append(("1收入支出决算总表", rows, ["A1:D1", "A3:B3", "C3:D3"], [34, 14, 30, 14]))

# ---- 2 收入决算表 (by unit) ----
rows = [["收入决算表"], ["部门：濛溪县卫生健康局", "", "", "", "", "", "单位：万元"],
        ["单位名称", "本年收入合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入", "年初结转和结余"],
        ["合计", M(D["income_total"]), M(inc[0]), M(inc[1]), M(inc[2]), M(inc[3]), M(inc[4])]]
for u in U:
    x = E.INC[u]
    rows.append([E.UNIT_FULL[u], M(D["income_total_u"][u]), M(x[0]), M(x[1]), M(x[2]), M(x[3]), M(x[4])])
SHEETS.append(("2收入决算表", rows, ["A1:G1"], [30, 14, 16, 16, 12, 12, 14]))

# ---- 3 支出决算表 (function) ----
rows = [["支出决算表"], ["部门：濛溪县卫生健康局", "", "", "", "单位：万元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["", "合计", M(D["exp_total"]), M(D["basic"]), M(D["proj"])]]
for code, name, b, p in E.FUNC:
    if b is None:
        b, p = D["func_sub"][code]
    rows.append([code, name, M(b + p), M(b), M(p)])
SHEETS.append(("3支出决算表", rows, ["A1:E1"], [12, 36, 14, 12, 12]))

# ---- 4 财政拨款收入支出决算总表 ----
rows = [["财政拨款收入支出决算总表"], ["部门：濛溪县卫生健康局", "", "", "单位：万元"],
        ["项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        ["年初财政拨款结转和结余", M(E.GPB_CARRY_IN), M(E.GPB_CARRY_IN), M(0)],
        ["本年财政拨款收入", M(fin), M(inc[0]), M(inc[1])],
        ["本年财政拨款支出", M(D["gpb_total"] + inc[1]), M(D["gpb_total"]), M(inc[1])],
        ["其中：基本支出", M(D["gpb_basic"]), M(D["gpb_basic"]), M(0)],
        ["项目支出", M(D["gpb_proj"] + inc[1]), M(D["gpb_proj"]), M(inc[1])],
        ["年末财政拨款结转和结余", M(D["gpb_carry_out"]), M(D["gpb_carry_out"]), M(0)]]
SHEETS.append(("4财政拨款收入支出决算总表", rows, ["A1:D1"], [26, 14, 20, 20]))

# ---- 5 一般公共预算财政拨款支出决算表 ----
names = {f[0]: f[1] for f in E.FUNC}
rows = [["一般公共预算财政拨款支出决算表"], ["部门：濛溪县卫生健康局", "", "", "", "", "", "单位：万元"],
        ["科目编码", "科目名称", "年初预算", "调整预算", "决算数", "其中：基本支出", "项目支出"],
        ["", "合计", M(D["gpb_budget0"]), M(D["gpb_budget1"]), M(D["gpb_total"]), M(D["gpb_basic"]), M(D["gpb_proj"])]]
GSUB = {}
for code, name, b, p in E.FUNC:
    if b is None:
        kids = [g for g in E.GPB if g[0].startswith(code)]
        if not kids:
            continue
        vals = [sum(g[i] for g in kids) for i in range(1, 6)]
        GSUB[code] = vals
        rows.append([code, name] + [M(v) for v in vals])
    else:
        g = [g for g in E.GPB if g[0] == code]
        if g:
            rows.append([code, name] + [M(v) for v in g[0][1:]])
SHEETS.append(("5一般公共预算财政拨款支出决算表", rows, ["A1:G1"], [12, 36, 12, 12, 12, 14, 12]))

# ---- 6 基本支出 (经济科目) ----
rows = [["一般公共预算财政拨款基本支出决算表"], ["部门：濛溪县卫生健康局", "", "单位：万元"],
        ["经济科目编码", "经济科目名称", "决算数"],
        ["", "合计", M(D["gpb_basic"])], ["", "人员经费合计", M(D["personnel"])], ["", "公用经费合计", M(D["public"])]]
for code, name, v in E.ECON:
    rows.append([code, name, M(D["econ_sub"][code] if v is None else v)])
SHEETS.append(("6基本支出决算表", rows, ["A1:C1"], [14, 30, 12]))

# ---- 7 三公 ----
b = E.SANGONG_BUDGET
rows = [["财政拨款“三公”经费支出决算表"], ["部门：濛溪县卫生健康局", "", "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", M(D["sangong_budget"]), M(D["sangong"])],
        ["1.因公出国（境）费", M(b["因公出国（境）费"]), M(0)],
        ["2.公务用车购置及运行维护费", M(b["公务用车购置费"] + b["公务用车运行维护费"]), M(D["sangong_car"])],
        ["（1）公务用车购置费", M(b["公务用车购置费"]), M(0)],
        ["（2）公务用车运行维护费", M(b["公务用车运行维护费"]), M(D["sangong_car"])],
        ["3.公务接待费", M(b["公务接待费"]), M(D["sangong_rec"])],
        ["公务用车保有量（辆）", "", D["cars"]],
        ["国内公务接待批次（个）", "", 26],
        ["国内公务接待人次（人）", "", 183]]
SHEETS.append(("7三公经费支出决算表", rows, ["A1:C1"], [30, 12, 12]))

# ---- 8 政府性基金 ----
rows = [["政府性基金预算财政拨款收入支出决算表"], ["部门：濛溪县卫生健康局", "", "", "", "", "", "单位：万元"],
        ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出合计", "项目支出", "年末结转和结余"],
        ["", "合计", M(0), M(inc[1]), M(inc[1]), M(inc[1]), M(0)],
        ["229", "其他支出", M(0), M(inc[1]), M(inc[1]), M(inc[1]), M(0)],
        ["22960", "彩票公益金安排的支出", M(0), M(inc[1]), M(inc[1]), M(inc[1]), M(0)],
        ["2296099", "用于其他社会公益事业的彩票公益金支出", M(0), M(inc[1]), M(inc[1]), M(inc[1]), M(0)]]
SHEETS.append(("8政府性基金决算表", rows, ["A1:G1"], [12, 36, 14, 12, 14, 12, 14]))

# ---- 9 国有资产 ----
rows = [["国有资产占用情况表"], ["部门：濛溪县卫生健康局", "", "", "", "", "", "", "单位：万元"],
        ["单位名称", "资产总额", "流动资产", "固定资产", "在建工程", "无形资产", "车辆（辆）", "单价100万元以上专用设备（台）"],
        ["合计", M(D["asset"])] + [M(sum(E.ASSET[u][i] for u in U)) for i in range(4)] + [D["cars"], D["equip"]]]
for u in U:
    a = E.ASSET[u]
    rows.append([E.UNIT_FULL[u], M(D["asset_u"][u])] + [M(x) for x in a[:4]] + a[4:])
SHEETS.append(("9国有资产占用情况表", rows, ["A1:H1"], [30, 12, 12, 12, 12, 12, 10, 16]))

# ---- 10 绩效自评 ----
rows = [["项目支出绩效自评表（2024年度）"], ["部门：濛溪县卫生健康局", "", "", "", "", "", "", "单位：万元"],
        ["项目名称", "实施单位", "年初预算数", "全年预算数", "全年执行数", "执行率（%）", "自评得分", "偏差原因分析"]]
for name, u, b0, b1, x, score, why in E.PERF:
    rows.append([name, E.UNIT_FULL[u], M(b0), M(b1), M(x), pct(x, b1), score, why])
SHEETS.append(("10项目支出绩效自评表", rows, ["A1:H1"], [28, 26, 12, 12, 12, 10, 10, 50]))

# ---- 11 单位对比 (two-row header, mixed subjects) ----
rows = [["所属单位主要指标对比表（2024年度）"],
        ["项目", "计量单位", "所属单位", "", "", "", "部门合计"],
        ["", "", "局机关", "疾控中心", "妇幼保健院", "卫生监督所", ""]]
def urow(label, unit, per, total, money=True):
    f = (lambda v: M(v)) if money else (lambda v: v)
    return [label, unit] + [f(per[u]) for u in U] + [f(total)]
rows.append(urow("收入合计", "万元", D["income_total_u"], D["income_total"]))
rows.append(urow("其中：财政拨款收入", "万元", {u: E.INC[u][0] + E.INC[u][1] for u in U}, fin))
rows.append(urow("事业收入", "万元", {u: E.INC[u][2] for u in U}, inc[2]))
rows.append(urow("基本支出", "万元", {u: E.EXP[u][0] for u in U}, D["basic"]))
rows.append(urow("项目支出", "万元", {u: E.EXP[u][1] for u in U}, D["proj"]))
rows.append(urow("“三公”经费支出", "万元", D["sangong_u"], D["sangong"]))
rows.append(urow("资产总额", "万元", D["asset_u"], D["asset"]))
rows.append(urow("公务用车", "辆", {u: E.ASSET[u][4] for u in U}, D["cars"], money=False))
rows.append(urow("在职人数", "人", E.STAFF, D["staff"], money=False))
SHEETS.append(("11所属单位情况对比表", rows, ["A1:G1", "A2:A3", "B2:B3", "C2:F2", "G2:G3"], [20, 10, 12, 12, 12, 12, 12]))


def build():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    n = len(SHEETS)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>濛溪县卫生健康局2024年度部门决算</dc:title><dc:creator>濛溪县卫生健康局</dc:creator></cp:coreProperties>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{escape(s[0])}" sheetId="{i}" r:id="rId{i}"/>' for i, s in enumerate(SHEETS, 1))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
              + f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/core.xml", core)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/styles.xml", styles)
        for i, (name, rows, merges, widths) in enumerate(SHEETS, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", sheet_xml(rows, merges, widths))
    def plain(v):
        return mv(v.c) if isinstance(v, M) else v
    json.dump({"prose": PROSE, "sheets": [[name, [[plain(v) for v in r] for r in rows]] for name, rows, _, _ in SHEETS]},
              open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print("wrote", OUT, n, "sheets")


if __name__ == "__main__":
    build()
