# -*- coding: utf-8 -*-
"""Write docs/E-chunwan-jd-2025-bmys.xlsx (OOXML written by hand with zipfile, stdlib only) and gen/e_text.json.
10 sheets: 情况说明 (prose) + 9 tables; 一般公共预算支出表 has a two-row header with merged cells."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e_data as E

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-chunwan-jd-2025-bmys.xlsx")
D = E.compute()
y = E.yuan
ORG = E.ORG


def prose():
    gp = D["gp_lei"]
    sg = {n: (a, b) for n, a, b in E.SANGONG}
    car_prev, car_now = D["车_上年"], D["车_本年"]
    P = [
        f"{ORG}2025年部门预算情况说明",
        "一、部门基本情况",
        "莼湾街道办事处是泷江区人民政府的派出机关，主要负责辖区党的建设、社区治理、公共服务、城市管理和平安建设等工作，下辖8个社区。",
        "单位构成：纳入本部门2025年部门预算编制范围的单位共3个，包括泷江区莼湾街道办事处（本级）和2个下属事业单位，即泷江区莼湾街道综合服务中心、泷江区莼湾街道社区服务站。",
        "二、收支预算总体情况",
        f"2025年莼湾街道办事处收支总预算{y(D['收入总计'])}元，比上年增加{y(D['增减_收支'])}元，增长{E.pct(D['增减_收支'], E.PREV['收支总预算'])}%。"
        f"收入包括：一般公共预算拨款收入{y(D['一般_收入'])}元，政府性基金预算拨款收入{y(D['基金'])}元，其他收入{y(D['其他收入'])}元，上年结转{y(E.CARRY)}元。"
        f"支出包括：基本支出{y(D['一般_基本'])}元，项目支出{y(D['一般_项目'] + D['基金'] + D['其他收入'])}元。",
        "收支增加的主要原因：一是按政策调整工资标准和社会保险缴费基数，人员经费相应增加；二是新增社区治理及为民服务项目资金；三是辖区保洁面积扩大，环境卫生保洁经费增加。",
        "三、一般公共预算拨款支出情况",
        f"2025年一般公共预算拨款收入{y(D['一般_收入'])}元，比上年增加{y(D['增减_一般'])}元，增长{E.pct(D['增减_一般'], E.PREV['一般公共预算拨款收入'])}%。"
        f"加上年结转{y(E.CARRY)}元，一般公共预算支出{y(D['一般_合计'])}元，其中：基本支出{y(D['一般_基本'])}元，比上年增加{y(D['增减_基本'])}元；"
        f"项目支出{y(D['一般_项目'])}元，比上年增加{y(D['增减_项目'])}元。",
        "按支出功能分类，主要安排如下：",
        f"（一）一般公共服务支出{y(gp['201'][0])}元，主要用于机关和事业单位正常运转、人大代表履职和基层党建工作。",
        f"（二）国防支出{y(gp['203'][0])}元，用于民兵整组训练。",
        f"（三）公共安全支出{y(gp['204'][0])}元，用于人民调解及基层法律服务。",
        f"（四）文化旅游体育与传媒支出{y(gp['207'][0])}元，用于社区群众文化活动。",
        f"（五）社会保障和就业支出{y(gp['208'][0])}元，其中基层政权建设和社区治理（项）{y(2760000)}元，"
        f"机关事业单位基本养老保险缴费和职业年金缴费{y(1568400 + 627360)}元。",
        f"（六）卫生健康支出{y(gp['210'][0])}元，用于行政事业单位职工基本医疗保险缴费。",
        f"（七）城乡社区支出{y(gp['212'][0])}元，其中城管执法（项）{y(1850000)}元，主要用于城管协管员经费；"
        f"城乡社区环境卫生（项）{y(E.PLANTED['prose'])}元，主要用于辖区道路及公共区域保洁、垃圾清运（含上年结转{y(E.CARRY)}元）。",
        f"（八）住房保障支出{y(gp['221'][0])}元，用于按规定缴存住房公积金。",
        "四、一般公共预算基本支出情况",
        f"2025年一般公共预算基本支出{y(D['一般_基本'])}元，其中：人员经费{y(D['人员经费'])}元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保险缴费、住房公积金、生活补助等；"
        f"公用经费{y(D['公用经费'])}元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、工会经费、公务用车运行维护费等。",
        "五、“三公”经费预算情况",
        f"2025年“三公”经费预算{y(D['三公_本年'])}元，比上年预算减少{y(D['三公_上年'] - D['三公_本年'])}元，下降{E.pct(D['三公_上年'] - D['三公_本年'], D['三公_上年'])}%。其中：",
        f"1.因公出国（境）费{y(sg['因公出国（境）费'][1])}元，与上年持平，主要原因是本部门2025年无因公出国（境）计划。",
        f"2.公务用车购置及运行维护费{y(car_now)}元，比上年减少{y(car_prev - car_now)}元，下降{E.pct(car_prev - car_now, car_prev)}%。"
        f"其中：公务用车购置费{y(sg['公务用车购置费'][1])}元，与上年持平，2025年无车辆购置计划；公务用车运行维护费{y(sg['公务用车运行维护费'][1])}元，"
        f"减少的主要原因是1辆公务用车按规定报废后不再更新，公务用车保有量由4辆减为{E.CARS}辆，燃油、维修、保险等费用相应减少。",
        f"3.公务接待费{y(sg['公务接待费'][1])}元，比上年减少{y(sg['公务接待费'][0] - sg['公务接待费'][1])}元，"
        f"下降{E.pct(sg['公务接待费'][0] - sg['公务接待费'][1], sg['公务接待费'][0])}%，主要原因是严格执行公务接待标准，压减接待批次和陪餐人数。",
        "六、机关运行经费",
        f"2025年本级行政单位机关运行经费{y(E.JIGUAN_YUNXING)}元，比上年减少{y(-D['增减_机关'])}元，下降{E.pct(-D['增减_机关'], E.PREV['机关运行经费'])}%，"
        "主要原因是压减办公费、会议费等一般性支出。",
        "七、政府性基金预算和国有资本经营预算支出情况",
        f"2025年政府性基金预算拨款支出{y(D['基金'])}元，全部为城乡社区支出（国有土地使用权出让收入安排的支出中的城市建设支出），用于背街小巷改造。本部门2025年无国有资本经营预算拨款收支。",
        "八、政府采购情况",
        f"2025年政府采购预算{y(sum(E.PROCURE.values()))}元，其中：货物类{y(E.PROCURE['货物'])}元，工程类{y(E.PROCURE['工程'])}元，"
        f"服务类{y(E.PROCURE['服务'])}元（主要为环境卫生保洁服务和社区网格服务）。",
        "九、预算绩效目标情况",
        f"2025年本部门实行绩效目标管理的项目{len(E.PERF)}个，涉及财政拨款资金{y(D['绩效_金额'])}元，各项目绩效目标详见“项目支出绩效目标表”。",
        "十、名词解释",
        "1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "3.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "4.机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。",
    ]
    return P


def N(v):
    return ("n", v)


def tables():
    """Each sheet: dict(name, rows=[list of cells], merges=[...]). A cell is a str, ("n", int) or None."""
    S = []
    u = "单位：元"
    # 收支总表
    lei = D["all_lei"]
    rows = [[f"{ORG}2025年部门收支总表"], [f"部门名称：{ORG}", None, None, u],
            ["收入项目", "预算数", "支出项目", "预算数"]]
    inc = [("一、一般公共预算拨款收入", D["一般_收入"]), ("二、政府性基金预算拨款收入", D["基金"]),
           ("三、国有资本经营预算拨款收入", 0), ("四、事业收入", 0), ("五、事业单位经营收入", 0),
           ("六、其他收入", D["其他收入"])]
    outs = [(f"{i}、{E.LEI[c]}", lei[c][0]) for i, c in zip("一二三四五六七八", sorted(lei))]
    for k in range(max(len(inc), len(outs))):
        a = inc[k] if k < len(inc) else (None, None)
        b = outs[k] if k < len(outs) else (None, None)
        rows.append([a[0], N(a[1]) if a[0] else None, b[0], N(b[1]) if b[0] else None])
    rows += [["本年收入合计", N(D["本年收入合计"]), "本年支出合计", N(D["支出总计"])],
             ["上年结转", N(E.CARRY), "结转下年", N(0)],
             ["收入总计", N(D["收入总计"]), "支出总计", N(D["支出总计"])]]
    S.append(dict(name="收支总表", rows=rows))
    # 收入总表 (per unit)
    rows = [[f"{ORG}2025年部门收入总表"], [f"部门名称：{ORG}"] + [None] * 7 + [u],
            ["单位编码", "单位名称", "合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入",
             "国有资本经营预算拨款收入", "事业收入", "其他收入"]]
    tot = [sum(E.UNIT_IN[c][i] for c in E.UNIT_IN) for i in range(6)]
    rows.append(["318", "合计", N(D["收入总计"]), N(tot[5]), N(tot[0]), N(tot[1]), N(tot[2]), N(tot[3]), N(tot[4])])
    for code, name in E.UNITS:
        a = E.UNIT_IN[code]
        rows.append([code, name, N(sum(a)), N(a[5]), N(a[0]), N(a[1]), N(a[2]), N(a[3]), N(a[4])])
    S.append(dict(name="收入总表", rows=rows))
    # 支出总表 (all funds, 类/款)
    rows = [[f"{ORG}2025年部门支出总表"], [f"部门名称：{ORG}", None, None, None, u],
            ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            [None, "合计", N(D["支出总计"]), N(D["一般_基本"]), N(D["支出总计"] - D["一般_基本"])]]
    for c in sorted(lei):
        rows.append([c, E.LEI[c]] + [N(x) for x in lei[c]])
        for k in sorted(D["all_kuan"]):
            if k.startswith(c):
                rows.append([k, E.KUAN[k]] + [N(x) for x in D["all_kuan"][k]])
    S.append(dict(name="支出总表", rows=rows))
    # 财政拨款收支总表
    gl = D["gp_lei"]
    rows = [[f"{ORG}2025年财政拨款收支总表"], [f"部门名称：{ORG}", None, None, None, None, u],
            ["收入项目", "预算数", "支出项目", "合计", "一般公共预算", "政府性基金预算"]]
    inc = [("一、一般公共预算拨款", D["一般_收入"]), ("二、政府性基金预算拨款", D["基金"]),
           ("三、国有资本经营预算拨款", 0), ("四、上年结转", E.CARRY), ("其中：一般公共预算", E.CARRY)]
    cz = sorted(set(gl) | {"212"})
    for k in range(max(len(inc), len(cz))):
        a = inc[k] if k < len(inc) else (None, None)
        row = [a[0], N(a[1]) if a[0] else None]
        if k < len(cz):
            c = cz[k]
            g = gl.get(c, [0])[0]
            f = D["基金"] if c == "212" else 0
            row += [f"{'一二三四五六七八'[k]}、{E.LEI[c]}", N(g + f), N(g), N(f)]
        else:
            row += [None, None, None, None]
        rows.append(row)
    rows.append(["收入总计", N(D["cz_total"]), "支出总计", N(D["cz_total"]), N(D["一般_合计"]), N(D["基金"])])
    S.append(dict(name="财政拨款收支总表", rows=rows))
    # 一般公共预算支出表: two-row merged header
    rows = [[f"{ORG}2025年一般公共预算支出表"], [f"部门名称：{ORG}", None, None, None, u],
            ["科目编码", "科目名称", "2025年预算数", None, None],
            [None, None, "合计", "基本支出", "项目支出"],
            [None, "合计", N(D["一般_合计"]), N(D["一般_基本"]), N(D["一般_项目"])]]
    for c in sorted(gl):
        rows.append([c, E.LEI[c]] + [N(x) for x in gl[c]])
        for k in sorted(D["gp_kuan"]):
            if k.startswith(c):
                rows.append([k, E.KUAN[k]] + [N(x) for x in D["gp_kuan"][k]])
                for code, name, kind, v in E.XIANG:
                    if code.startswith(k):
                        rows.append([code, name, N(v), N(v if kind == "B" else 0), N(v if kind == "P" else 0)])
    S.append(dict(name="一般公共预算支出表", rows=rows, merges=["A3:A4", "B3:B4", "C3:E3"]))
    # 一般公共预算基本支出表 (经济分类)
    rows = [[f"{ORG}2025年一般公共预算基本支出表"], [f"部门名称：{ORG}", None, None, None, u],
            ["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"],
            [None, "合计", N(D["一般_基本"]), N(D["人员经费"]), N(D["公用经费"])]]
    for L in sorted(D["econ_lei"]):
        v = D["econ_lei"][L]
        isren = L != "302"
        rows.append([L, E.ECON_LEI[L], N(v), N(v if isren else 0), N(0 if isren else v)])
        for c, n, g, v in E.ECON:
            if c.startswith(L):
                rows.append([c, n, N(v), N(v if g == "人员" else 0), N(v if g == "公用" else 0)])
    S.append(dict(name="一般公共预算基本支出表", rows=rows))
    # 三公经费支出表
    sg = {n: (a, b) for n, a, b in E.SANGONG}
    car = (D["车_上年"], D["车_本年"])
    rows = [[f"{ORG}2025年财政拨款“三公”经费支出预算表"], [f"部门名称：{ORG}", None, None, u],
            ["项目", "上年预算数", "本年预算数", "增减额"],
            ["合计", N(D["三公_上年"]), N(D["三公_本年"]), N(D["三公_本年"] - D["三公_上年"])],
            ["1.因公出国（境）费", N(sg["因公出国（境）费"][0]), N(sg["因公出国（境）费"][1]), N(0)],
            ["2.公务用车购置及运行维护费", N(car[0]), N(car[1]), N(car[1] - car[0])],
            ["  其中：公务用车购置费", N(sg["公务用车购置费"][0]), N(sg["公务用车购置费"][1]), N(0)],
            ["        公务用车运行维护费", N(sg["公务用车运行维护费"][0]), N(sg["公务用车运行维护费"][1]),
             N(sg["公务用车运行维护费"][1] - sg["公务用车运行维护费"][0])],
            ["3.公务接待费", N(sg["公务接待费"][0]), N(sg["公务接待费"][1]), N(sg["公务接待费"][1] - sg["公务接待费"][0])]]
    S.append(dict(name="三公经费支出表", rows=rows))
    # 政府性基金预算支出表
    f = E.FUND[0]
    rows = [[f"{ORG}2025年政府性基金预算支出表"], [f"部门名称：{ORG}", None, None, None, u],
            ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            [None, "合计", N(D["基金"]), N(0), N(D["基金"])],
            ["212", "城乡社区支出", N(D["基金"]), N(0), N(D["基金"])],
            ["21208", E.KUAN["21208"], N(D["基金"]), N(0), N(D["基金"])],
            [f[0], f[1], N(f[3]), N(0), N(f[3])]]
    S.append(dict(name="政府性基金预算支出表", rows=rows))
    # 项目支出绩效目标表
    rows = [[f"{ORG}2025年项目支出绩效目标表"], [f"部门名称：{ORG}"] + [None] * 6 + [u],
            ["项目名称", "支出功能科目", "预算金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]]
    for name, code, amt, goal, l1, l2, l3, val in E.PERF:
        rows.append([name, code, N(amt), goal, l1, l2, l3, val])
    rows.append(["合计", None, N(D["绩效_金额"]), None, None, None, None, None])
    S.append(dict(name="项目支出绩效目标表", rows=rows))
    return S


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def build():
    P = prose()
    sheets = [dict(name="情况说明", rows=[[p] for p in P])] + tables()
    sst, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(sst)
            sst.append(s)
        return sidx[s]

    sheet_xml = []
    for sh in sheets:
        out = []
        for r, row in enumerate(sh["rows"], 1):
            cells = []
            for c, v in enumerate(row):
                if v is None:
                    continue
                ref = f"{col(c)}{r}"
                if isinstance(v, tuple):
                    cells.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
                else:
                    style = 2 if (r <= 1 or (sh["name"] != "情况说明" and r in (3, 4) and not
                                              any(isinstance(x, tuple) for x in row))) else (3 if sh["name"] == "情况说明" else 0)
                    cells.append(f'<c r="{ref}" t="s" s="{style}"><v>{si(v)}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        widths = '<cols><col min="1" max="1" width="100" customWidth="1"/></cols>' if sh["name"] == "情况说明" else \
            '<cols><col min="1" max="1" width="22" customWidth="1"/><col min="2" max="2" width="36" customWidth="1"/>' \
            '<col min="3" max="9" width="18" customWidth="1"/></cols>'
        merges = ""
        if sh.get("merges"):
            merges = f'<mergeCells count="{len(sh["merges"])}">' + "".join(
                f'<mergeCell ref="{m}"/>' for m in sh["merges"]) + "</mergeCells>"
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         f'{widths}<sheetData>{"".join(out)}</sheetData>{merges}</worksheet>')
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1)) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{escape(sh["name"])}" sheetId="{i}" r:id="rId{i}"/>' for i, sh in enumerate(sheets, 1)) +
          '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1)) +
              f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>'
              '</cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sstx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">'
            + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in sst) + '</sst>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{ORG}2025年部门预算</dc:title><dc:creator>莼湾街道财政办公室</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-14T09:30:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application></Properties>')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    fixed = (2025, 2, 14, 9, 30, 0)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                           ("docProps/app.xml", app), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                           ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sstx)] + \
                          [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_xml, 1)]:
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    js = {"prose": P, "sheets": [{"name": sh["name"], "merges": sh.get("merges", []),
                                  "rows": [[(v[1] if isinstance(v, tuple) else v) for v in row] for row in sh["rows"]]}
                                 for sh in sheets]}
    with open(os.path.join(HERE, "e_text.json"), "w", encoding="utf-8") as f:
        json.dump(js, f, ensure_ascii=False, indent=1)
    print("wrote", OUT, n, "sheets", len(sst), "strings")


if __name__ == "__main__":
    build()
