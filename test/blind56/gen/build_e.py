import zipfile, os
from xml.sax.saxutils import escape
from e_data import *
d = check(); R = d["rows"]; U = d["unit"]
m = lambda x: round(x / 100, 2)
def col(i):
    s = ""; i += 1
    while i: i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s
SHEETS = []  # (name, rows, merges)
T = "临澄市澄溪区卫生健康委员会2024年度部门决算"
# 表1 收入支出决算总表
inc_b = {"fin": (d["fin_b0"], d["fin_b1"] - CARRY_IN), "fund": (c(60.00), c(60.00)), "shiye": (c(930.00), c(975.00)), "other": (c(15.00), c(18.00))}
cls = {}
for r in R:
    k = r["code"][:3]; a = cls.setdefault(k, [0, 0, 0])
    tot = sum(r["t"]); a[2] += tot
    a[0] += r["b0"] + (r["t"][2] + r["t"][3] if False else 0); a[1] += r["b1"]
# non-fin budgets: 事业/其他 spent in 2100303/2100401 (class 210), fund in 229
cls["210"][0] += inc_b["shiye"][0] + inc_b["other"][0]; cls["210"][1] += inc_b["shiye"][1] + inc_b["other"][1]
cls["229"][0] += inc_b["fund"][0]; cls["229"][1] += inc_b["fund"][1]
inc0 = sum(v[0] for v in inc_b.values()); inc1 = sum(v[1] for v in inc_b.values())
exp0 = sum(v[0] for v in cls.values()); exp1 = sum(v[1] for v in cls.values())
assert inc0 == exp0 and inc1 + CARRY_IN == exp1, (inc0, exp0, inc1, exp1)
rows = [[T + "收入支出决算总表"], ["表1"], ["部门：" + ORG, None, None, None, None, None, None, "单位：万元"],
        ["收入", None, None, None, "支出", None, None, None],
        ["项目", "年初预算", "调整预算", "决算数", "项目", "年初预算", "调整预算", "决算数"]]
L = [("一、一般公共预算财政拨款收入", inc_b["fin"], d["fin_inc"]), ("二、政府性基金预算财政拨款收入", inc_b["fund"], d["fund"]),
     ("三、事业收入", inc_b["shiye"], d["shiye"]), ("四、其他收入", inc_b["other"], d["other"])]
Rr = [(f"{n}、{CLASS[k]}", cls[k]) for n, k in zip("一二三四", ["208", "210", "221", "229"])]
for i in range(4):
    rows.append([L[i][0], m(L[i][1][0]), m(L[i][1][1]), m(L[i][2]), Rr[i][0], m(Rr[i][1][0]), m(Rr[i][1][1]), m(Rr[i][1][2])])
rows.append(["本年收入合计", m(inc0), m(inc1), m(d["inc"]), "本年支出合计", m(exp0), m(exp1), m(d["exp"])])
rows.append(["年初结转和结余", 0.0, m(CARRY_IN), m(CARRY_IN), "年末结转和结余", 0.0, 0.0, m(CARRY_OUT)])
rows.append(["总计", m(inc0), m(inc1 + CARRY_IN), m(d["total"]), "总计", m(exp0), m(exp1), m(d["exp"] + CARRY_OUT)])
SHEETS.append(("表1", rows, ["A1:H1", "A4:D4", "E4:H4"]))
# 表2 收入决算表 by unit
rows = [[T + "收入决算表"], ["表2"], ["部门：" + ORG, None, None, None, None, None, None, "单位：万元"],
        ["单位名称", "本年收入合计", "本年收入", None, None, None, "年初结转和结余", "合计"],
        [None, None, "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入", None, None]]
rows.append(["合计", m(d["inc"]), m(d["fin_inc"]), m(d["fund"]), m(d["shiye"]), m(d["other"]), m(CARRY_IN), m(d["total"])])
for u in range(3):
    x = U[u]; rows.append([UNITS[u], m(x["inc"]), m(x["fin_inc"]), m(x["fund"]), m(x["shiye"]), m(x["other"]), m(x["carry_in"]), m(x["inc"] + x["carry_in"])])
SHEETS.append(("表2", rows, ["A1:H1", "A4:A5", "B4:B5", "C4:F4", "G4:G5", "H4:H5"]))
# 表3 支出决算表 by function (all funds)
rows = [[T + "支出决算表"], ["表3"], ["部门：" + ORG, None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], ["栏次", None, "1", "2", "3"]]
rows.append([None, "合计", m(d["exp"]), m(d["basic"]), m(d["proj"])])
def grouped(get):
    out = []; seen = set()
    for r in R:
        for key, nm in ((r["code"][:3], CLASS.get(r["code"][:3])), (r["code"][:5], KUAN.get(r["code"][:5]))):
            if key not in seen:
                seen.add(key); sub = [x for x in R if x["code"].startswith(key)]
                out.append([key, nm] + [sum(get(x)[i] for x in sub) for i in range(len(get(r)))])
        out.append([r["code"], r["name"]] + list(get(r)))
    return out
for g in grouped(lambda r: (sum(r["t"]), r["t"][0] + r["t"][2], r["t"][1] + r["t"][3] + r["t"][4])):
    rows.append([g[0], g[1]] + [m(v) for v in g[2:]])
SHEETS.append(("表3", rows, ["A1:E1", "A5:B5"]))
# 表4 财政拨款收入支出决算总表
rows = [[T + "财政拨款收入支出决算总表"], ["表4"], ["部门：" + ORG, None, None, None, None, "单位：万元"],
        ["收入", None, "支出", None, None, None], ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]]
fc = {}
for r in R:
    a = fc.setdefault(r["code"][:3], [0, 0]); a[0] += r["t"][0] + r["t"][1]; a[1] += r["t"][4]
rows.append(["一、一般公共预算财政拨款", m(d["fin_inc"]), None, None, None, None])
rows.append(["二、政府性基金预算财政拨款", m(d["fund"]), None, None, None, None])
for k in ["208", "210", "221", "229"]:
    rows.append([None, None, CLASS[k], m(sum(fc[k])), m(fc[k][0]), m(fc[k][1])])
rows.append(["本年收入合计", m(d["fin_inc"] + d["fund"]), "本年支出合计", m(d["fin_exp"] + d["fund"]), m(d["fin_exp"]), m(d["fund"])])
rows.append(["年初财政拨款结转和结余", m(CARRY_IN), "年末财政拨款结转和结余", 0.0, 0.0, 0.0])
rows.append(["总计", m(d["fin_inc"] + d["fund"] + CARRY_IN), "总计", m(d["fin_exp"] + d["fund"]), m(d["fin_exp"]), m(d["fund"])])
SHEETS.append(("表4", rows, ["A1:F1", "A4:B4", "C4:F4"]))
# 表5 一般公共预算财政拨款支出决算表
rows = [[T + "一般公共预算财政拨款支出决算表"], ["表5"], ["部门：" + ORG, None, None, None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "年初预算", "调整预算", "决算数", None, None],
        [None, None, None, None, "小计", "基本支出", "项目支出"]]
RR = [r for r in R if r["t"][0] + r["t"][1]]
rows.append([None, "合计", m(d["fin_b0"]), m(d["fin_b1"]), m(d["fin_exp"]), m(d["fin_b"]), m(d["fin_p"])])
seen = set()
for r in RR:
    for key, nm in ((r["code"][:3], CLASS.get(r["code"][:3])), (r["code"][:5], KUAN.get(r["code"][:5]))):
        if key not in seen:
            seen.add(key); sub = [x for x in RR if x["code"].startswith(key)]
            rows.append([key, nm, m(sum(x["b0"] for x in sub)), m(sum(x["b1"] for x in sub)), m(sum(x["t"][0] + x["t"][1] for x in sub)),
                         m(sum(x["t"][0] for x in sub)), m(sum(x["t"][1] for x in sub))])
    rows.append([r["code"], r["name"], m(r["b0"]), m(r["b1"]), m(r["t"][0] + r["t"][1]), m(r["t"][0]), m(r["t"][1])])
SHEETS.append(("表5", rows, ["A1:G1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4"]))
# 表6 基本支出 经济分类
rows = [[T + "一般公共预算财政拨款基本支出决算明细表"], ["表6"], ["部门：" + ORG, None, None, None, None, "单位：万元"],
        ["人员经费", None, None, "公用经费", None, None], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]
G = ECON_G + [("30299", "其他商品和服务支出", d["econ_299"] / 100)]
for i in range(max(len(ECON_P), len(G))):
    a = list(ECON_P[i]) if i < len(ECON_P) else [None, None, None]
    b = list(G[i]) if i < len(G) else [None, None, None]
    rows.append([a[0], a[1], round(a[2], 2) if a[2] is not None else None, b[0], b[1], round(b[2], 2) if b[2] is not None else None])
rows.append([None, "人员经费合计", m(d["econ_p"]), None, "公用经费合计", m(d["econ_g"])])
rows.append([None, "基本支出合计", m(d["fin_b"]), None, None, None])
SHEETS.append(("表6", rows, ["A1:F1", "A4:C4", "D4:F4"]))
# 表7 三公
keys = ["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
rows = [[T + "财政拨款“三公”经费支出决算表"], ["表7"], ["部门：" + ORG, None, None, None, None, None, None, None, None, None, "单位：万元"],
        ["单位名称", "预算/决算", "合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费", "公务用车保有量（辆）", "公务接待批次（批次）", "公务接待人次（人次）"],
        [None, None, None, None, "小计", "购置费", "运行维护费", None, None, None, None]]
def sgrow(name, u, i, extra):
    vals = [c(SANGONG[k][u][i]) if u is not None else d["sg"][k][i] for k in keys]
    return [name, ["年初预算", "调整预算", "决算数"][i], m(sum(vals)), m(vals[0]), m(vals[1] + vals[2]), m(vals[1]), m(vals[2]), m(vals[3])] + extra
for i in range(3):
    ex = [sum(VEHICLES.values()), sum(v[0] for v in RECEPTION.values()), sum(v[1] for v in RECEPTION.values())] if i == 2 else [None, None, None]
    rows.append(sgrow("合计" if i == 0 else None, None, i, ex))
for u in range(3):
    for i in range(3):
        ex = [VEHICLES[u], RECEPTION[u][0], RECEPTION[u][1]] if i == 2 else [None, None, None]
        rows.append(sgrow(UNITS[u] if i == 0 else None, u, i, ex))
SHEETS.append(("表7", rows, ["A1:K1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "I4:I5", "J4:J5", "K4:K5", "A6:A8", "A9:A11", "A12:A14", "A15:A17"]))
# 表8 政府性基金
rows = [[T + "政府性基金预算财政拨款收入支出决算表"], ["表8"], ["部门：" + ORG, None, None, None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", None, "年末结转和结余"],
        [None, None, None, None, "基本支出", "项目支出", None]]
rows.append([None, "合计", 0.0, 60.00, 0.0, 60.00, 0.0])
rows.append(["229", "其他支出", 0.0, 60.00, 0.0, 60.00, 0.0])
rows.append(["22960", "彩票公益金安排的支出", 0.0, 60.00, 0.0, 60.00, 0.0])
rows.append(["2296099", "用于其他社会公益事业的彩票公益金支出", 0.0, 60.00, 0.0, 60.00, 0.0])
SHEETS.append(("表8", rows, ["A1:G1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5"]))
# 表9 项目支出
rows = [[T + "项目支出决算表"], ["表9"], ["部门：" + ORG, None, None, None, "单位：万元"],
        ["单位名称", "项目名称", "功能分类科目编码", "资金来源", "决算数"]]
for u in range(3):
    for p in [p for p in PROJ if p[0] == u]:
        rows.append([UNITS[u], p[1], p[2], p[4], p[3]])
rows.append(["合计", None, None, None, m(d["proj"])])
SHEETS.append(("表9", rows, ["A1:E1", "A5:A7", "A8:A9", "A10:A12", "A13:D13"]))
# 说明
prev_total = c(4026.40); chg = d["total"] - prev_total
P = [
 T + "说明",
 "一、部门基本情况",
 "澄溪区卫生健康委员会（以下简称区卫健委）是区政府工作部门。纳入本部门2024年度部门决算编制范围的单位共3个：区卫生健康委员会机关（行政单位）、区疾病预防控制中心（公益一类事业单位）、区东湖社区卫生服务中心（公益二类事业单位）。",
 f"二、收入支出决算总体情况说明",
 f"2024年度收入总计{m(d['total']):.2f}万元、支出总计{m(d['exp'] + CARRY_OUT):.2f}万元，与2023年度相比，收、支总计各增加{m(chg):.2f}万元，增长{chg / prev_total * 100:.2f}%。主要原因：一是基本公共卫生服务人均补助标准提高；二是区疾病预防控制中心更新应急车辆和检测设备；三是东湖社区卫生服务中心门诊量增加，事业收入相应增加。",
 "三、收入决算情况说明",
 f"本年收入合计{m(d['inc']):.2f}万元，其中：一般公共预算财政拨款收入{m(d['fin_inc']):.2f}万元，占{d['fin_inc'] / d['inc'] * 100:.2f}%；政府性基金预算财政拨款收入60.00万元，占{6000 / d['inc']:.2f}%；事业收入{m(d['shiye']):.2f}万元，占{d['shiye'] / d['inc'] * 100:.2f}%；其他收入18.20万元，占{1820 / d['inc']:.2f}%。另有年初结转和结余25.00万元，为区卫健委机关上年未完成的卫生健康综合监督执法经费。",
 "四、支出决算情况说明",
 f"本年支出合计{m(d['exp']):.2f}万元，其中：基本支出{m(d['basic']):.2f}万元，占{d['basic'] / d['exp'] * 100:.2f}%；项目支出{m(d['proj']):.2f}万元，占{d['proj'] / d['exp'] * 100:.2f}%。年末结转和结余12.00万元，为东湖社区卫生服务中心尚未使用的事业收入。",
 "五、财政拨款收入支出决算总体情况说明",
 f"2024年度财政拨款收入总计{m(d['fin_inc'] + d['fund'] + CARRY_IN):.2f}万元，支出总计{m(d['fin_exp'] + d['fund']):.2f}万元，其中一般公共预算财政拨款支出{m(d['fin_exp']):.2f}万元，政府性基金预算财政拨款支出60.00万元。",
 "六、一般公共预算财政拨款支出决算情况说明",
 f"2024年度一般公共预算财政拨款支出年初预算{m(d['fin_b0']):.2f}万元，调整预算{m(d['fin_b1']):.2f}万元，决算{m(d['fin_exp']):.2f}万元，完成调整预算的{d['fin_exp'] / d['fin_b1'] * 100:.2f}%。",
 "1.卫生健康管理事务（款）其他卫生健康管理事务支出（项）：调整预算95.00万元，决算86.40万元，完成调整预算的90.95%，决算数小于调整预算的主要原因是部分执法装备采购延至2025年实施。",
 "2.公共卫生（款）基本公共卫生服务（项）：调整预算420.00万元，决算402.00万元，主要用于东湖社区卫生服务中心开展居民健康档案管理、老年人和慢性病患者健康管理等基本公共卫生服务。",
 "3.公共卫生（款）突发公共卫生事件应急处理（项）：年初预算10.00万元，调整预算38.00万元，决算36.50万元。调整预算增加的主要原因是区疾病预防控制中心报废更新1辆应急处置车辆，追加预算。",
 "4.计划生育事务（款）计划生育服务（项）：年初预算230.00万元，调整预算215.00万元，决算210.00万元。决算数小于年初预算的主要原因是符合条件的奖励扶助对象人数减少。",
 "5.公共卫生（款）重大公共卫生服务（项）：年初预算150.00万元，调整预算172.00万元，决算168.00万元，增加的主要原因是上级追加重大传染病防控补助资金。",
 "七、一般公共预算财政拨款基本支出决算情况说明",
 f"2024年度一般公共预算财政拨款基本支出{m(d['fin_b']):.2f}万元，其中：人员经费{m(d['econ_p']):.2f}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、退休费等；公用经费{m(d['econ_g']):.2f}万元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、公务接待费、工会经费、公务用车运行维护费等。",
 "八、财政拨款“三公”经费支出决算情况说明",
 f"2024年度“三公”经费财政拨款年初预算{m(d['sg_total'][0]):.2f}万元，调整预算{m(d['sg_total'][1]):.2f}万元，决算{m(d['sg_total'][2]):.2f}万元，完成调整预算的{d['sg_total'][2] / d['sg_total'][1] * 100:.2f}%。其中：因公出国（境）费0.00万元，全年未安排因公出国（境）团组；公务用车购置费21.86万元，为区疾病预防控制中心购置应急处置车辆1辆；公务用车运行维护费9.89万元，主要用于区卫健委机关2辆、区疾控中心3辆公务用车的燃料、维修、保险等支出；公务接待费3.96万元，共接待31批次、247人次，主要用于接待上级部门检查指导和兄弟单位交流考察，决算数小于调整预算的主要原因是严格执行公务接待标准，压减陪餐人数。",
 "九、政府性基金预算财政拨款收入支出决算情况说明",
 "2024年度政府性基金预算财政拨款收入60.00万元，支出60.00万元，为彩票公益金安排的医养结合示范项目。",
 "十、国有资本经营预算财政拨款支出决算情况说明",
 "本部门2024年度无国有资本经营预算财政拨款收入和支出。",
 "十一、机关运行经费支出说明",
 "2024年度区卫健委机关运行经费支出68.45万元，比上年减少3.27万元，主要原因是压减办公费和差旅费。",
 "十二、政府采购支出说明",
 "2024年度本部门政府采购支出总额292.06万元，其中：政府采购货物支出157.36万元，政府采购工程支出28.00万元，政府采购服务支出106.70万元。授予中小企业合同金额241.50万元，占政府采购支出总额的82.69%。",
 "十三、国有资产占用情况说明",
 "截至2024年12月31日，本部门共有车辆5辆，其中：一般公务用车2辆，特种专业技术用车3辆；单价100万元（含）以上设备1台（套），为区疾病预防控制中心的核酸检测设备。",
 "十四、预算绩效情况说明",
 "本部门对2024年度8个项目开展了绩效自评，涉及资金1165.90万元，自评覆盖率100%。其中基本公共卫生服务项目自评得分95分，居民电子健康档案建档率达到92%。",
]
SHEETS.append(("说明", [[p] for p in P], []))

# ---------- xlsx writer ----------
strings, sidx = [], {}
def si(s):
    if s not in sidx: sidx[s] = len(strings); strings.append(s)
    return sidx[s]
def sheet_xml(rows, merges, wide):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    out.append('<cols><col min="1" max="1" width="%d" customWidth="1"/><col min="2" max="12" width="18" customWidth="1"/></cols><sheetData>' % (110 if wide else 30))
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            if v is None: continue
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}" s="2"><v>{round(v, 2)}</v></c>')
            else:
                st = 1 if ri <= 5 and not wide else 0
                cells.append(f'<c r="{ref}" t="s" s="{st}"><v>{si(str(v))}</v></c>')
        out.append(f'<row r="{ri}">{"".join(cells)}</row>')
    out.append('</sheetData>')
    if merges: out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{x}"/>' for x in merges) + '</mergeCells>')
    out.append('</worksheet>'); return "".join(out)
def build(path):
    sx = [sheet_xml(r, mg, n == "说明") for n, r, mg in SHEETS]
    z = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    n = len(SHEETS)
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
               + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
               + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    z.writestr("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + escape(T) + '</dc:title><dc:creator>澄溪区卫生健康委员会</dc:creator></cp:coreProperties>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
               + "".join(f'<sheet name="{escape(nm)}" sheetId="{i}" r:id="rId{i}"/>' for i, (nm, _, _) in enumerate(SHEETS, 1)) + '</sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
               + f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId{n+2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    for i, x in enumerate(sx, 1): z.writestr(f"xl/worksheets/sheet{i}.xml", x)
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
               + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')
    z.close()
    with open(os.path.join(os.path.dirname(__file__), "e_text.txt"), "w") as f:
        for nm, rows, _ in SHEETS:
            f.write(f"=== {nm}\n")
            for r in rows: f.write(" | ".join("" if v is None else (f"{v:,.2f}" if isinstance(v, float) else str(v)) for v in r) + "\n")
if __name__ == "__main__":
    build(os.path.join(os.path.dirname(__file__), "..", "docs", "E-chengxi-wjw-2024-bmjs.xlsx")); print("built")
