# -*- coding: utf-8 -*-
"""Write docs/E-laitong-tyjr-2024-bmjs.xlsx (a zip of SpreadsheetML written by hand; stdlib only)."""
import os, zipfile
from xml.sax.saxutils import escape
import e_data as E

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "E-laitong-tyjr-2024-bmjs.xlsx")
D = E.check()
IT = D["items"]
ORG = E.ORG


def w(x):
    return E.wan(x)


def y(x):
    return E.yuan(x)


def P(a, b):
    return f"{100.0 * a / b:.2f}%"


class Num(float):
    """a number cell shown with two decimals (万元 sheets)"""


def wn(x):
    return Num(round(x / 10000, 2)) if x else ""


# ---------------------------------------------------------------- 说明 (prose)
def prose():
    it = IT
    g = D["grp"]
    prev_total = E.PREV["收支总计"]
    prev_f = E.PREV["财政拨款收支总计"]
    prev_gp = E.PREV["一般公共预算财政拨款支出"]
    sg_prev = E.SANGONG_2023
    wrong = E.PROSE_WRONG

    def item_line(n, code, reason):
        r = it[code]
        shown = wrong.get(code, r["fiscal"])
        return (f"{n}.{r['name']}（{code}）：年初预算为{w(r['nc'])}万元，支出决算为{w(shown)}万元，"
                f"完成年初预算的{P(r['fiscal'], r['nc'])}。{reason}")

    rows = [
        f"{ORG}{E.YEAR}年度部门决算情况说明",
        "第一部分  部门概况",
        "一、主要职能",
        f"{ORG}是县政府工作部门，主要负责贯彻落实退役军人思想政治、管理保障和安置优抚等方面的政策法规，"
        "组织协调全县退役军人移交安置、就业创业、优抚褒扬、拥军优属和权益维护等工作。",
        "二、部门决算单位构成",
        "纳入本部门2024年度部门决算编制范围的单位共2个，包括：局机关（行政单位）、濑桐县退役军人服务中心（全额拨款事业单位）。"
        "年末实有人数40人，其中在职人员29人，退休人员11人。",
        "第二部分  2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度收入总计{w(D['in_total'])}万元，支出总计{w(D['out_total'])}万元。与2023年相比，收、支总计各增加"
        f"{w(D['in_total'] - prev_total)}万元，增长{P(D['in_total'] - prev_total, prev_total)}。主要原因是：义务兵家庭优待金标准提高，"
        "残疾军人伤残抚恤金标准调整，抚恤补助支出相应增加。",
        "二、收入决算情况说明",
        f"2024年度本年收入合计{w(D['income'])}万元，其中：一般公共预算财政拨款收入{w(D['inc_fiscal'])}万元，占"
        f"{P(D['inc_fiscal'], D['income'])}；政府性基金预算财政拨款收入0.00万元，占0%；其他收入{w(D['inc_other'])}万元，占"
        f"{P(D['inc_other'], D['income'])}，主要是退役军人服务中心收到的培训合作及场地使用收入。",
        "三、支出决算情况说明",
        f"2024年度本年支出合计{w(D['spend'])}万元，其中：基本支出{w(D['basic'])}万元，占{P(D['basic'], D['spend'])}；"
        f"项目支出{w(D['project'])}万元，占{P(D['project'], D['spend'])}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收、支总计各{w(D['f_total'])}万元。与2023年相比，财政拨款收、支总计各增加{w(D['f_total'] - prev_f)}万元，"
        f"增长{P(D['f_total'] - prev_f, prev_f)}。主要原因是上年结转的义务兵优待金{w(D['carry_in_f'])}万元在本年支付，"
        "以及优抚对象抚恤补助标准提高。",
        "五、一般公共预算财政拨款支出决算情况说明",
        f"（一）总体情况。2024年度一般公共预算财政拨款支出{w(D['fiscal'])}万元，占本年支出合计的{P(D['fiscal'], D['spend'])}。"
        f"与2023年相比，一般公共预算财政拨款支出增加{w(D['fiscal'] - prev_gp)}万元，增长{P(D['fiscal'] - prev_gp, prev_gp)}。",
        f"（二）结构情况。2024年度一般公共预算财政拨款支出主要用于以下方面：社会保障和就业支出{w(g['208']['fiscal'])}万元，占"
        f"{P(g['208']['fiscal'], D['fiscal'])}；卫生健康支出{w(g['210']['fiscal'])}万元，占{P(g['210']['fiscal'], D['fiscal'])}；"
        f"住房保障支出{w(g['221']['fiscal'])}万元，占{P(g['221']['fiscal'], D['fiscal'])}。",
        f"（三）具体情况。2024年度一般公共预算财政拨款支出年初预算为{w(D['nc_total'])}万元，支出决算为{w(D['fiscal'])}万元，"
        f"完成年初预算的{P(D['fiscal'], D['nc_total'])}。其中：",
        item_line(1, "2080802", "决算数大于年初预算数的主要原因是新增评残对象，且自2024年8月起残疾军人伤残抚恤金标准提高。"),
        item_line(2, "2080805", f"决算数大于年初预算数的主要原因是使用上年结转资金{w(D['carry_in_f'])}万元，并在年中追加义务兵家庭优待金。"),
        item_line(3, "2080803", "决算数小于年初预算数的主要原因是部分补助对象自然减员。"),
        item_line(4, "2080901", f"决算数小于年初预算数的主要原因是部分自主就业退役士兵一次性经济补助跨年度发放，"
                                f"{w(D['carry_out_f'])}万元结转下年使用。"),
        item_line(5, "2082804", "决算数大于年初预算数的主要原因是开展“八一”走访慰问和光荣牌悬挂工作增加支出。"),
        item_line(6, "2082801", "决算数小于年初预算数的主要原因是人员调出，工资福利支出减少。"),
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度一般公共预算财政拨款基本支出{w(D['basic'])}万元，其中：人员经费{w(D['ry_total'])}万元，主要包括基本工资、津贴补贴、"
        "奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等；"
        f"公用经费{w(D['gy_total'])}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、"
        "工会经费、福利费、公务用车运行维护费、其他交通费用、办公设备购置等。",
        "七、一般公共预算财政拨款“三公”经费支出决算情况说明",
        f"（一）“三公”经费支出总体情况说明。2024年度“三公”经费支出预算为{w(D['sg_ys'])}万元，支出决算为{w(D['sg_js'])}万元，"
        f"完成预算的{P(D['sg_js'], D['sg_ys'])}。与2023年相比减少{w(sg_prev - D['sg_js'])}万元，下降{P(sg_prev - D['sg_js'], sg_prev)}。"
        "决算数小于预算数的主要原因是厉行节约，从严控制公务接待和公务用车支出。",
        "（二）“三公”经费支出具体情况说明。",
        "1.因公出国（境）费支出决算为0万元，全年未安排因公出国（境）团组。",
        f"2.公务用车购置及运行维护费支出决算为{w(E.SANGONG_JS['运行'])}万元，完成预算的{P(E.SANGONG_JS['运行'], E.SANGONG_YS['运行'])}。"
        f"其中：公务用车购置费0万元；公务用车运行维护费{w(E.SANGONG_JS['运行'])}万元，主要用于优抚对象走访慰问、退役士兵安置等工作所需"
        f"公务用车的燃料费、维修费、过路过桥费、保险费等支出。截至2024年12月31日，公务用车保有量{E.CHELIANG}辆。",
        f"3.公务接待费支出决算为{w(E.SANGONG_JS['接待'])}万元，完成预算的{P(E.SANGONG_JS['接待'], E.SANGONG_YS['接待'])}。"
        f"全年国内公务接待{E.JIEDAI_PICI}批次、{E.JIEDAI_RENCI}人次，主要用于上级部门检查指导、兄弟县市交流学习等。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故《政府性基金预算财政拨款收入支出决算表》为空表。",
        "九、国有资本经营预算财政拨款支出决算情况说明",
        "本部门2024年度没有使用国有资本经营预算财政拨款安排的支出，故《国有资本经营预算财政拨款支出决算表》为空表。",
        "十、其他重要事项的情况说明",
        "（一）机关运行经费支出情况。2024年度本部门（局机关）机关运行经费支出46.35万元，比2023年减少3.18万元，下降6.42%，"
        "主要原因是压减办公费和差旅费。",
        "（二）政府采购支出情况。2024年度本部门政府采购支出总额86.40万元，其中：政府采购货物支出24.30万元、政府采购服务支出62.10万元。"
        "授予中小企业合同金额86.40万元，占政府采购支出总额的100%。",
        "（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆2辆，其中一般公务用车2辆；单位价值100万元以上设备0台（套）。",
    ]
    return [[r] for r in rows]


LEI_ALL = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
           "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
           "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
           "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出",
           "抗疫特别国债安排的支出"]
CN = "一二三四五六七八九十"


def cnum(i):
    i += 1
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    if i == 20:
        return "二十"
    return "二十" + CN[i - 21]


LEI_CODE = {"社会保障和就业支出": "208", "卫生健康支出": "210", "住房保障支出": "221"}


def code_rows():
    """类/款/项 in order."""
    out = []
    for lei in sorted(E.LEI):
        out.append(lei)
        for k in sorted(E.KUAN):
            if k.startswith(lei):
                out.append(k)
                out += [c for c in sorted(IT) if c.startswith(k)]
    return out


def name_of(c):
    return E.LEI.get(c) or E.KUAN.get(c) or IT[c]["name"]


def val(c, key):
    return D["grp"][c][key] if c in D["grp"] else IT[c][key]


def head(title, table_no, unit, ncols):
    rows = [[title] + [""] * (ncols - 1),
            [""] * (ncols - 1) + [table_no],
            [f"编制单位：{ORG}"] + [""] * (ncols - 3) + ["2024年度", f"单位：{unit}"]]
    merges = [(0, 0, 0, ncols - 1)]
    return rows, merges


def sheet01():
    rows, merges = head("收入支出决算总表", "公开01表", "元", 6)
    rows += [["收入", "", "", "支出", "", ""], ["项目", "行次", "金额", "项目", "行次", "金额"],
             ["栏次", "", "1", "栏次", "", "2"]]
    merges += [(3, 0, 3, 2), (3, 3, 3, 5)]
    left = [("一、一般公共预算财政拨款收入", D["inc_fiscal"]), ("二、政府性基金预算财政拨款收入", 0),
            ("三、国有资本经营预算财政拨款收入", 0), ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0),
            ("七、附属单位上缴收入", 0), ("八、其他收入", D["inc_other"])]
    for i, lei in enumerate(LEI_ALL):
        ln, lv = left[i] if i < len(left) else ("", 0)
        c = LEI_CODE.get(lei)
        rv = D["grp"][c]["total"] if c else 0
        rows.append([ln, str(i + 1), y(lv) if lv else "", f"{cnum(i)}、{lei}", str(32 + i), y(rv) if rv else ""])
    rows += [["本年收入合计", "27", y(D["income"]), "本年支出合计", "58", y(D["spend"])],
             ["使用非财政拨款结余", "28", "", "结余分配", "59", ""],
             ["年初结转和结余", "29", y(D["carry_in"]), "年末结转和结余", "60", y(D["carry_out"])],
             ["总计", "30", y(D["in_total"]), "总计", "61", y(D["out_total"])],
             ["注：本表反映部门本年度的总收支和年末结转结余情况。"] + [""] * 5]
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    return rows, merges


def sheet02():
    rows, merges = head("收入决算表", "公开02表", "元", 9)
    rows += [["项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
             ["科目编码", "科目名称", "", "", "", "", "", "", ""],
             ["栏次", "", "1", "2", "3", "4", "5", "6", "7"],
             ["合计", "", y(D["income"]), y(D["inc_fiscal"]), "", "", "", "", y(D["inc_other"])]]
    merges += [(3, 0, 3, 1)] + [(3, c, 4, c) for c in range(2, 9)]
    for c in code_rows():
        io = val(c, "inc_other")
        rows.append([c, name_of(c), y(val(c, "inc_total")), y(val(c, "inc_fiscal")), "", "", "", "", y(io) if io else ""])
    rows.append(["注：本表反映部门本年度取得的各项收入情况。"] + [""] * 8)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    return rows, merges


def sheet03():
    rows, merges = head("支出决算表", "公开03表", "元", 8)
    rows += [["项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
             ["科目编码", "科目名称", "", "", "", "", "", ""],
             ["栏次", "", "1", "2", "3", "4", "5", "6"],
             ["合计", "", y(D["spend"]), y(D["basic"]), y(D["project"]), "", "", ""]]
    merges += [(3, 0, 3, 1)] + [(3, c, 4, c) for c in range(2, 8)]
    for c in code_rows():
        b, p = val(c, "basic"), val(c, "project")
        rows.append([c, name_of(c), y(val(c, "total")), y(b) if b else "", y(p) if p else "", "", "", ""])
    rows.append(["注：本表反映部门本年度各项支出情况。"] + [""] * 7)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    return rows, merges


def sheet04():
    rows, merges = head("财政拨款收入支出决算总表", "公开04表", "万元", 8)
    rows += [["收入", "", "", "支出", "", "", "", ""],
             ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
             ["栏次", "", "1", "栏次", "", "2", "3", "4"]]
    merges += [(3, 0, 3, 2), (3, 3, 3, 7)]
    left = [("一、一般公共预算财政拨款", D["inc_fiscal"]), ("二、政府性基金预算财政拨款", 0), ("三、国有资本经营预算财政拨款", 0)]
    for i, lei in enumerate(LEI_ALL):
        ln, lv = left[i] if i < len(left) else ("", 0)
        c = LEI_CODE.get(lei)
        rv = D["grp"][c]["fiscal"] if c else 0
        rows.append([ln, str(i + 1), wn(lv), f"{cnum(i)}、{lei}", str(33 + i), wn(rv), wn(rv), ""])
    rows += [["本年收入合计", "27", wn(D["inc_fiscal"]), "本年支出合计", "59", wn(D["fiscal"]), wn(D["fiscal"]), ""],
             ["年初财政拨款结转和结余", "28", wn(D["carry_in_f"]), "年末财政拨款结转和结余", "60", wn(D["carry_out_f"]), wn(D["carry_out_f"]), ""],
             ["  一般公共预算财政拨款", "29", wn(D["carry_in_f"]), "", "61", "", "", ""],
             ["  政府性基金预算财政拨款", "30", "", "", "62", "", "", ""],
             ["  国有资本经营预算财政拨款", "31", "", "", "63", "", "", ""],
             ["总计", "32", wn(D["f_total"]), "总计", "64", wn(D["f_total"]), wn(D["f_total"]), ""],
             ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"] + [""] * 7]
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    return rows, merges


def sheet05():
    rows, merges = head("一般公共预算财政拨款支出决算表", "公开05表", "万元", 9)
    rows += [["科目编码", "", "", "科目名称", "年初预算数", "全年预算数", "决算数", "", ""],
             ["类", "款", "项", "", "", "", "合计", "基本支出", "项目支出"],
             ["栏次", "", "", "", "1", "2", "3", "4", "5"],
             ["", "", "", "合计", wn(D["nc_total"]), wn(D["qn_total"]), wn(D["fiscal"]), wn(D["basic"]), wn(D["fiscal"] - D["basic"])]]
    merges += [(3, 0, 3, 2), (3, 3, 4, 3), (3, 4, 4, 4), (3, 5, 4, 5), (3, 6, 3, 8), (6, 0, 6, 2)]
    for c in code_rows():
        parts = [c[:3], c[3:5] if len(c) >= 5 else "", c[5:7] if len(c) == 7 else ""]
        b, p = val(c, "fb"), val(c, "fp")
        rows.append(parts + [name_of(c), wn(val(c, "nc")), wn(val(c, "qn")), wn(val(c, "fiscal")), wn(b), wn(p)])
    rows.append(["注：本表反映部门本年度一般公共预算财政拨款支出情况。"] + [""] * 8)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    return rows, merges


def sheet06():
    rows, merges = head("一般公共预算财政拨款基本支出决算表", "公开06表", "元", 6)
    rows += [["人员经费", "", "", "公用经费", "", ""], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]
    merges += [(3, 0, 3, 2), (3, 3, 3, 5)]

    def block(items, groups):
        out = []
        for g, gname in groups:
            sub = [(c, n, v) for c, n, v in items if c.startswith(g)]
            if not sub:
                continue
            out.append((g, gname, sum(v for _, _, v in sub)))
            out += sub
        return out
    L = block(D["renyuan"], [("301", "工资福利支出"), ("303", "对个人和家庭的补助")])
    R = block(D["gongyong"], [("302", "商品和服务支出"), ("310", "资本性支出")])
    for i in range(max(len(L), len(R))):
        l = L[i] if i < len(L) else ("", "", None)
        r = R[i] if i < len(R) else ("", "", None)
        rows.append([l[0], l[1], y(l[2]) if l[2] is not None else "", r[0], r[1], y(r[2]) if r[2] is not None else ""])
    rows.append(["人员经费合计", "", y(D["ry_total"]), "公用经费合计", "", y(D["gy_total"])])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 1), (len(rows) - 1, 3, len(rows) - 1, 4)]
    rows.append(["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"] + [""] * 5)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    return rows, merges


def sheet07():
    rows, merges = head("一般公共预算财政拨款“三公”经费支出决算表", "公开07表", "万元", 12)
    ys, js = E.SANGONG_YS, E.SANGONG_JS
    rows += [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
             ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"] * 2,
             ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""] * 2,
             [str(i) for i in range(1, 13)]]
    merges += [(3, 0, 3, 5), (3, 6, 3, 11), (4, 2, 4, 4), (4, 8, 4, 10)] + [(4, c, 5, c) for c in (0, 1, 5, 6, 7, 11)]

    def z(x):
        return Num(round(x / 10000, 2))
    rows.append([z(sum(ys.values())), z(ys["出国"]), z(ys["购置"] + ys["运行"]), z(ys["购置"]), z(ys["运行"]), z(ys["接待"]),
                 z(sum(js.values())), z(js["出国"]), z(js["购置"] + js["运行"]), z(js["购置"]), z(js["运行"]), z(js["接待"])])
    rows.append(["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
                 "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。"] + [""] * 11)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
    return rows, merges


def empty_sheet(title, no, cols, note):
    rows, merges = head(title, no, "万元", len(cols) + 2)
    rows += [["项目", ""] + cols, ["科目编码", "科目名称"] + [""] * len(cols), ["栏次", ""] + [str(i + 1) for i in range(len(cols))],
             ["合计", ""] + [""] * len(cols), [note] + [""] * (len(cols) + 1)]
    n = len(cols) + 2
    merges += [(3, 0, 3, 1), (len(rows) - 1, 0, len(rows) - 1, n - 1)]
    return rows, merges


SHEETS = [
    ("说明", lambda: (prose(), [])),
    ("01收入支出决算总表", sheet01),
    ("02收入决算表", sheet02),
    ("03支出决算表", sheet03),
    ("04财政拨款收入支出决算总表", sheet04),
    ("05一般公共预算财政拨款支出决算表", sheet05),
    ("06一般公共预算财政拨款基本支出决算表", sheet06),
    ("07三公经费支出决算表", sheet07),
    ("08政府性基金预算财政拨款收入支出决算表", lambda: empty_sheet(
        "政府性基金预算财政拨款收入支出决算表", "公开08表", ["年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
        "注：本单位2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空表。")),
    ("09国有资本经营预算财政拨款支出决算表", lambda: empty_sheet(
        "国有资本经营预算财政拨款支出决算表", "公开09表", ["本年支出合计", "基本支出", "项目支出"],
        "注：本单位2024年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。")),
]


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, merges, prose_sheet=False):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    if prose_sheet:
        out.append('<cols><col min="1" max="1" width="120" customWidth="1"/></cols>')
    else:
        out.append('<cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="30" width="18" customWidth="1"/></cols>')
    out.append("<sheetData>")
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri + 1}"
            if isinstance(v, Num):
                cells.append(f'<c r="{ref}" s="2"><v>{v:.2f}</v></c>')
            elif v != "" and v is not None:
                style = ' s="1"' if (ri == 0 and not prose_sheet) else (' s="3"' if prose_sheet else "")
                cells.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">{escape(str(v))}</t></is></c>')
        out.append(f'<row r="{ri + 1}">' + "".join(cells) + "</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(
            f'<mergeCell ref="{col(c1)}{r1 + 1}:{col(c2)}{r2 + 1}"/>' for r1, c1, r2, c2 in merges) + "</mergeCells>")
    out.append("</worksheet>")
    return "\n".join(out)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="16"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>
</styleSheet>"""


def build():
    n = len(SHEETS)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    ct += [f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
           'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n)]
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{ORG}2024年度部门决算</dc:title><dc:creator>{ORG}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-20T09:00:00Z</dcterms:created></cp:coreProperties>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wb += [f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(SHEETS)]
    wb.append("</sheets></workbook>")
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    wrels += [f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n)]
    wrels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wrels.append("</Relationships>")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "\n".join(ct))
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/core.xml", core)
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(wrels))
        z.writestr("xl/styles.xml", STYLES)
        for i, (name, fn) in enumerate(SHEETS):
            rows, merges = fn()
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet_xml(rows, merges, prose_sheet=(i == 0)))


if __name__ == "__main__":
    build()
