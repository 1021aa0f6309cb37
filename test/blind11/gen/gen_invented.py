#!/usr/bin/env python3
"""Generate the two invented documents (A: Liaoning-template 部门决算, B: Hainan-template 单位预算)
as HTML in gen/out/, then print them to PDF with chromium. Every subtotal is computed here and asserted.
Writes gen/out/facts.json with the figures questions.py uses."""
import json, os, subprocess
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
DOCS = os.path.join(HERE, "..", "docs")
os.makedirs(OUT, exist_ok=True)


def f(x):
    """amount with thousands separators and two decimals; blank for None"""
    if x is None:
        return ""
    return f"{D(x):,.2f}"


def p(x):
    return f"{D(x):.2f}"


CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
@page land { size: A4 landscape; margin: 14mm 12mm; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 11pt; line-height: 1.7; }
h1 { text-align: center; font-size: 20pt; margin-top: 60mm; }
h2 { font-size: 14pt; margin-top: 8mm; }
h3 { font-size: 12pt; }
p { text-indent: 2em; margin: 2mm 0; }
p.c { text-indent: 0; text-align: center; }
p.r { text-indent: 0; text-align: right; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 2mm 0 6mm 0; }
th, td { border: 1px solid #000; padding: 1.2mm 1.5mm; }
th { font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
.title { text-align: center; font-size: 13pt; font-weight: bold; margin-top: 4mm; }
.meta { display: flex; justify-content: space-between; font-size: 9.5pt; }
.pb { page-break before: always; break-before: page; }
.land { page: land; }
"""


def table_meta(no, org, unit="万元"):
    return f'<div class="meta"><span>{no}</span><span>编制单位：{org}</span><span>单位：{unit}</span></div>'


# ---------------------------------------------------------------- A
A_ORG = "辽岚市桂河区农业农村局"
A_YEAR = 2024
# (code, name, basic, project, other_funds_part, 年初预算(一般公共预算财政拨款))
A_ROWS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", "96.48", "0", "0", "96.48"),
    ("2080506", "机关事业单位职业年金缴费支出", "38.59", "0", "0", "38.59"),
    ("2101101", "行政单位医疗", "31.20", "0", "0", "31.20"),
    ("2101102", "事业单位医疗", "17.84", "0", "0", "17.84"),
    ("2130101", "行政运行", "412.66", "0", "0", "405.00"),
    ("2130104", "事业运行", "298.65", "0", "12.30", "286.35"),
    ("2130108", "病虫害控制", "0", "68.20", "0", "70.00"),
    ("2130122", "农业生产发展", "0", "352.40", "0", "300.00"),
    ("2130135", "农业资源保护修复与利用", "0", "140.50", "0", "180.00"),
    ("2130705", "对村民委员会和村党支部的补助", "0", "60.00", "0", "60.00"),
    ("2210201", "住房公积金", "57.90", "0", "0", "57.90"),
]
A_NAMES = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出",
           "21011": "行政事业单位医疗", "213": "农林水支出", "21301": "农业农村", "21307": "农村综合改革",
           "221": "住房保障支出", "22102": "住房改革支出"}
A_REASON = {
    "2130101": ("大于", "年中增加人员调入及落实绩效奖励政策增加的支出"),
    "2130108": ("小于", "草地贪夜蛾防控药剂集中采购价格低于预算"),
    "2130122": ("大于", "年中追加高标准农田建设区级配套资金"),
    "2130135": ("小于", "部分耕地地力提升项目跨年度实施，资金结转下年使用"),
}
A_ECON = [  # 一般公共预算财政拨款基本支出
    ("301", "工资福利支出", None), ("30101", "基本工资", "228.40"), ("30102", "津贴补贴", "165.30"),
    ("30103", "奖金", "42.10"), ("30107", "绩效工资", "96.80"), ("30108", "机关事业单位基本养老保险缴费", "96.48"),
    ("30109", "职业年金缴费", "38.59"), ("30110", "职工基本医疗保险缴费", "49.04"), ("30113", "住房公积金", "57.90"),
    ("30199", "其他工资福利支出", "12.60"),
    ("302", "商品和服务支出", None), ("30201", "办公费", "18.60"), ("30205", "水费", "2.40"), ("30206", "电费", "9.80"),
    ("30211", "差旅费", "14.30"), ("30213", "维修（护）费", "6.10"), ("30215", "会议费", "1.80"), ("30216", "培训费", "3.20"),
    ("30217", "公务接待费", "1.46"), ("30228", "工会经费", "9.20"), ("30229", "福利费", "6.40"),
    ("30231", "公务用车运行维护费", "8.64"), ("30239", "其他交通费用", "21.60"), ("30299", "其他商品和服务支出", "42.31"),
    ("303", "对个人和家庭的补助", None), ("30302", "退休费", "6.80"), ("30309", "奖励金", "1.20"),
]


def build_a():
    rows = [dict(code=c, name=n, basic=D(b), proj=D(pj), other=D(o), ys=D(y)) for c, n, b, pj, o, y in A_ROWS]
    for r in rows:
        r["total"] = r["basic"] + r["proj"]
        r["fin"] = r["total"] - r["other"]
        r["finb"] = r["basic"] - r["other"]
    def agg(prefix, key):
        return sum((r[key] for r in rows if r["code"].startswith(prefix)), D(0))
    tot = agg("", "total"); basic = agg("", "basic"); proj = agg("", "proj"); other = agg("", "other")
    fin = agg("", "fin"); finb = agg("", "finb"); ys = agg("", "ys")
    carry_in, carry_out = D("35.60"), D("20.10")
    fin_income = fin + carry_out - carry_in
    assert tot == basic + proj
    assert fin_income + other + carry_in == tot + carry_out
    econ = {c: (D(v) if v else None) for c, n, v in A_ECON}
    for g in ("301", "302", "303"):
        econ[g] = sum((v for c, v in econ.items() if v is not None and len(c) == 5 and c.startswith(g)), D(0))
    assert econ["301"] + econ["302"] + econ["303"] == finb, (econ, finb)
    assert econ["30108"] == rows[0]["basic"] and econ["30109"] == rows[1]["basic"]
    assert econ["30110"] == rows[2]["basic"] + rows[3]["basic"] and econ["30113"] == rows[10]["basic"]
    sg_ys = dict(total=D("12.50"), abroad=D("0"), car=D("10.00"), buy=D("0"), run=D("10.00"), rec=D("2.50"))
    sg_js = dict(total=D("10.10"), abroad=D("0"), car=D("8.64"), buy=D("0"), run=D("8.64"), rec=D("1.46"))
    assert sg_js["total"] == sg_js["abroad"] + sg_js["car"] + sg_js["rec"] and sg_js["run"] == econ["30231"] and sg_js["rec"] == econ["30217"]
    assert sg_ys["total"] == sg_ys["abroad"] + sg_ys["car"] + sg_ys["rec"]
    sg_prev = D("11.32")
    prev_tot, prev_fin = D("1498.76"), D("1490.30")
    facts = dict(tot=tot, basic=basic, proj=proj, other=other, fin=fin, finb=finb, ys=ys, fin_income=fin_income,
                 carry_in=carry_in, carry_out=carry_out, prev_tot=prev_tot, prev_fin=prev_fin,
                 econ={k: v for k, v in econ.items() if v is not None}, sg_ys=sg_ys, sg_js=sg_js, sg_prev=sg_prev,
                 rows={r["code"]: {k: r[k] for k in ("basic", "proj", "total", "fin", "ys", "other")} for r in rows})
    for g in ("208", "20805", "210", "21011", "213", "21301", "21307", "221", "22102"):
        facts["rows"][g] = {k: agg(g, k) for k in ("basic", "proj", "total", "fin", "ys")}
    renyuan = econ["301"] + econ["303"]; gongyong = econ["302"]
    facts.update(renyuan=renyuan, gongyong=gongyong)
    jiguan = D("98.26")
    facts["jiguan"] = jiguan
    cg_goods, cg_serv = D("22.40"), D("64.00")
    facts.update(cg_goods=cg_goods, cg_serv=cg_serv, cg=cg_goods + cg_serv)

    def pct(a, b):
        return (D(a) / D(b) * 100).quantize(D("0.01"))

    chg = tot - prev_tot
    facts["chg"] = chg; facts["chg_pct"] = pct(chg, prev_tot)
    fchg = fin - prev_fin
    facts["fchg"] = fchg; facts["fchg_pct"] = pct(fchg, prev_fin)
    facts["ys_rate"] = pct(fin, ys)
    facts["sg_rate"] = pct(sg_js["total"], sg_ys["total"])
    facts["rec_rate"] = pct(sg_js["rec"], sg_ys["rec"])
    facts["run_rate"] = pct(sg_js["run"], sg_ys["run"])
    facts["sg_chg_true"] = sg_prev - sg_js["total"]
    facts["sg_chg_printed"] = D("1.12")  # DEFECT: prose misstates the decrease (true 1.22)

    H = [f"<!doctype html><html><head><meta charset='utf-8'><title>{A_ORG}{A_YEAR}年度部门决算</title><style>{CSS}</style></head><body>"]
    H.append(f"<h1>{A_ORG}<br>{A_YEAR}年度部门决算</h1><p class='c'>二〇二五年九月</p>")
    H.append("<div class='pb'></div><p class='c'><b>目 录</b></p>")
    toc = ["第一部分 辽岚市桂河区农业农村局概况", "一、主要职责", "二、辽岚市桂河区农业农村局决算单位构成",
           f"第二部分 {A_YEAR}年度辽岚市桂河区农业农村局部门决算情况说明", "一、收入支出决算总体情况说明", "二、财政拨款支出决算情况说明",
           "三、财政拨款“三公”经费支出决算情况说明", "四、一般公共预算财政拨款基本支出决算情况说明", "五、其他重要事项的情况说明",
           "第三部分 名词解释", f"第四部分 {A_YEAR}年度辽岚市桂河区农业农村局部门决算表", "一、收入支出决算总表", "二、收入决算表",
           "三、支出决算表", "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款支出决算表", "六、一般公共预算财政拨款基本支出决算表",
           "七、财政拨款“三公”经费支出决算表", "八、政府性基金预算财政拨款收入支出决算表", "九、国有资本经营预算财政拨款支出决算表", "第五部分 附件"]
    H += [f"<p style='text-indent:{0 if t.startswith('第') else 2}em'>{t}</p>" for t in toc]
    H.append(f"<div class='pb'></div><h2>第一部分 辽岚市桂河区农业农村局概况</h2><h3>一、主要职责</h3>")
    H.append("<p>贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全区“三农”工作发展战略、中长期规划和重大政策；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；负责农田建设、耕地质量保护和农业资源保护修复利用；负责农作物病虫害防控和农业技术推广工作；指导农村集体经济组织发展和农村社会事业发展。</p>")
    H.append("<h3>二、部门决算单位构成</h3>")
    H.append(f"<p>纳入辽岚市桂河区农业农村局{A_YEAR}年部门决算编制范围的预算单位包括：</p>")
    H.append("<p>1.辽岚市桂河区农业农村局（本级），行政单位，核定行政编制24名，年末实有人员23人；</p>")
    H.append("<p>2.辽岚市桂河区农业技术推广中心，公益一类事业单位，核定事业编制31名，年末实有人员29人。</p>")
    H.append(f"<h2>第二部分 {A_YEAR}年度部门决算情况说明</h2><h3>一、收入支出决算总体情况说明</h3>")
    H.append(f"<p>{A_YEAR}年度收入总计{p(tot + carry_out)}万元，支出总计{p(tot + carry_out)}万元。与2023年度相比，收入总计和支出总计各增加{p(tot + carry_out - D('1534.36'))}万元。")
    H.append(f"其中：本年收入合计{p(fin_income + other)}万元，包括一般公共预算财政拨款收入{p(fin_income)}万元、其他收入{p(other)}万元；使用年初结转和结余{p(carry_in)}万元。")
    H.append(f"本年支出合计{p(tot)}万元，其中基本支出{p(basic)}万元，占{pct(basic, tot)}%；项目支出{p(proj)}万元，占{pct(proj, tot)}%。年末结转和结余{p(carry_out)}万元，主要是耕地地力提升项目尚未完工形成的结转资金。")
    H.append(f"本年支出合计比2023年度的{p(prev_tot)}万元增加{p(chg)}万元，增长{facts['chg_pct']}%，主要原因是年中追加高标准农田建设区级配套资金。</p>")
    H.append("<h3>二、财政拨款支出决算情况说明</h3>")
    H.append(f"<p>{A_YEAR}年度财政拨款支出{p(fin)}万元，全部为一般公共预算财政拨款支出，比2023年度的{p(prev_fin)}万元增加{p(fchg)}万元，增长{facts['fchg_pct']}%。")
    H.append(f"一般公共预算财政拨款支出年初预算为{p(ys)}万元，支出决算为{p(fin)}万元，完成年初预算的{facts['ys_rate']}%。")
    H.append(f"按支出功能分类，社会保障和就业支出{p(facts['rows']['208']['fin'])}万元，占{pct(facts['rows']['208']['fin'], fin)}%；卫生健康支出{p(facts['rows']['210']['fin'])}万元，占{pct(facts['rows']['210']['fin'], fin)}%；农林水支出{p(facts['rows']['213']['fin'])}万元，占{pct(facts['rows']['213']['fin'], fin)}%；住房保障支出{p(facts['rows']['221']['fin'])}万元，占{pct(facts['rows']['221']['fin'], fin)}%。</p>")
    H.append("<p>一般公共预算财政拨款支出决算中，主要项目的年初预算与决算情况如下：</p>")
    cls = {"208": "社会保障和就业支出", "210": "卫生健康支出", "213": "农林水支出", "221": "住房保障支出"}
    kuan = {"20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "21301": "农业农村", "21307": "农村综合改革", "22102": "住房改革支出"}
    i = 0
    for r in rows:
        i += 1
        s = f"（{i}）{cls[r['code'][:3]]}（类）{kuan[r['code'][:5]]}（款）{r['name']}（项）。年初预算为{p(r['ys'])}万元，支出决算为{p(r['fin'])}万元，完成年初预算的{pct(r['fin'], r['ys'])}%。"
        if r["code"] in A_REASON:
            s += f"决算数{A_REASON[r['code']][0]}年初预算数的主要原因是{A_REASON[r['code']][1]}。"
        else:
            s += "决算数与年初预算数持平。" if r["fin"] == r["ys"] else ""
        facts.setdefault("rate", {})[r["code"]] = pct(r["fin"], r["ys"])
        H.append(f"<p>{s}</p>")
    H.append("<h3>三、财政拨款“三公”经费支出决算情况说明</h3>")
    H.append(f"<p>{A_YEAR}年度财政拨款“三公”经费支出全年预算为{p(sg_ys['total'])}万元，支出决算为{p(sg_js['total'])}万元，完成预算的{facts['sg_rate']}%，比2023年度决算{p(sg_prev)}万元减少{p(facts['sg_chg_printed'])}万元。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务用车使用频次和公务接待支出。</p>")
    H.append(f"<p>其中：因公出国（境）费支出决算为0万元，本部门{A_YEAR}年度未安排因公出国（境）团组；公务用车购置及运行维护费支出决算为{p(sg_js['car'])}万元，完成预算的{facts['run_rate']}%，全部为公务用车运行维护费，主要用于农技下乡指导、病虫害监测等工作所需的车辆燃料费、维修费、保险费等，{A_YEAR}年度未购置公务用车，年末公务用车保有量4辆；公务接待费支出决算为{p(sg_js['rec'])}万元，完成预算的{facts['rec_rate']}%，全部为国内公务接待，共接待11批次、86人次，主要用于上级部门检查指导和兄弟县区考察交流。</p>")
    H.append("<h3>四、一般公共预算财政拨款基本支出决算情况说明</h3>")
    H.append(f"<p>{A_YEAR}年度一般公共预算财政拨款基本支出{p(finb)}万元，其中：人员经费{p(renyuan)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、退休费、奖励金；公用经费{p(gongyong)}万元，主要包括办公费、水费、电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。</p>")
    H.append("<h3>五、其他重要事项的情况说明</h3>")
    H.append(f"<p>（一）机关运行经费支出情况。{A_YEAR}年度本部门机关运行经费支出{p(jiguan)}万元，为局本级（行政单位）使用一般公共预算财政拨款安排的公用经费。桂河区农业技术推广中心为公益一类事业单位，不计入机关运行经费。</p>")
    H.append(f"<p>（二）政府采购支出情况。{A_YEAR}年度本部门政府采购支出总额{p(facts['cg'])}万元，其中：政府采购货物支出{p(cg_goods)}万元，政府采购服务支出{p(cg_serv)}万元，无政府采购工程支出。授予中小企业合同金额{p(D('61.20'))}万元。</p>")
    H.append("<p>（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆4辆，其中一般公务用车1辆、特种专业技术用车3辆（均为农技推广中心病虫害监测用车）；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备1台（套），为土壤检测实验室原子吸收光谱仪。</p>")
    H.append(f"<p>（四）预算绩效管理情况。本部门对{A_YEAR}年度4个项目开展了绩效自评，涉及资金{p(proj)}万元，自评覆盖率100%。其中，自评等级为“优”的项目3个，“良”的项目1个（农业资源保护修复与利用项目，主要原因是部分资金结转下年）。</p>")
    H.append("<h2>第三部分 名词解释</h2>")
    for t in ["1.一般公共预算财政拨款收入：指区级财政当年拨付的资金。",
              "2.其他收入：指单位取得的除上述收入以外的各项收入，本部门主要为农技推广中心取得的技术服务收入。",
              "3.年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。",
              "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
              "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
              "6.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
              "7.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项公用经费。"]:
        H.append(f"<p>{t}</p>")

    # tables
    H.append(f"<div class='pb'></div><h2>第四部分 {A_YEAR}年度部门决算表</h2>")
    # 表一
    H.append(f"<div class='title'>收入支出决算总表</div>{table_meta('公开01表', A_ORG)}")
    inc = [("一、一般公共预算财政拨款收入", fin_income), ("二、政府性基金预算财政拨款收入", None), ("三、国有资本经营预算财政拨款收入", None),
           ("四、上级补助收入", None), ("五、事业收入", None), ("六、经营收入", None), ("七、附属单位上缴收入", None), ("八、其他收入", other)]
    exp = [("一、一般公共服务支出", None), ("二、教育支出", None), ("三、社会保障和就业支出", facts["rows"]["208"]["total"]),
           ("四、卫生健康支出", facts["rows"]["210"]["total"]), ("五、节能环保支出", None), ("六、农林水支出", facts["rows"]["213"]["total"]),
           ("七、住房保障支出", facts["rows"]["221"]["total"]), ("八、其他支出", None)]
    H.append("<table><tr><th colspan=3>收入</th><th colspan=3>支出</th></tr><tr><th>项目</th><th>行次</th><th>金额</th><th>项目</th><th>行次</th><th>金额</th></tr>")
    H.append("<tr><th>栏次</th><th></th><th>1</th><th>栏次</th><th></th><th>2</th></tr>")
    for k in range(8):
        H.append(f"<tr><td>{inc[k][0]}</td><td>{k+1}</td><td class=n>{f(inc[k][1])}</td><td>{exp[k][0]}</td><td>{k+9}</td><td class=n>{f(exp[k][1])}</td></tr>")
    H.append(f"<tr><td>本年收入合计</td><td>17</td><td class=n>{f(fin_income+other)}</td><td>本年支出合计</td><td>20</td><td class=n>{f(tot)}</td></tr>")
    H.append(f"<tr><td>使用非财政拨款结余</td><td>18</td><td class=n></td><td>结余分配</td><td>21</td><td class=n></td></tr>")
    H.append(f"<tr><td>年初结转和结余</td><td>19</td><td class=n>{f(carry_in)}</td><td>年末结转和结余</td><td>22</td><td class=n>{f(carry_out)}</td></tr>")
    H.append(f"<tr><td>总计</td><td>23</td><td class=n>{f(tot+carry_out)}</td><td>总计</td><td>24</td><td class=n>{f(tot+carry_out)}</td></tr></table>")

    def code_rows(cols):
        out = []
        seen = set()
        for r in rows:
            for lvl in (r["code"][:3], r["code"][:5]):
                if lvl not in seen:
                    seen.add(lvl)
                    a = facts["rows"][lvl]
                    out.append((lvl, A_NAMES[lvl], a))
            out.append((r["code"], r["name"], facts["rows"][r["code"]]))
        return out
    # 表二 收入决算表
    H.append(f"<div class='pb'></div><div class='title'>收入决算表</div>{table_meta('公开02表', A_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>本年收入合计</th><th>财政拨款收入</th><th>上级补助收入</th><th>事业收入</th><th>经营收入</th><th>附属单位上缴收入</th><th>其他收入</th></tr>")
    tot_inc_fin = fin_income
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(fin_income+other)}</td><td class=n>{f(fin_income)}</td><td></td><td></td><td></td><td></td><td class=n>{f(other)}</td></tr>")
    # income by function: financial income by row = fin adjusted by carry (carry-out of 2130135 20.10, carry-in 35.60 used in 2130122)
    inc_adj = {"2130135": carry_out, "2130122": -carry_in}
    def inc_row(code):
        rr = facts["rows"][code]
        adj = sum((v for k, v in inc_adj.items() if k.startswith(code)), D(0))
        return rr["fin"] + adj, (rr["total"] - rr["fin"])
    chk = D(0)
    for code, name, a in code_rows(None):
        fi, ot = inc_row(code)
        if len(code) == 7:
            chk += fi
        H.append(f"<tr><td>{code}</td><td>{name}</td><td class=n>{f(fi+ot)}</td><td class=n>{f(fi)}</td><td></td><td></td><td></td><td></td><td class=n>{f(ot) if ot else ''}</td></tr>")
    assert chk == fin_income
    H.append("</table>")
    # 表三 支出决算表
    H.append(f"<div class='title'>支出决算表</div>{table_meta('公开03表', A_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th><th>上缴上级支出</th><th>经营支出</th><th>对附属单位补助支出</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(tot)}</td><td class=n>{f(basic)}</td><td class=n>{f(proj)}</td><td></td><td></td><td></td></tr>")
    for code, name, a in code_rows(None):
        H.append(f"<tr><td>{code}</td><td>{name}</td><td class=n>{f(a['total'])}</td><td class=n>{f(a['basic']) if a['basic'] else ''}</td><td class=n>{f(a['proj']) if a['proj'] else ''}</td><td></td><td></td><td></td></tr>")
    H.append("</table>")
    # 表四 财政拨款收入支出决算总表
    H.append(f"<div class='pb'></div><div class='title'>财政拨款收入支出决算总表</div>{table_meta('公开04表', A_ORG)}")
    H.append("<table><tr><th colspan=2>收入</th><th colspan=5>支出</th></tr><tr><th>项目</th><th>金额</th><th>项目</th><th>合计</th><th>一般公共预算财政拨款</th><th>政府性基金预算财政拨款</th><th>国有资本经营预算财政拨款</th></tr>")
    fr = [("一、一般公共预算财政拨款", fin_income, "一、社会保障和就业支出", facts["rows"]["208"]["fin"]),
          ("二、政府性基金预算财政拨款", None, "二、卫生健康支出", facts["rows"]["210"]["fin"]),
          ("三、国有资本经营预算财政拨款", None, "三、农林水支出", facts["rows"]["213"]["fin"]),
          ("", None, "四、住房保障支出", facts["rows"]["221"]["fin"])]
    for a1, a2, b1, b2 in fr:
        H.append(f"<tr><td>{a1}</td><td class=n>{f(a2)}</td><td>{b1}</td><td class=n>{f(b2)}</td><td class=n>{f(b2)}</td><td></td><td></td></tr>")
    H.append(f"<tr><td>本年收入合计</td><td class=n>{f(fin_income)}</td><td>本年支出合计</td><td class=n>{f(fin)}</td><td class=n>{f(fin)}</td><td></td><td></td></tr>")
    H.append(f"<tr><td>年初财政拨款结转和结余</td><td class=n>{f(carry_in)}</td><td>年末财政拨款结转和结余</td><td class=n>{f(carry_out)}</td><td class=n>{f(carry_out)}</td><td></td><td></td></tr>")
    H.append(f"<tr><td>总计</td><td class=n>{f(fin_income+carry_in)}</td><td>总计</td><td class=n>{f(fin+carry_out)}</td><td class=n>{f(fin+carry_out)}</td><td></td><td></td></tr></table>")
    assert fin_income + carry_in == fin + carry_out
    # 表五
    H.append(f"<div class='title'>一般公共预算财政拨款支出决算表</div>{table_meta('公开05表', A_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(fin)}</td><td class=n>{f(finb)}</td><td class=n>{f(proj)}</td></tr>")
    for code, name, a in code_rows(None):
        fb = a["fin"] - a["proj"]
        H.append(f"<tr><td>{code}</td><td>{name}</td><td class=n>{f(a['fin'])}</td><td class=n>{f(fb) if fb else ''}</td><td class=n>{f(a['proj']) if a['proj'] else ''}</td></tr>")
    H.append("</table>")
    # 表六
    H.append(f"<div class='pb'></div><div class='title'>一般公共预算财政拨款基本支出决算表</div>{table_meta('公开06表', A_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>决算数</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(finb)}</td></tr>")
    H.append(f"<tr><td colspan=2>人员经费</td><td class=n>{f(renyuan)}</td></tr><tr><td colspan=2>公用经费</td><td class=n>{f(gongyong)}</td></tr>")
    for c, n, v in A_ECON:
        H.append(f"<tr><td>{c}</td><td>{n}</td><td class=n>{f(econ[c])}</td></tr>")
    H.append("</table>")
    # 表七
    H.append(f"<div class='title'>财政拨款“三公”经费支出决算表</div>{table_meta('公开07表', A_ORG)}")
    H.append("<table><tr><th rowspan=3>项目</th><th colspan=6>预算数</th><th colspan=6>决算数</th></tr>")
    H.append("<tr>" + ("<th rowspan=2>合计</th><th rowspan=2>因公出国（境）费</th><th colspan=3>公务用车购置及运行维护费</th><th rowspan=2>公务接待费</th>" * 2) + "</tr>")
    H.append("<tr>" + ("<th>小计</th><th>公务用车购置费</th><th>公务用车运行维护费</th>" * 2) + "</tr>")
    cells = "".join(f"<td class=n>{f(d[k])}</td>" for d in (sg_ys, sg_js) for k in ("total", "abroad", "car", "buy", "run", "rec"))
    H.append(f"<tr><td>金额</td>{cells}</tr></table>")
    H.append(f"<div class='title'>政府性基金预算财政拨款收入支出决算表</div>{table_meta('公开08表', A_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>年初结转和结余</th><th>本年收入</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th><th>年末结转和结余</th></tr><tr><td colspan=2>合计</td><td></td><td></td><td></td><td></td><td></td><td></td></tr></table>")
    H.append(f"<p>注：本部门{A_YEAR}年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。</p>")
    H.append(f"<div class='title'>国有资本经营预算财政拨款支出决算表</div>{table_meta('公开09表', A_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr><tr><td colspan=2>合计</td><td></td><td></td><td></td></tr></table>")
    H.append(f"<p>注：本部门{A_YEAR}年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。</p>")
    H.append("<h2>第五部分 附件</h2><p>无。</p></body></html>")
    return "\n".join(H), facts


# ---------------------------------------------------------------- B
B_ORG = "琼澜市海洋渔业监测站"
B_ROWS = [  # code, name, basic, project, 事业收入 part, 2024 一般公共预算
    ("2080505", "机关事业单位基本养老保险缴费支出", "42.36", "0", "0", "40.80"),
    ("2080506", "机关事业单位职业年金缴费支出", "16.94", "0", "0", "16.32"),
    ("2101102", "事业单位医疗", "14.12", "0", "0", "13.60"),
    ("2130104", "事业运行", "268.50", "0", "15.00", "249.16"),
    ("2130135", "农业资源保护修复与利用", "0", "42.80", "0", "30.40"),
    ("2130148", "渔业发展", "0", "186.00", "0", "230.00"),
    ("2210201", "住房公积金", "21.18", "0", "0", "20.22"),
]
B_NAMES = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
           "213": "农林水支出", "21301": "农业农村", "221": "住房保障支出", "22102": "住房改革支出"}
B_ECON = [("301", "工资福利支出", None), ("30101", "基本工资", "96.20"), ("30102", "津贴补贴", "8.40"), ("30107", "绩效工资", "88.60"),
          ("30108", "机关事业单位基本养老保险缴费", "42.36"), ("30109", "职业年金缴费", "16.94"), ("30110", "职工基本医疗保险缴费", "14.12"),
          ("30113", "住房公积金", "21.18"), ("30199", "其他工资福利支出", "5.30"),
          ("302", "商品和服务支出", None), ("30201", "办公费", "6.80"), ("30206", "电费", "5.40"), ("30211", "差旅费", "7.20"),
          ("30213", "维修（护）费", "4.60"), ("30217", "公务接待费", "0.80"), ("30226", "劳务费", "6.00"), ("30228", "工会经费", "3.10"),
          ("30229", "福利费", "2.20"), ("30231", "公务用车运行维护费", "3.00"), ("30299", "其他商品和服务支出", "14.70"),
          ("303", "对个人和家庭的补助", None), ("30305", "生活补助", "1.20")]


def build_b():
    rows = [dict(code=c, name=n, basic=D(b), proj=D(pj), sy=D(s), prev=D(pv)) for c, n, b, pj, s, pv in B_ROWS]
    for r in rows:
        r["total"] = r["basic"] + r["proj"]; r["gp"] = r["total"] - r["sy"]; r["gpb"] = r["basic"] - r["sy"]
    agg = lambda pre, k: sum((r[k] for r in rows if r["code"].startswith(pre)), D(0))
    tot, basic, proj, sy, gp, gpb, prev = (agg("", k) for k in ("total", "basic", "proj", "sy", "gp", "gpb", "prev"))
    econ = {c: (D(v) if v else None) for c, n, v in B_ECON}
    for g in ("301", "302", "303"):
        econ[g] = sum((v for c, v in econ.items() if v is not None and len(c) == 5 and c.startswith(g)), D(0))
    assert econ["301"] + econ["302"] + econ["303"] == gpb, (econ["301"] + econ["302"] + econ["303"], gpb)
    prev_basic = agg("", "prev") - sum((r["prev"] for r in rows if r["proj"]), D(0)); prev_proj = prev - prev_basic
    assert gpb > prev_basic
    sg = dict(total=D("3.80"), abroad=D("0"), car=D("3.00"), buy=D("0"), run=D("3.00"), rec=D("0.80"))
    sgp = dict(total=D("4.30"), abroad=D("0"), car=D("3.30"), buy=D("0"), run=D("3.30"), rec=D("1.00"))
    for d in (sg, sgp):
        assert d["total"] == d["abroad"] + d["car"] + d["rec"] and d["car"] == d["buy"] + d["run"]
    assert sg["run"] == econ["30231"] and sg["rec"] == econ["30217"]
    pct = lambda a, b: (D(a) / D(b) * 100).quantize(D("0.01"))
    facts = dict(tot=tot, basic=basic, proj=proj, sy=sy, gp=gp, gpb=gpb, prev=prev, prev_basic=prev_basic, prev_proj=prev_proj,
                 chg=gp - prev, chg_pct=pct(gp - prev, prev), econ={k: v for k, v in econ.items() if v is not None}, sg=sg, sgp=sgp,
                 renyuan=econ["301"] + econ["303"], gongyong=econ["302"],
                 rows={r["code"]: {k: r[k] for k in ("basic", "proj", "total", "gp", "prev", "sy")} for r in rows})
    for g in B_NAMES:
        facts["rows"][g] = {k: agg(g, k) for k in ("basic", "proj", "total", "gp", "prev", "sy")}
    facts["cg_printed"], facts["cg_goods"], facts["cg_serv"] = D("48.00"), D("12.00"), D("38.00")  # DEFECT: 12+38 = 50
    P1 = dict(name="渔业资源动态监测", amt=D("186.00"), goal="完成琼澜市近岸海域渔业资源春、夏、秋、冬四个航次的调查监测，掌握主要经济鱼类资源变动情况，为休渔期管理和增殖放流提供数据支撑。",
              ind=[("产出指标", "数量指标", "监测站位数", "≥36个"), ("产出指标", "数量指标", "监测航次", "4次"),
                   ("产出指标", "质量指标", "监测数据有效率", "≥95%"), ("产出指标", "时效指标", "监测报告报送及时率", "100%"),
                   ("产出指标", "成本指标", "单航次监测成本", "≤46.5万元"), ("效益指标", "社会效益指标", "为休渔期管理提供决策依据", "有效支撑"),
                   ("满意度指标", "服务对象满意度指标", "渔业主管部门满意度", "≥90%")])
    P2 = dict(name="海洋牧场生态修复评估", amt=D("42.80"), goal="对2个国家级海洋牧场示范区开展人工鱼礁区生态修复效果跟踪评估，形成年度评估报告。",
              ind=[("产出指标", "数量指标", "评估报告", "2份"), ("产出指标", "数量指标", "礁区水质及生物采样点", "≥24个"),
                   ("产出指标", "时效指标", "报告完成时间", "2025年11月底前"), ("效益指标", "生态效益指标", "礁区生物量较建设前", "稳中有升"),
                   ("满意度指标", "服务对象满意度指标", "示范区建设单位满意度", "≥90%")])
    assert P1["amt"] == facts["rows"]["2130148"]["proj"] and P2["amt"] == facts["rows"]["2130135"]["proj"]

    H = [f"<!doctype html><html><head><meta charset='utf-8'><title>2025年{B_ORG}预算</title><style>{CSS}</style></head><body>"]
    H.append(f"<h1>2025年{B_ORG}预算</h1><p class='c'>琼澜市海洋和渔业局 2025年2月</p><div class='pb'></div>")
    H.append("<p class='c'><b>目录</b></p>")
    toc = [f"第一部分{B_ORG}单位概况", "一、主要职能", "二、部门预算单位构成(单位公开没有这部分内容)", f"第二部分{B_ORG}2025年单位预算表",
           "一、财政拨款收支总表", "二、一般公共预算支出表", "三、一般公共预算基本支出表", "四、一般公共预算“三公”经费支出表", "五、政府性基金预算支出表。",
           "六、政府性基金预算“三公”经费支出表", "七、部门(单位)收支总表", "八、部门(单位)收入总表", "九、部门(单位)支出总表", "十、项目支出绩效信息表",
           f"第三部分{B_ORG}2025年单位预算情况说明", "第四部分名词解释"]
    H += [f"<p style='text-indent:{0 if t.startswith('第') else 2}em'>{t}</p>" for t in toc]
    H.append(f"<div class='pb'></div><h2>第一部分{B_ORG}单位概况</h2><h3>一、主要职能</h3><p>（一）单位职责</p>")
    for t in ["1.承担全市近岸海域渔业资源和渔业生态环境的调查、监测与评价工作。", "2.承担海洋牧场、人工鱼礁建设效果的跟踪监测与评估。",
              "3.承担渔业水域污染事故的应急监测和调查取证技术支撑。", "4.承担水产苗种增殖放流效果评估工作。", "5.承办琼澜市海洋和渔业局交办的其他工作。"]:
        H.append(f"<p>{t}</p>")
    H.append(f"<p>（二）内设机构</p><p>{B_ORG}隶属琼澜市海洋和渔业局管理的公益一类事业单位，内设综合部、资源监测部、生态评估部、实验室4个科级机构，财政预算管理事业编制18名，2024年底实有人员16人。</p>")
    H.append("<h3>二、部门预算单位构成(单位公开没有此部分内容)</h3>")
    H.append(f"<div class='pb'></div><h2>第二部分{B_ORG}2025年单位预算表</h2>")
    # 表一 财政拨款收支总表
    H.append(f"<div class='title'>财政拨款收支总表</div>{table_meta('表一', B_ORG)}")
    H.append("<table><tr><th colspan=2>收入</th><th colspan=4>支出</th></tr><tr><th>项目</th><th>预算数</th><th>项目</th><th>合计</th><th>一般公共预算</th><th>政府性基金预算</th></tr>")
    lines = [("一、一般公共预算", gp, "一、社会保障和就业支出", facts["rows"]["208"]["gp"]), ("二、政府性基金预算", None, "二、卫生健康支出", facts["rows"]["210"]["gp"]),
             ("三、国有资本经营预算", None, "三、农林水支出", facts["rows"]["213"]["gp"]), ("", None, "四、住房保障支出", facts["rows"]["221"]["gp"])]
    for a, b, c, d in lines:
        H.append(f"<tr><td>{a}</td><td class=n>{f(b)}</td><td>{c}</td><td class=n>{f(d)}</td><td class=n>{f(d)}</td><td></td></tr>")
    H.append(f"<tr><td>收入总计</td><td class=n>{f(gp)}</td><td>支出总计</td><td class=n>{f(gp)}</td><td class=n>{f(gp)}</td><td></td></tr></table>")

    def code_rows():
        out, seen = [], set()
        for r in rows:
            for lvl in (r["code"][:3], r["code"][:5]):
                if lvl not in seen:
                    seen.add(lvl); out.append((lvl, B_NAMES[lvl], facts["rows"][lvl]))
            out.append((r["code"], r["name"], facts["rows"][r["code"]]))
        return out
    # 表二 一般公共预算支出表 with 2024 and change
    H.append(f"<div class='pb'></div><div class='title'>一般公共预算支出表</div>{table_meta('表二', B_ORG)}")
    H.append("<table><tr><th rowspan=2>科目编码</th><th rowspan=2>科目名称</th><th rowspan=2>2024年预算数</th><th colspan=3>2025年预算数</th><th rowspan=2>2025年预算数比2024年预算数增减</th></tr><tr><th>小计</th><th>基本支出</th><th>项目支出</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(prev)}</td><td class=n>{f(gp)}</td><td class=n>{f(gpb)}</td><td class=n>{f(proj)}</td><td class=n>{f(gp-prev)}</td></tr>")
    for code, name, a in code_rows():
        gb = a["gp"] - a["proj"]
        H.append(f"<tr><td>{code}</td><td>{name}</td><td class=n>{f(a['prev'])}</td><td class=n>{f(a['gp'])}</td><td class=n>{f(gb) if gb else ''}</td><td class=n>{f(a['proj']) if a['proj'] else ''}</td><td class=n>{f(a['gp']-a['prev'])}</td></tr>")
    H.append("</table>")
    # 表三 基本支出
    H.append(f"<div class='title'>一般公共预算基本支出表</div>{table_meta('表三', B_ORG)}")
    H.append("<table><tr><th>经济分类科目编码</th><th>经济分类科目名称</th><th>合计</th><th>人员经费</th><th>公用经费</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(gpb)}</td><td class=n>{f(facts['renyuan'])}</td><td class=n>{f(facts['gongyong'])}</td></tr>")
    for c, n, v in B_ECON:
        val = econ[c]
        ry = val if c.startswith(("301", "303")) else None
        gy = val if c.startswith("302") else None
        H.append(f"<tr><td>{c}</td><td>{n}</td><td class=n>{f(val)}</td><td class=n>{f(ry)}</td><td class=n>{f(gy)}</td></tr>")
    H.append("</table>")
    # 表四 三公
    H.append(f"<div class='title'>一般公共预算“三公”经费支出表</div>{table_meta('表四', B_ORG)}")
    H.append("<table><tr><th rowspan=2>年度</th><th rowspan=2>合计</th><th rowspan=2>因公出国（境）费</th><th colspan=3>公务用车购置及运行费</th><th rowspan=2>公务接待费</th></tr><tr><th>小计</th><th>公务用车购置费</th><th>公务用车运行费</th></tr>")
    for lbl, d in (("2024年预算数", sgp), ("2025年预算数", sg)):
        H.append(f"<tr><td>{lbl}</td>" + "".join(f"<td class=n>{f(d[k])}</td>" for k in ("total", "abroad", "car", "buy", "run", "rec")) + "</tr>")
    H.append("</table>")
    H.append(f"<div class='title'>政府性基金预算支出表</div>{table_meta('表五', B_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr><tr><td colspan=2>合计</td><td></td><td></td><td></td></tr></table><p>注：本单位2025年没有使用政府性基金预算拨款安排的支出，故本表为空表。</p>")
    H.append(f"<div class='title'>政府性基金预算“三公”经费支出表</div>{table_meta('表六', B_ORG)}")
    H.append("<table><tr><th>合计</th><th>因公出国（境）费</th><th>公务用车购置及运行费</th><th>公务接待费</th></tr><tr><td></td><td></td><td></td><td></td></tr></table><p>注：本单位2025年没有使用政府性基金预算拨款安排的“三公”经费，故本表为空表。</p>")
    # 表七 收支总表
    H.append(f"<div class='pb'></div><div class='title'>部门(单位)收支总表</div>{table_meta('表七', B_ORG)}")
    H.append("<table><tr><th colspan=2>收入</th><th colspan=2>支出</th></tr><tr><th>项目</th><th>预算数</th><th>项目</th><th>预算数</th></tr>")
    L = [("一、一般公共预算", gp, "一、社会保障和就业支出", facts["rows"]["208"]["total"]), ("二、政府性基金预算", None, "二、卫生健康支出", facts["rows"]["210"]["total"]),
         ("三、国有资本经营预算", None, "三、农林水支出", facts["rows"]["213"]["total"]), ("四、财政专户管理资金", None, "四、住房保障支出", facts["rows"]["221"]["total"]),
         ("五、事业收入", sy, "", None), ("六、事业单位经营收入", None, "", None), ("七、其他收入", None, "", None)]
    for a, b, c, d in L:
        H.append(f"<tr><td>{a}</td><td class=n>{f(b)}</td><td>{c}</td><td class=n>{f(d)}</td></tr>")
    H.append(f"<tr><td>本年收入合计</td><td class=n>{f(gp+sy)}</td><td>本年支出合计</td><td class=n>{f(tot)}</td></tr>")
    H.append(f"<tr><td>上年结转</td><td class=n></td><td>结转下年</td><td class=n></td></tr><tr><td>收入总计</td><td class=n>{f(gp+sy)}</td><td>支出总计</td><td class=n>{f(tot)}</td></tr></table>")
    assert gp + sy == tot
    # 表八 收入总表
    H.append(f"<div class='title'>部门(单位)收入总表</div>{table_meta('表八', B_ORG)}")
    H.append("<table><tr><th>单位编码</th><th>单位名称</th><th>合计</th><th>一般公共预算</th><th>政府性基金预算</th><th>国有资本经营预算</th><th>财政专户管理资金</th><th>事业收入</th><th>事业单位经营收入</th><th>其他收入</th><th>上年结转</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(tot)}</td><td class=n>{f(gp)}</td><td></td><td></td><td></td><td class=n>{f(sy)}</td><td></td><td></td><td></td></tr>")
    H.append(f"<tr><td>437012</td><td>{B_ORG}</td><td class=n>{f(tot)}</td><td class=n>{f(gp)}</td><td></td><td></td><td></td><td class=n>{f(sy)}</td><td></td><td></td><td></td></tr></table>")
    # 表九 支出总表
    H.append(f"<div class='title'>部门(单位)支出总表</div>{table_meta('表九', B_ORG)}")
    H.append("<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>")
    H.append(f"<tr><td colspan=2>合计</td><td class=n>{f(tot)}</td><td class=n>{f(basic)}</td><td class=n>{f(proj)}</td></tr>")
    for code, name, a in code_rows():
        H.append(f"<tr><td>{code}</td><td>{name}</td><td class=n>{f(a['total'])}</td><td class=n>{f(a['basic']) if a['basic'] else ''}</td><td class=n>{f(a['proj']) if a['proj'] else ''}</td></tr>")
    H.append("</table>")
    # 表十
    H.append(f"<div class='pb'></div><div class='title'>项目支出绩效信息表</div>{table_meta('表十', B_ORG)}")
    H.append("<table><tr><th>项目名称</th><th>预算金额</th><th>年度绩效目标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>")
    for P in (P1, P2):
        n = len(P["ind"])
        for k, (a, b, c, v) in enumerate(P["ind"]):
            head = f"<td rowspan={n}>{P['name']}</td><td class=n rowspan={n}>{f(P['amt'])}</td><td rowspan={n}>{P['goal']}</td>" if k == 0 else ""
            H.append(f"<tr>{head}<td>{a}</td><td>{b}</td><td>{c}</td><td>{v}</td></tr>")
    H.append("</table>")
    # 第三部分
    H.append(f"<div class='pb'></div><h2>第三部分{B_ORG}2025年单位预算情况说明</h2>")
    H.append(f"<p><b>一、收支预算总体情况</b></p><p>2025年收入预算{p(tot)}万元，其中：一般公共预算拨款{p(gp)}万元，占{pct(gp, tot)}%；事业收入{p(sy)}万元，占{pct(sy, tot)}%，为监测站对外提供水质及渔获物检测服务取得的收入。支出预算{p(tot)}万元，其中：基本支出{p(basic)}万元，项目支出{p(proj)}万元。</p>")
    H.append(f"<p><b>二、财政拨款收支预算情况</b></p><p>2025年财政拨款收支预算{p(gp)}万元，全部为一般公共预算拨款，比2024年预算减少{p(prev-gp)}万元，下降{-facts['chg_pct']}%，主要原因是2024年一次性安排的渔业资源调查船设备更新经费在2025年不再安排，渔业发展项目支出相应减少。</p>")
    H.append(f"<p><b>三、一般公共预算支出预算情况</b></p><p>2025年一般公共预算支出预算{p(gp)}万元，其中：基本支出{p(gpb)}万元，比2024年预算增加{p(gpb-prev_basic)}万元，主要原因是调整工资标准及社保缴费基数；项目支出{p(proj)}万元，比2024年预算减少{p(prev_proj-proj)}万元。按支出功能分类，农林水支出（类）{p(facts['rows']['213']['gp'])}万元，占{pct(facts['rows']['213']['gp'], gp)}%。</p>")
    H.append(f"<p><b>四、一般公共预算基本支出预算情况</b></p><p>2025年一般公共预算基本支出{p(gpb)}万元，其中：人员经费{p(facts['renyuan'])}万元，主要包括基本工资、津贴补贴、绩效工资、社会保险缴费、住房公积金、生活补助等；公用经费{p(facts['gongyong'])}万元，主要包括办公费、电费、差旅费、维修（护）费、劳务费、工会经费、福利费、公务用车运行维护费等。</p>")
    H.append(f"<p><b>五、一般公共预算“三公”经费预算情况</b></p><p>2025年“三公”经费预算{p(sg['total'])}万元，比2024年预算减少{p(sgp['total']-sg['total'])}万元。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费{p(sg['car'])}万元，全部为公务用车运行费，比2024年预算减少{p(sgp['car']-sg['car'])}万元，主要原因是监测用车由2辆减少为1辆；公务接待费{p(sg['rec'])}万元，比2024年预算减少{p(sgp['rec']-sg['rec'])}万元，主要原因是严格控制接待范围和标准。</p>")
    H.append("<p><b>六、政府性基金预算支出情况</b></p><p>本单位2025年没有使用政府性基金预算拨款安排的支出。</p>")
    H.append("<p><b>七、机关运行经费安排情况</b></p><p>本单位为公益一类事业单位，不属于机关运行经费统计范围，不适用此项说明。</p>")
    H.append(f"<p><b>八、政府采购预算情况</b></p><p>2025年本单位政府采购预算总额{p(facts['cg_printed'])}万元，其中：货物类{p(facts['cg_goods'])}万元，主要为监测采样设备；服务类{p(facts['cg_serv'])}万元，主要为监测船舶租赁服务；工程类0万元。</p>")
    H.append("<p><b>九、国有资产占用情况</b></p><p>截至2024年12月31日，本单位共有车辆1辆，为特种专业技术用车；单位价值50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。</p>")
    H.append(f"<p><b>十、预算绩效情况</b></p><p>2025年本单位实行绩效目标管理的项目2个，涉及一般公共预算拨款{p(proj)}万元，绩效目标详见表十。</p>")
    H.append("<h2>第四部分名词解释</h2>")
    for t in ["1.事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。", "2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
              "3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
              "4.“三公”经费：纳入财政预算管理的“三公”经费，是指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。"]:
        H.append(f"<p>{t}</p>")
    H.append("</body></html>")
    return "\n".join(H), facts


def to_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path], check=True, capture_output=True, timeout=120)


def jsonable(o):
    if isinstance(o, D):
        return str(o)
    if isinstance(o, dict):
        return {k: jsonable(v) for k, v in o.items()}
    return o


if __name__ == "__main__":
    ha, fa = build_a()
    hb, fb = build_b()
    pa = os.path.join(OUT, "A.html"); pb = os.path.join(OUT, "B.html")
    open(pa, "w").write(ha); open(pb, "w").write(hb)
    to_pdf(pa, os.path.abspath(os.path.join(DOCS, "ln-guihe-nyncj-2024-final.pdf")))
    to_pdf(pb, os.path.abspath(os.path.join(DOCS, "hi-qionglan-yyjcz-2025-unit-budget.pdf")))
    json.dump({"A": jsonable(fa), "B": jsonable(fb)}, open(os.path.join(OUT, "facts.json"), "w"), ensure_ascii=False, indent=1)
    print("ok")
