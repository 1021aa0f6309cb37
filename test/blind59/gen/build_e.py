"""Build docs/E-yanfeng-nyncj-2025-bmys.docx (invented) by writing the WordprocessingML by hand.

Also writes gen/e_text.txt, a plain rendering (paragraphs; table rows as cells joined by ' | ').
The single planted prose error is PLANTED below (prose 农田建设 figure differs from 表五/表三/表九).
"""
import os, zipfile, datetime
from xml.sax.saxutils import escape
import e_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-yanfeng-nyncj-2025-bmys.docx")
TXT = os.path.join(HERE, "e_text.txt")

T = D.check()
FT_ALL = D.func_table()
FT_GEN = D.func_table(("gen",))
PLANTED = {"2130153": 18462300}  # prose says 1,846.2300万元; tables say 1,864.2300万元


def w(v):
    """元 -> 万元 string with four decimals, no separators (tables)."""
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 10000}.{v % 10000:04d}"


def wp(v):
    """元 -> 万元 with thousands separators (prose)."""
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 10000:,}.{v % 10000:04d}"


def pct(a, b):
    return f"{abs(a - b) / b * 100:.2f}"


def share(a, b):
    return f"{a / b * 100:.2f}"


# ---------------------------------------------------------------- XML helpers
body = []   # xml chunks
text = []   # plain rendering lines


def run(t, bold=False, size=None, font=None):
    rpr = ""
    if bold or size or font:
        rpr = "<w:rPr>"
        if font:
            rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        if bold:
            rpr += "<w:b/>"
        if size:
            rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        rpr += "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(t="", bold=False, size=None, align=None, font=None, indent=True, keep=False, sect=None, spacing=None):
    ppr = "<w:pPr>"
    if keep:
        ppr += "<w:keepNext/>"
    if spacing is not None:
        ppr += f'<w:spacing w:before="{spacing}" w:after="{spacing}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    elif indent and t:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>'
    if sect:
        ppr += sect
    ppr += "</w:pPr>"
    body.append(f"<w:p>{ppr}{run(t, bold, size, font) if t else ''}</w:p>")
    text.append(t)


def page_break():
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    text.append("\f")


def heading(t, level=1):
    size = {0: 44, 1: 32, 2: 28, 3: 24}[level]
    font = "黑体" if level <= 2 else "楷体"
    para(t, bold=level <= 1, size=size, align="center" if level <= 1 else None, font=font, indent=False, keep=True)


def cell(t="", span=1, vm=None, bold=False, align="center", width=None, shade=False):
    return dict(t=t, span=span, vm=vm, bold=bold, align=align, width=width, shade=shade)


def table(widths, rows, header_rows=1, maxw=14400):
    """rows: list of lists of cell dicts; a cell with vm='continue' must be present (empty) in its slot."""
    if sum(widths) > maxw:  # fit the text area (landscape 14570, portrait 8844 twips)
        k = maxw / sum(widths)
        widths = [int(c * k) for c in widths]
    x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>' % sum(widths),
         '<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                   for s in ("top", "left", "bottom", "right", "insideH", "insideV")) +
         '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/>'
         '<w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>',
         "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{c}"/>' for c in widths) + "</w:tblGrid>"]
    for ri, r in enumerate(rows):
        trpr = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if ri < header_rows else "") + "</w:trPr>"
        x.append(f"<w:tr>{trpr}")
        col = 0
        cells_txt = []
        for c in r:
            wdt = sum(widths[col:col + c["span"]])
            tcpr = f'<w:tcPr><w:tcW w:w="{wdt}" w:type="dxa"/>'
            if c["span"] > 1:
                tcpr += f'<w:gridSpan w:val="{c["span"]}"/>'
            if c["vm"] == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif c["vm"] == "continue":
                tcpr += "<w:vMerge/>"
            if c["shade"] or ri < header_rows:
                tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
            tcpr += '<w:vAlign w:val="center"/></w:tcPr>'
            content = run(c["t"], bold=c["bold"] or ri < header_rows, size=18) if (c["t"] and c["vm"] != "continue") else ""
            x.append(f'<w:tc>{tcpr}<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="{c["align"]}"/></w:pPr>'
                     f"{content}</w:p></w:tc>")
            cells_txt.append("" if c["vm"] == "continue" else c["t"])
            col += c["span"]
        assert col == len(widths), (ri, col, len(widths), [c["t"] for c in r])
        x.append("</w:tr>")
        text.append(" | ".join(cells_txt))
    x.append("</w:tbl>")
    body.append("".join(x))


def table_title(t, cont=False):
    para(t, bold=True, size=30, align="center", font="黑体", indent=False, keep=True)
    para("编制单位：雁沣县农业农村局" + "\u3000" * 30 + "单位：万元", size=20, align="left", indent=False, keep=True)


def num(v, blank_zero=False):
    if v == 0 and blank_zero:
        return cell("", align="right")
    return cell(w(v), align="right")


# ---------------------------------------------------------------- derived figures
prev_fiscal = sum(D.PREV_GEN.values()) + D.PREV_FUND + D.PREV_CARRY
unit_total = {u: sum(D.by_source(u).values()) for u, *_ in D.UNITS}
sg, psg = T["sangong"], T["prev_sangong"]
sg_total = sum(sg.values())
psg_total = sum(psg.values())


def lvl_sum(ft, prefix):
    return sum(b + p for c, (b, p) in ft.items() if c.startswith(prefix))


def prev_sum(prefix):
    return sum(v for c, v in D.PREV_GEN.items() if c.startswith(prefix))


CODES_ORDER = ["208", "20805", "2080501", "2080505", "2080506", "210", "21011", "2101101", "2101102",
               "212", "21208", "2120816", "213", "21301", "2130101", "2130104", "2130106", "2130108",
               "2130109", "2130110", "2130119", "2130122", "2130153", "2130199", "21305", "2130599",
               "21307", "2130705", "221", "22102", "2210201"]


def codes_for(ft):
    return [c for c in CODES_ORDER if any(k.startswith(c) for k in ft)]


# ---------------------------------------------------------------- cover, contents
SECT_PORTRAIT = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
                 '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1474" w:bottom="1440" w:left="1588" '
                 'w:header="851" w:footer="992" w:gutter="0"/><w:pgNumType w:start="1"/></w:sectPr>')
SECT_LANDSCAPE = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
                  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" '
                  'w:bottom="1134" w:left="1134" w:header="851" w:footer="680" w:gutter="0"/></w:sectPr>')

for _ in range(5):
    para("")
para("雁沣县农业农村局", bold=True, size=52, align="center", font="黑体", indent=False)
para("2025年部门预算", bold=True, size=52, align="center", font="黑体", indent=False)
for _ in range(10):
    para("")
para("雁沣县农业农村局编制", size=32, align="center", font="楷体", indent=False)
para("二〇二五年二月", size=32, align="center", font="楷体", indent=False)
page_break()

heading("目　　录")
for t in ["第一部分　雁沣县农业农村局概况", "　　一、主要职能", "　　二、机构设置及人员情况", "　　三、部门预算单位构成",
          "第二部分　雁沣县农业农村局2025年部门预算情况说明", "第三部分　名词解释", "第四部分　2025年部门预算公开表",
          "　　表一　收支总表", "　　表二　收入总表", "　　表三　支出总表", "　　表四　财政拨款收支总表",
          "　　表五　一般公共预算支出表", "　　表六　一般公共预算基本支出表", "　　表七　一般公共预算“三公”经费支出表",
          "　　表八　政府性基金预算支出表", "　　表九　项目支出表", "　　表十　政府采购预算表"]:
    para(t, size=28, indent=False)
page_break()

# ---------------------------------------------------------------- part 1
heading("第一部分　雁沣县农业农村局概况")
heading("一、主要职能", 2)
para("雁沣县农业农村局是县政府工作部门，为正科级。主要职责是：贯彻落实党中央关于“三农”工作的方针政策和决策部署，"
     "统筹研究和组织实施全县“三农”工作发展战略、中长期规划；负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理；"
     "负责农田建设、耕地质量管理和农业防灾减灾工作；负责动物疫病防控和农产品质量安全监督管理；指导农村集体资产和财务管理、"
     "农村承包地管理；承办县委、县政府交办的其他事项。")
heading("二、机构设置及人员情况", 2)
S = D.STAFF
bz_xz = sum(s["xz"] for s in S.values()); bz_sy = sum(s["sy"] for s in S.values())
zz = sum(s["zz"] for s in S.values()); tx = sum(s["tx"] for s in S.values())
para(f"局机关内设{len(D.NEISHE)}个股室：" + "、".join(D.NEISHE) + "。下属事业单位3个：雁沣县农业技术推广中心、"
     "雁沣县动物疫病预防控制中心、雁沣县农村合作经济经营管理站，均为公益一类事业单位。")
para(f"截至2024年底，本部门核定编制{bz_xz + bz_sy}名，其中行政编制{bz_xz}名、事业编制{bz_sy}名；实有在职人员{zz}人，"
     f"离退休人员{tx}人。各单位人员情况见下表。")
heading("三、部门预算单位构成", 2)
para("纳入本部门2025年部门预算编制范围的单位共4个，包括局机关（本级）和3个所属事业单位：")
widths = [3400, 1500, 900, 900, 900, 900, 900]
rows = [[cell("单位名称", vm="restart"), cell("单位性质", vm="restart"), cell("编制数（名）", span=2),
         cell("实有人数（人）", span=3)],
        [cell(vm="continue"), cell(vm="continue"), cell("行政"), cell("事业"), cell("在职"), cell("退休"), cell("合计")]]
for u, name, nat in D.UNITS:
    s = S[u]
    rows.append([cell(name, align="left"), cell(nat), cell(str(s["xz"]) if s["xz"] else ""), cell(str(s["sy"]) if s["sy"] else ""),
                 cell(str(s["zz"])), cell(str(s["tx"])), cell(str(s["zz"] + s["tx"]))])
rows.append([cell("合计", bold=True), cell(""), cell(str(bz_xz)), cell(str(bz_sy)), cell(str(zz)), cell(str(tx)), cell(str(zz + tx))])
table(widths, rows, header_rows=2, maxw=8800)
page_break()

# ---------------------------------------------------------------- part 2: prose
heading("第二部分　雁沣县农业农村局2025年部门预算情况说明")
tot, ptot = T["total"], T["prev_total"]
heading("一、收支预算总体情况", 2)
para(f"按照综合预算的原则，雁沣县农业农村局所有收入和支出均纳入部门预算管理。2025年收入总计{wp(tot)}万元，支出总计{wp(tot)}万元。"
     f"与2024年预算相比，收支总计各增加{wp(tot - ptot)}万元，同比增长{pct(tot, ptot)}%。主要原因是：一是2025年新建高标准农田任务增加，"
     f"县级配套资金增加{wp(FT_GEN['2130153'][1] - D.PREV_GEN['2130153'])}万元；二是安排土地出让收入用于农村人居环境整治提升的资金增加；"
     f"三是上年结转的设施农业提升项目资金{wp(T['carry'])}万元纳入本年预算。")
heading("二、收入预算情况说明", 2)
para(f"2025年收入总计{wp(tot)}万元，其中：一般公共预算拨款收入{wp(T['gen'])}万元，占{share(T['gen'], tot)}%；"
     f"政府性基金预算拨款收入{wp(T['fund'])}万元，占{share(T['fund'], tot)}%；事业收入{wp(T['biz'])}万元，占{share(T['biz'], tot)}%；"
     f"上年结转{wp(T['carry'])}万元，占{share(T['carry'], tot)}%。本部门无国有资本经营预算拨款收入和事业单位经营收入。")
para(f"一般公共预算拨款收入比2024年增加{wp(T['gen'] - T['prev_gen'])}万元，同比增长{pct(T['gen'], T['prev_gen'])}%，主要原因是高标准农田建设县级配套资金增加；"
     f"政府性基金预算拨款收入比2024年增加{wp(T['fund'] - D.PREV_FUND)}万元，同比增长{pct(T['fund'], D.PREV_FUND)}%，主要原因是县级土地出让收入用于农业农村的比例提高；"
     f"事业收入比2024年增加{wp(T['biz'] - D.PREV_BIZ)}万元，同比增长{pct(T['biz'], D.PREV_BIZ)}%，主要是农技推广中心测土配方等技术服务量增加。")
heading("三、支出预算情况说明", 2)
para(f"2025年支出总计{wp(tot)}万元，其中：基本支出{wp(T['basic'])}万元，占{share(T['basic'], tot)}%；项目支出{wp(T['proj'])}万元，"
     f"占{share(T['proj'], tot)}%。")
para(f"基本支出比2024年增加{wp(T['basic'] - D.PREV_BASIC)}万元，同比增长{pct(T['basic'], D.PREV_BASIC)}%，主要原因是落实机关事业单位基本工资标准调整政策，"
     f"养老保险、职业年金等缴费基数相应提高。项目支出比2024年增加{wp(T['proj'] - T['prev_proj'])}万元，同比增长{pct(T['proj'], T['prev_proj'])}%，"
     f"主要原因是高标准农田建设县级配套资金和农村人居环境整治提升项目资金增加。")
para("按单位分：" + "；".join(f"{D.SHORT[u]}{wp(unit_total[u])}万元" for u, *_ in D.UNITS) + "。")
heading("四、财政拨款收支预算总体情况说明", 2)
para(f"2025年财政拨款收支总预算{wp(T['fiscal'])}万元，比2024年增加{wp(T['fiscal'] - prev_fiscal)}万元，同比增长{pct(T['fiscal'], prev_fiscal)}%。"
     f"收入包括：一般公共预算拨款{wp(T['gen'])}万元，政府性基金预算拨款{wp(T['fund'])}万元，上年结转{wp(T['carry'])}万元。"
     f"支出包括：社会保障和就业支出{wp(lvl_sum(FT_ALL, '208'))}万元，卫生健康支出{wp(lvl_sum(FT_ALL, '210'))}万元，"
     f"城乡社区支出{wp(lvl_sum(FT_ALL, '212'))}万元，农林水支出{wp(lvl_sum(FT_ALL, '213') - T['biz'])}万元，住房保障支出{wp(lvl_sum(FT_ALL, '221'))}万元。")
heading("五、一般公共预算支出情况说明", 2)
para(f"2025年一般公共预算支出{wp(T['gen'])}万元，其中基本支出{wp(T['basic'])}万元，项目支出{wp(T['proj_gen'])}万元。按支出功能分类科目，主要用于以下方面：")
REASONS = {
    "2080501": "主要原因是退休人员增加2人",
    "2080505": "主要原因是缴费基数调整",
    "2080506": "主要原因是缴费基数调整",
    "2101101": "主要原因是缴费基数调整",
    "2101102": "主要原因是缴费基数调整",
    "2130101": "主要原因是压减一般性支出",
    "2130104": "主要原因是事业单位绩效工资调整",
    "2130106": "主要原因是高素质农民培训任务增加",
    "2130108": "主要原因是强制免疫实行“先打后补”，部分疫苗经费由省级直接结算",
    "2130109": "主要原因是农产品例行监测批次增加",
    "2130110": "主要原因是农资打假专项执法任务增加",
    "2130119": "主要原因是2024年安排的抗旱救灾一次性资金2025年不再安排",
    "2130122": "主要原因是耕地地力保护配套资金增加",
    "2130153": "主要原因是2025年新建高标准农田2.6万亩，县级配套资金相应增加",
    "2130199": "主要原因是农村集体“三资”监管平台运维费用增加",
    "2130599": "主要原因是部分产业帮扶项目已于2024年完工",
    "2210201": "主要原因是缴费基数调整",
}
i = 0
for c in codes_for(FT_GEN):
    if len(c) != 7:
        continue
    i += 1
    cur = sum(FT_GEN[c]); prev = D.PREV_GEN[c]
    shown = PLANTED.get(c, cur)
    name = D.FUNC_NAMES[c]
    if cur == prev:
        s = f"（{i}）{name}（项）{wp(shown)}万元，与2024年持平，主要用于村级组织运转经费补助。"
    elif cur > prev:
        s = f"（{i}）{name}（项）{wp(shown)}万元，比2024年增加{wp(cur - prev)}万元，同比增长{pct(cur, prev)}%，{REASONS[c]}。"
    else:
        s = f"（{i}）{name}（项）{wp(shown)}万元，比2024年减少{wp(prev - cur)}万元，同比下降{pct(cur, prev)}%，{REASONS[c]}。"
    para(s)
heading("六、一般公共预算基本支出情况说明", 2)
para(f"2025年一般公共预算基本支出{wp(T['basic'])}万元，其中：人员经费{wp(T['person'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
     f"机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、退休费、生活补助；"
     f"公用经费{wp(T['public'])}万元，主要包括办公费、水费、电费、差旅费、会议费、培训费、公务接待费、工会经费、福利费、"
     f"公务用车运行维护费、其他交通费用、其他商品和服务支出。")
heading("七、一般公共预算“三公”经费支出情况说明", 2)
car_now = sg["buy"] + sg["run"]; car_prev = psg["buy"] + psg["run"]
cars = D.CARS
para(f"2025年一般公共预算“三公”经费预算{wp(sg_total)}万元，比2024年减少{wp(psg_total - sg_total)}万元，同比下降{pct(sg_total, psg_total)}%。其中："
     f"因公出国（境）费0万元，与2024年持平，2025年未安排因公出国（境）团组，计划出国（境）0个团组、0人次；"
     f"公务用车购置及运行费{wp(car_now)}万元（其中：公务用车购置费0万元，公务用车运行费{wp(sg['run'])}万元），比2024年减少{wp(car_prev - car_now)}万元，"
     f"同比下降{pct(car_now, car_prev)}%，主要原因是2024年更新执法执勤用车1辆，2025年不安排车辆购置；"
     f"公务接待费{wp(sg['recv'])}万元，比2024年减少{wp(psg['recv'] - sg['recv'])}万元，同比下降{pct(sg['recv'], psg['recv'])}%，"
     f"主要原因是严格执行公务接待标准，压减接待批次和陪餐人数。"
     f"截至2024年底，本部门公务用车保有量{sum(cars.values())}辆，其中局本级{cars['bj']}辆、农技推广中心{cars['tg']}辆、动物疫控中心{cars['yk']}辆。")
heading("八、政府性基金预算支出情况说明", 2)
para(f"2025年政府性基金预算支出{wp(T['fund'])}万元，比2024年增加{wp(T['fund'] - D.PREV_FUND)}万元，同比增长{pct(T['fund'], D.PREV_FUND)}%，"
     f"全部为国有土地使用权出让收入安排的农业农村生态环境支出（项），用于农村人居环境整治提升项目，主要原因是县级土地出让收入用于农业农村的比例提高。")
heading("九、国有资本经营预算支出情况说明", 2)
para("本部门2025年无国有资本经营预算拨款安排的支出，故未公开国有资本经营预算支出表。")
heading("十、其他重要事项的情况说明", 2)
para(f"（一）机关运行经费。2025年局本级（行政单位）机关运行经费{wp(T['jgyx'])}万元，比2024年增加{wp(T['jgyx'] - D.PREV_JGYX)}万元，"
     f"同比增长{pct(T['jgyx'], D.PREV_JGYX)}%，主要原因是办公用房电费单价调整。3个事业单位不使用机关运行经费。")
proc = {"货物": 0, "工程": 0, "服务": 0}
for *_, cat, v in D.PROCUREMENT:
    proc[cat] += v
para(f"（二）政府采购情况。2025年本部门政府采购预算总额{wp(T['proc'])}万元，其中：政府采购货物预算{wp(proc['货物'])}万元，"
     f"政府采购工程预算{wp(proc['工程'])}万元，政府采购服务预算{wp(proc['服务'])}万元。")
para(f"（三）国有资产占有使用情况。截至2024年12月31日，本部门共有车辆{sum(cars.values())}辆，其中执法执勤用车2辆、特种专业技术用车3辆、"
     f"其他用车1辆；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备1台（套）。2025年部门预算未安排购置车辆。")
para(f"（四）预算绩效目标设置情况。2025年本部门实行绩效目标管理的项目{len(D.PROJECTS)}个，涉及项目资金{wp(T['proj'])}万元。")
page_break()
heading("第三部分　名词解释")
for t in [
    "一、一般公共预算拨款收入：指县级财政当年拨付的一般公共预算资金。",
    "二、政府性基金预算拨款收入：指县级财政当年拨付的政府性基金预算资金，本部门为国有土地使用权出让收入安排的资金。",
    "三、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "四、上年结转：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "八、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]:
    para(t)
heading("第四部分　2025年部门预算公开表")
para("（见后附表一至表十。本部门无国有资本经营预算拨款，未列国有资本经营预算支出表。）", align="center", indent=False,
     sect=SECT_PORTRAIT)

# ---------------------------------------------------------------- tables (landscape section)
# 表一 收支总表 (two halves)
table_title("表一　2025年部门收支总表")
inc = [("一、一般公共预算拨款收入", T["gen"]), ("二、政府性基金预算拨款收入", T["fund"]), ("三、国有资本经营预算拨款收入", 0),
       ("四、事业收入", T["biz"]), ("五、事业单位经营收入", 0), ("六、其他收入", 0)]
exp = [(f"{'一二三四五'[k]}、{D.FUNC_NAMES[c]}", lvl_sum(FT_ALL, c)) for k, c in enumerate(["208", "210", "212", "213", "221"])]
widths = [4200, 2400, 4200, 2400]
rows = [[cell("收　　入", span=2), cell("支　　出", span=2)],
        [cell("项　　目"), cell("预算数"), cell("项目（按功能分类）"), cell("预算数")]]
for k in range(max(len(inc), len(exp))):
    l = inc[k] if k < len(inc) else ("", None)
    r = exp[k] if k < len(exp) else ("", None)
    rows.append([cell(l[0], align="left"), num(l[1]) if l[1] is not None else cell(""),
                 cell(r[0], align="left"), num(r[1]) if r[1] is not None else cell("")])
rows.append([cell("本年收入合计", bold=True), num(T["income_year"]), cell("本年支出合计", bold=True), num(T["total"])])
rows.append([cell("上年结转", align="left"), num(T["carry"]), cell("年终结转结余", align="left"), num(0)])
rows.append([cell("收 入 总 计", bold=True), num(T["total"]), cell("支 出 总 计", bold=True), num(T["total"])])
table(widths, rows, header_rows=2)
page_break()

# 表二 收入总表 by unit
table_title("表二　2025年部门收入总表")
widths = [4000, 1700, 1700, 1900, 1900, 1700, 1700]
rows = [[cell("单位名称", vm="restart"), cell("合计", vm="restart"), cell("本年收入", span=4), cell("上年结转", vm="restart")],
        [cell(vm="continue"), cell(vm="continue"), cell("小计"), cell("一般公共预算拨款收入"), cell("政府性基金预算拨款收入"),
         cell("事业收入"), cell(vm="continue")]]
def inc_row(label, s, bold=False):
    return [cell(label, align="left", bold=bold), num(sum(s.values())), num(s["gen"] + s["fund"] + s["biz"]),
            num(s["gen"]), num(s["fund"], True), num(s["biz"], True), num(s["carry"], True)]
rows.append(inc_row("合计", D.by_source(), True))
for u, name, _ in D.UNITS:
    rows.append(inc_row(name, D.by_source(u)))
table(widths, rows, header_rows=2)
page_break()

# 表三 支出总表 by function (all funds)
table_title("表三　2025年部门支出总表")
widths = [1700, 5600, 2300, 2300, 2300]
rows = [[cell("科　　目", span=2), cell("合计", vm="restart"), cell("基本支出", vm="restart"), cell("项目支出", vm="restart")],
        [cell("科目编码"), cell("科目名称"), cell(vm="continue"), cell(vm="continue"), cell(vm="continue")]]
rows.append([cell(""), cell("合　　计", bold=True), num(T["total"]), num(T["basic"]), num(T["proj"])])
for c in codes_for(FT_ALL):
    b = sum(v[0] for k, v in FT_ALL.items() if k.startswith(c)); p = sum(v[1] for k, v in FT_ALL.items() if k.startswith(c))
    rows.append([cell(c, align="left"), cell(("" if len(c) == 3 else "　" * ((len(c) - 3) // 2)) + D.FUNC_NAMES[c], align="left"),
                 num(b + p), num(b, True), num(p, True)])
table(widths, rows, header_rows=2)
page_break()

# 表四 财政拨款收支总表
table_title("表四　2025年财政拨款收支总表")
widths = [3600, 1900, 3600, 1900, 1900, 1900]
rows = [[cell("收　　入", span=2), cell("支　　出", span=4)],
        [cell("项　　目", vm="restart"), cell("预算数", vm="restart"), cell("项目（按功能分类）", vm="restart"), cell("合计", vm="restart"),
         cell("财政拨款", span=2)],
        [cell(vm="continue"), cell(vm="continue"), cell(vm="continue"), cell(vm="continue"), cell("一般公共预算"), cell("政府性基金预算")]]
FT_FIS = D.func_table(("gen", "fund", "carry"))
FT_GC = D.func_table(("gen", "carry"))
left = [("一、本年收入", T["gen"] + T["fund"]), ("　　一般公共预算拨款", T["gen"]), ("　　政府性基金预算拨款", T["fund"]),
        ("　　国有资本经营预算拨款", 0), ("二、上年结转", T["carry"]), ("　　一般公共预算拨款", T["carry"]), ("　　政府性基金预算拨款", 0)]
right = []
for c in ["208", "210", "212", "213", "221"]:
    right.append((D.FUNC_NAMES[c], lvl_sum(FT_FIS, c), lvl_sum(FT_GC, c), lvl_sum(FT_FIS, c) - lvl_sum(FT_GC, c)))
for k in range(max(len(left), len(right))):
    l = left[k] if k < len(left) else ("", None)
    r = right[k] if k < len(right) else ("", None, None, None)
    rows.append([cell(l[0], align="left"), num(l[1]) if l[1] is not None else cell(""), cell(r[0], align="left")] +
                ([num(r[1]), num(r[2], True), num(r[3], True)] if r[1] is not None else [cell(""), cell(""), cell("")]))
rows.append([cell("收 入 总 计", bold=True), num(T["fiscal"]), cell("支 出 总 计", bold=True), num(T["fiscal"]),
             num(T["gen"] + T["carry"]), num(T["fund"])])
table(widths, rows, header_rows=3)
page_break()

# 表五 一般公共预算支出表 (split in two parts: 续表)
widths = [1500, 4600, 1800, 1800, 1800, 1800, 1300]
head5 = [[cell("科目编码", vm="restart"), cell("科目名称", vm="restart"), cell("2025年预算数", span=3),
          cell("2024年预算数", vm="restart"), cell("增减率（%）", vm="restart")],
         [cell(vm="continue"), cell(vm="continue"), cell("合计"), cell("基本支出"), cell("项目支出"), cell(vm="continue"), cell(vm="continue")]]
body5 = [[cell(""), cell("合　　计", bold=True), num(T["gen"]), num(T["basic"]), num(T["proj_gen"]), num(T["prev_gen"]),
          cell(("+" if T["gen"] >= T["prev_gen"] else "-") + pct(T["gen"], T["prev_gen"]), align="right")]]
for c in codes_for(FT_GEN):
    b = sum(v[0] for k, v in FT_GEN.items() if k.startswith(c)); p = sum(v[1] for k, v in FT_GEN.items() if k.startswith(c))
    pv = prev_sum(c)
    rate = "0.00" if pv == b + p else (("+" if b + p > pv else "-") + pct(b + p, pv))
    body5.append([cell(c, align="left"), cell(("" if len(c) == 3 else "　" * ((len(c) - 3) // 2)) + D.FUNC_NAMES[c], align="left"),
                  num(b + p), num(b, True), num(p, True), num(pv), cell(rate, align="right")])
SPLIT = [r[0]["t"] for r in body5].index("2130108")
table_title("表五　2025年一般公共预算支出表")
table(widths, head5 + body5[:SPLIT], header_rows=2)
para("（接下页）", size=18, align="right", indent=False)
page_break()
para("表五　2025年一般公共预算支出表（续表）", bold=True, size=30, align="center", font="黑体", indent=False, keep=True)
para("编制单位：雁沣县农业农村局" + "\u3000" * 30 + "单位：万元", size=20, align="left", indent=False, keep=True)
table(widths, head5 + body5[SPLIT:], header_rows=2)
page_break()

# 表六 一般公共预算基本支出表 (经济分类)
table_title("表六　2025年一般公共预算基本支出表")
widths = [1500, 5600, 2400, 2400, 2400]
rows = [[cell("经济分类科目", span=2), cell("2025年预算数", span=3)],
        [cell("科目编码"), cell("科目名称"), cell("合计"), cell("人员经费"), cell("公用经费")]]
allE = {}
for u, *_ in D.UNITS:
    for k, v in D.ECON[u].items():
        allE[k] = allE.get(k, 0) + v
rows.append([cell(""), cell("合　　计", bold=True), num(T["basic"]), num(T["person"]), num(T["public"])])
for cls in ["301", "302", "303"]:
    tot_c = sum(v for k, v in allE.items() if k.startswith(cls))
    isp = cls != "302"
    rows.append([cell(cls, align="left"), cell(D.ECON_NAMES[cls], align="left", bold=True), num(tot_c),
                 num(tot_c if isp else 0, True), num(0 if isp else tot_c, True)])
    for k in sorted(x for x in allE if x.startswith(cls)):
        rows.append([cell(k, align="left"), cell("　　" + D.ECON_NAMES[k], align="left"), num(allE[k]),
                     num(allE[k] if isp else 0, True), num(0 if isp else allE[k], True)])
table(widths, rows, header_rows=2)
page_break()

# 表七 三公
table_title("表七　2025年一般公共预算“三公”经费支出表")
widths = [4200, 1600, 1800, 1600, 1600, 1600, 1800]
rows = [[cell("单位名称", vm="restart"), cell("合计", vm="restart"), cell("因公出国（境）费", vm="restart"),
         cell("公务用车购置及运行费", span=3), cell("公务接待费", vm="restart")],
        [cell(vm="continue"), cell(vm="continue"), cell(vm="continue"), cell("小计"), cell("购置费"), cell("运行费"), cell(vm="continue")]]
def sg_row(label, s, bold=False):
    return [cell(label, align="left", bold=bold), num(sum(s.values())), num(s["abroad"]), num(s["buy"] + s["run"]),
            num(s["buy"]), num(s["run"]), num(s["recv"])]
rows.append(sg_row("2025年预算数合计", sg, True))
for u, name, _ in D.UNITS:
    rows.append(sg_row("　" + name, D.sangong(u)))
rows.append(sg_row("2024年预算数", psg, True))
table(widths, rows, header_rows=2)
para(f"注：2025年计划因公出国（境）团组0个、0人次；截至2024年底公务用车保有量{sum(cars.values())}辆。", size=18, align="left", indent=False)
page_break()

# 表八 政府性基金
table_title("表八　2025年政府性基金预算支出表")
widths = [1700, 6200, 2100, 2100, 2100]
rows = [[cell("科目编码"), cell("科目名称"), cell("合计"), cell("基本支出"), cell("项目支出")]]
FT_F = D.func_table(("fund",))
rows.append([cell(""), cell("合　　计", bold=True), num(T["fund"]), num(0, True), num(T["fund"])])
for c in codes_for(FT_F):
    v = sum(b + p for k, (b, p) in FT_F.items() if k.startswith(c))
    rows.append([cell(c, align="left"), cell(("" if len(c) == 3 else "　" * ((len(c) - 3) // 2)) + D.FUNC_NAMES[c], align="left"),
                 num(v), num(0, True), num(v)])
table(widths, rows, header_rows=1)
page_break()

# 表九 项目支出表
table_title("表九　2025年项目支出表")
widths = [3000, 4300, 1300, 1500, 1500, 1500, 1300, 1300]
rows = [[cell("单位名称", vm="restart"), cell("项目名称", vm="restart"), cell("功能科目编码", vm="restart"), cell("合计", vm="restart"),
         cell("资金来源", span=4)],
        [cell(vm="continue"), cell(vm="continue"), cell(vm="continue"), cell(vm="continue"), cell("一般公共预算"), cell("政府性基金"),
         cell("上年结转"), cell("事业收入")]]
rows.append([cell("合计", bold=True), cell(""), cell(""), num(T["proj"]), num(T["proj_gen"]), num(T["fund"]), num(T["carry"]), num(T["biz"])])
prev_u = None
for u, name, code, src, v in D.PROJECTS:
    first = u != prev_u
    prev_u = u
    rows.append([cell(D.UNAME[u], vm="restart", align="left") if first else cell(vm="continue"), cell(name, align="left"), cell(code),
                 num(v)] + [num(v if src == s else 0, True) for s in ("gen", "fund", "carry", "biz")])
table(widths, rows, header_rows=2)
page_break()

# 表十 政府采购
table_title("表十　2025年政府采购预算表")
widths = [4200, 5200, 2000, 2400]
rows = [[cell("单位名称"), cell("采购项目"), cell("采购类别"), cell("预算金额")]]
rows.append([cell("合计", bold=True), cell(""), cell(""), num(T["proc"])])
prev_u = None
for u, name, cat, v in D.PROCUREMENT:
    first = u != prev_u
    prev_u = u
    rows.append([cell(D.UNAME[u], vm="restart", align="left") if first else cell(vm="continue"), cell(name, align="left"),
                 cell(cat), num(v)])
table(widths, rows, header_rows=1)

# ---------------------------------------------------------------- package
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + "".join(body) +
            SECT_LANDSCAPE + "</w:body></w:document>")
styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>
<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''
footer = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">- </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>
<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>'''
content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''
doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>雁沣县农业农村局2025年部门预算</dc:title><dc:creator>雁沣县农业农村局</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-10T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-10T09:00:00Z</dcterms:modified>
</cp:coreProperties>'''
app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

os.makedirs(os.path.dirname(OUT), exist_ok=True)
FIXED = (2025, 2, 10, 9, 0, 0)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document),
                       ("word/styles.xml", styles), ("word/footer1.xml", footer), ("word/_rels/document.xml.rels", doc_rels),
                       ("docProps/core.xml", core), ("docProps/app.xml", app)]:
        zi = zipfile.ZipInfo(name, FIXED)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode("utf-8"))
with open(TXT, "w", encoding="utf-8") as f:
    f.write("\n".join(text) + "\n")
print("wrote", OUT, os.path.getsize(OUT), "bytes;", len(text), "text lines")
