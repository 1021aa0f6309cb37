"""Write docs/E-yangchuan-nyncj-2024-bmjs.xlsx (invented) from e_data.py, and gen/e_text.txt (every cell, for check.py)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
from e_data import *

R = check()
OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "E-yangchuan-nyncj-2024-bmjs.xlsx")
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def pct(a, b):
    return f"{a / b * 100:.2f}%"

def chg(now, before):
    d = now - before
    word = "增加" if d >= 0 else "减少"
    word2 = "增长" if d >= 0 else "下降"
    return f"较上年{word}{f(abs(d))}万元，{word2}{abs(d) / before * 100:.2f}%"

def num(v):
    return round(v / 100, 2)

def sheet(wb, name, title, ncols, widths=None):
    ws = wb.create_sheet(name)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(2, 1, f"编制单位：{ORG}")
    ws.cell(2, ncols, "单位：万元").alignment = Alignment(horizontal="right")
    for i, w in enumerate(widths or [12] * ncols, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return ws

def hdr(ws, row, col, text, rs=1, cs=1):
    ws.cell(row, col, text).font = Font(bold=True)
    ws.cell(row, col).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if rs > 1 or cs > 1:
        ws.merge_cells(start_row=row, start_column=col, end_row=row + rs - 1, end_column=col + cs - 1)
    for r in range(row, row + rs):
        for cc in range(col, col + cs):
            ws.cell(r, cc).border = BOX

def put(ws, row, vals):
    for i, v in enumerate(vals, 1):
        cell = ws.cell(row, i, num(v) if isinstance(v, int) and not isinstance(v, bool) else v)
        cell.border = BOX
        if isinstance(v, int):
            cell.number_format = "#,##0.00"

def by(pred):
    return line_sum(pred)

def codes_tree(pred):
    """类/款/项 rows for the lines matching pred: (code, name, level)."""
    items = sorted({(l[0], l[1]) for l in LINES if pred(l)})
    out, seen = [], set()
    for code, name in items:
        for k, nm in ((code[:3], CLASS[code[:3]]), (code[:5], KUAN[code[:5]])):
            if k not in seen:
                seen.add(k); out.append((k, nm))
        out.append((code, name))
    return out

def sub(code, pred):
    return by(lambda l: l[0].startswith(code) and pred(l))

wb = Workbook()
wb.remove(wb.active)

# ---------- 说明 ----------
tot_in, spent = R["tot_income"], R["spent"]
total = tot_in + R["carry_in"]
fisc_in = sum(INCOME[u]["gp"] + INCOME[u]["gf"] for u in (1, 2))
gp_in = sum(INCOME[u]["gp"] for u in (1, 2))
gf_in = sum(INCOME[u]["gf"] for u in (1, 2))
sy, qt = INCOME[2]["sy"], INCOME[2]["qt"]
basic = by(lambda l: l[3] in ("人员", "公用"))
proj = by(lambda l: l[3] == "项目")
fisc_spent = by(lambda l: l[4] in ("gp", "gf"))
carry_out = R["carry_out_gp"] + R["carry_out_gf"]
gp = R["gp_spent"]
b0 = sum(v[0] for v in BUDGET.values()); b1 = sum(v[1] for v in BUDGET.values())
sg_b = [sum(SANGONG[u][0][i] for u in SANGONG) for i in range(4)]
sg_a = R["sg"]
sgb, sga, sg23 = sum(sg_b), sum(sg_a), sum(SANGONG_2023)
u1_spent, u2_spent = by(lambda l: l[2] == 1), by(lambda l: l[2] == 2)
jgyx = by(lambda l: l[2] == 1 and l[3] == "公用")
perf = PERF
exec_rate = perf["spent"] / perf["budget"]
exec_score = round(10 * exec_rate, 2)
ind_score = sum(r[6] for r in perf["rows"])
perf_total = round(exec_score + ind_score, 2)

def gpcode(code):
    return by(lambda l: l[0] == code and l[4] == "gp")

PROSE = [
    f"{ORG}{YEAR}年度部门决算",
    "第一部分 部门概况",
    "一、部门职责",
    f"{ORG}是县人民政府工作部门，主要职责是：贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展规划；负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理；负责农田建设管理，组织实施高标准农田建设和管护；负责农产品质量安全监督管理；负责农业技术推广体系建设，组织开展农业科技成果转化和技术推广服务；负责农业防灾减灾、农作物重大病虫害防治工作；完成县委、县政府交办的其他任务。",
    "二、机构设置",
    f"{ORG}内设办公室、计划财务股、农村经营管理股、种植业管理股、畜牧渔业股、农田建设管理股、农产品质量安全监管股、农业综合行政执法大队8个股室（队），下属事业单位1个。纳入本部门2024年度部门决算编制范围的单位共2个：{U1}（行政单位）和{U2}（公益一类事业单位）。",
    f"截至2024年底，局机关核定行政编制32名，实有在职人员30人；{U2}核定事业编制28名，实有在职人员26人；离退休人员17人（均为局机关人员）。",
    "第二部分 2024年度部门决算情况说明",
    "一、收入支出决算总体情况说明",
    f"2024年度收入总计{f(total)}万元，支出总计{f(total)}万元。本年收入合计{f(tot_in)}万元，{chg(tot_in, PRIOR['收入合计'])}；本年支出合计{f(spent)}万元，{chg(spent, PRIOR['支出合计'])}。主要原因是中央和省级下达的高标准农田建设管护补助资金增加，以及新增农村基础设施建设项目。",
    "二、收入决算情况说明",
    f"本年收入合计{f(tot_in)}万元，其中：财政拨款收入{f(fisc_in)}万元，占{pct(fisc_in, tot_in)}（一般公共预算财政拨款收入{f(gp_in)}万元，政府性基金预算财政拨款收入{f(gf_in)}万元）；事业收入{f(sy)}万元，占{pct(sy, tot_in)}，为{U2}开展土壤检测、种子质量检验等技术服务取得的收入；其他收入{f(qt)}万元，占{pct(qt, tot_in)}。此外，年初结转和结余{f(R['carry_in'])}万元。",
    "三、支出决算情况说明",
    f"本年支出合计{f(spent)}万元，其中：基本支出{f(basic)}万元，占{pct(basic, spent)}；项目支出{f(proj)}万元，占{pct(proj, spent)}。分单位看，局机关支出{f(u1_spent)}万元，{U2}支出{f(u2_spent)}万元。年末结转和结余{f(carry_out)}万元，主要是高标准农田建设管护项目部分工程尚未完成结算。",
    "四、财政拨款收入支出决算总体情况说明",
    f"2024年度财政拨款收入{f(fisc_in)}万元，年初财政拨款结转和结余{f(R['carry_in'])}万元；财政拨款支出{f(fisc_spent)}万元，{chg(fisc_spent, PRIOR['财政拨款支出'])}，主要原因是高标准农田建设管护补助资金和政府性基金安排的农村基础设施建设支出增加；年末财政拨款结转和结余{f(carry_out)}万元。",
    "五、一般公共预算财政拨款支出决算情况说明",
    f"（一）总体情况。2024年度一般公共预算财政拨款支出{f(gp)}万元，占本年支出合计的{pct(gp, spent)}。年初预算为{f(b0)}万元，调整预算为{f(b1)}万元，支出决算完成调整预算的{pct(gp, b1)}。",
    f"（二）结构情况。社会保障和就业支出{f(sub('208', lambda l: l[4]=='gp'))}万元，占{pct(sub('208', lambda l: l[4]=='gp'), gp)}；卫生健康支出{f(sub('210', lambda l: l[4]=='gp'))}万元，占{pct(sub('210', lambda l: l[4]=='gp'), gp)}；农林水支出{f(sub('213', lambda l: l[4]=='gp'))}万元，占{pct(sub('213', lambda l: l[4]=='gp'), gp)}；住房保障支出{f(sub('221', lambda l: l[4]=='gp'))}万元，占{pct(sub('221', lambda l: l[4]=='gp'), gp)}。",
    f"（三）具体情况。1.农林水支出（类）农业农村（款）行政运行（项）：年初预算{f(BUDGET['2130101'][0])}万元，支出决算{f(gpcode('2130101'))}万元，决算数大于年初预算数的主要原因是年中调整工资标准。2.农林水支出（类）农业农村（款）事业运行（项）：年初预算{f(BUDGET['2130104'][0])}万元，支出决算{f(gpcode('2130104'))}万元，主要原因同上。3.农林水支出（类）农业农村（款）科技转化与推广服务（项）：年初预算{f(BUDGET['2130106'][0])}万元，调整预算{f(BUDGET['2130106'][1])}万元，支出决算{f(gpcode('2130106'))}万元，决算数大于年初预算数的主要原因是追加基层农技推广体系改革与建设补助资金。4.农林水支出（类）农业农村（款）病虫害控制（项）：年初预算{f(BUDGET['2130108'][0])}万元，支出决算{f(gpcode('2130108'))}万元，决算数小于年初预算数的主要原因是统防统治药剂采购价格下降。5.农林水支出（类）农业农村（款）农业生产发展（项）：年初预算{f(BUDGET['2130122'][0])}万元，调整预算{f(BUDGET['2130122'][1])}万元，支出决算1,042.68万元，决算数大于年初预算数的主要原因是年中追加中央和省级高标准农田建设管护补助资金。6.农林水支出（类）农业农村（款）农业资源保护修复与利用（项）：年初预算{f(BUDGET['2130135'][0])}万元，支出决算{f(gpcode('2130135'))}万元，与年初预算持平。",
    "六、一般公共预算财政拨款基本支出决算情况说明",
    f"2024年度一般公共预算财政拨款基本支出{f(R['p'] + R['g'])}万元，其中：人员经费{f(R['p'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等；公用经费{f(R['g'])}万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用等。",
    "七、财政拨款“三公”经费支出决算情况说明",
    f"2024年度一般公共预算财政拨款“三公”经费支出预算为{f(sgb)}万元，支出决算为{f(sga)}万元，完成预算的{pct(sga, sgb)}；{chg(sga, sg23)}。决算数小于预算数的主要原因是严格落实过紧日子要求，压减公务接待和公务用车支出。",
    f"1.因公出国（境）费支出决算为0.00万元，全年安排因公出国（境）团组0个，累计0人次，与上年一致。",
    f"2.公务用车购置及运行维护费支出决算为{f(sg_a[1] + sg_a[2])}万元，其中：公务用车购置费0.00万元，本年未购置公务用车；公务用车运行维护费{f(sg_a[2])}万元，{chg(sg_a[2], SANGONG_2023[2])}，主要原因是严格执行公务用车使用管理规定，减少非必要用车。截至2024年12月31日，开支财政拨款的公务用车保有量为{SG_STATS['车辆']}辆（局机关{SG_STATS['车辆1']}辆，{U2}{SG_STATS['车辆2']}辆），主要用于农田建设项目督查、农业综合执法和农技下乡服务。",
    f"3.公务接待费支出决算为{f(sg_a[3])}万元，{chg(sg_a[3], SANGONG_2023[3])}，主要原因是严格执行公务接待标准，减少接待频次。全年国内公务接待{SG_STATS['批次']}批次、{SG_STATS['人次']}人次，主要为接待上级部门检查指导农田建设和农业生产工作；无外事接待。",
    "八、政府性基金预算财政拨款收入支出决算情况说明",
    f"2024年度政府性基金预算财政拨款收入{f(FUND['income'])}万元，支出{f(FUND['spent'])}万元，{chg(FUND['spent'], PRIOR['基金支出'])}，全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）农村基础设施建设支出（项），主要用于村内道路硬化和农村供水管网改造；年末结转{f(R['carry_out_gf'])}万元，主要是部分村内道路工程跨年实施。",
    "九、国有资本经营预算财政拨款支出决算情况说明",
    "本部门2024年度无国有资本经营预算财政拨款收入和支出。",
    "十、机关运行经费支出说明",
    f"2024年度局机关使用一般公共预算财政拨款安排的基本支出中的公用经费（机关运行经费）支出{f(jgyx)}万元，较上年减少5.36万元，下降3.58%，主要原因是压减一般性支出。{U2}为公益一类事业单位，不统计机关运行经费。",
    "十一、政府采购支出说明",
    "2024年度本部门政府采购支出总额86.40万元，其中：政府采购货物支出12.60万元、政府采购工程支出0.00万元、政府采购服务支出73.80万元。授予中小企业合同金额81.30万元，占政府采购支出总额的94.10%。",
    "十二、国有资产占用情况说明",
    f"截至2024年12月31日，本部门共有车辆{SG_STATS['车辆']}辆，其中：执法执勤用车4辆、其他用车2辆；单价100万元（含）以上专用设备1台（套），为{U2}的农产品质量安全检测设备。",
    "十三、预算绩效情况说明",
    f"2024年度本部门对全部项目支出开展了绩效自评，其中{perf['name']}年初预算{f(perf['budget0'])}万元，全年预算数{f(perf['budget'])}万元，全年执行数{f(perf['spent'])}万元，预算执行率{exec_rate * 100:.2f}%，自评得分{perf_total:.2f}分。存在的问题是维修灌排渠道长度未达到年度指标值，管护任务完成时间有所滞后，主要原因是汛期延长影响施工；下一步将提前谋划施工时序，加强项目调度。",
    "第三部分 名词解释",
    "1.财政拨款收入：指单位从同级财政部门取得的财政预算资金，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
    "2.事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。",
    "3.年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
    "4.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "5.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "6.“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "7.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]
ws = wb.create_sheet("说明")
ws.column_dimensions["A"].width = 120
for i, p in enumerate(PROSE, 1):
    ws.cell(i, 1, p).alignment = Alignment(wrap_text=True, vertical="top")
    if len(p) < 40:
        ws.cell(i, 1).font = Font(bold=True)

# ---------- 表1 收入支出决算总表 ----------
ws = sheet(wb, "表1收支总表", f"{ORG}{YEAR}年度收入支出决算总表", 4, [36, 14, 36, 14])
hdr(ws, 3, 1, "收入", cs=2); hdr(ws, 3, 3, "支出", cs=2)
hdr(ws, 4, 1, "项目"); hdr(ws, 4, 2, "决算数"); hdr(ws, 4, 3, "项目"); hdr(ws, 4, 4, "决算数")
left = [("一、一般公共预算财政拨款收入", gp_in), ("二、政府性基金预算财政拨款收入", gf_in), ("三、国有资本经营预算财政拨款收入", 0),
        ("四、上级补助收入", 0), ("五、事业收入", sy), ("六、经营收入", 0), ("七、附属单位上缴收入", 0), ("八、其他收入", qt)]
right = [(f"{i}、{CLASS[k]}", by(lambda l, k=k: l[0].startswith(k))) for i, k in zip("一二三四五", ["208", "210", "212", "213", "221"])]
r = 5
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ("", "")
    b = right[i] if i < len(right) else ("", "")
    put(ws, r, [a[0], a[1], b[0], b[1]]); r += 1
put(ws, r, ["本年收入合计", tot_in, "本年支出合计", spent]); r += 1
put(ws, r, ["年初结转和结余", R["carry_in"], "年末结转和结余", carry_out]); r += 1
put(ws, r, ["总计", total, "总计", total]); r += 1
ws.cell(r + 1, 1, "注：本表反映部门本年度的总收支和年末结转结余情况。")

# ---------- 表2 收入决算表 ----------
ws = sheet(wb, "表2收入总表", f"{ORG}{YEAR}年度收入决算表", 8, [34, 14, 14, 14, 14, 12, 12, 12])
hdr(ws, 3, 1, "单位名称", rs=2); hdr(ws, 3, 2, "本年收入合计", rs=2); hdr(ws, 3, 3, "财政拨款收入", cs=3)
hdr(ws, 4, 3, "小计"); hdr(ws, 4, 4, "一般公共预算"); hdr(ws, 4, 5, "政府性基金预算")
hdr(ws, 3, 6, "事业收入", rs=2); hdr(ws, 3, 7, "经营收入", rs=2); hdr(ws, 3, 8, "其他收入", rs=2)
def inrow(name, d):
    return [name, sum(d.values()), d["gp"] + d["gf"], d["gp"], d["gf"], d["sy"], 0, d["qt"]]
tot = {k: INCOME[1][k] + INCOME[2][k] for k in INCOME[1]}
put(ws, 5, inrow("合计", tot)); put(ws, 6, inrow(U1, INCOME[1])); put(ws, 7, inrow(U2, INCOME[2]))

# ---------- 表3 支出决算表 ----------
ws = sheet(wb, "表3支出总表", f"{ORG}{YEAR}年度支出决算表", 7, [12, 34, 14, 14, 14, 14, 14])
hdr(ws, 3, 1, "科目编码", rs=2); hdr(ws, 3, 2, "科目名称", rs=2); hdr(ws, 3, 3, "本年支出合计", rs=2)
hdr(ws, 3, 4, "基本支出", cs=3); hdr(ws, 4, 4, "小计"); hdr(ws, 4, 5, "人员经费"); hdr(ws, 4, 6, "公用经费")
hdr(ws, 3, 7, "项目支出", rs=2)
def exrow(code, name, pred):
    return [code, name, by(pred), by(lambda l: pred(l) and l[3] != "项目"), by(lambda l: pred(l) and l[3] == "人员"),
            by(lambda l: pred(l) and l[3] == "公用"), by(lambda l: pred(l) and l[3] == "项目")]
r = 5
put(ws, r, exrow("", "合计", lambda l: True)); r += 1
put(ws, r, exrow("", f"其中：{U1}", lambda l: l[2] == 1)); r += 1
put(ws, r, exrow("", f"　　　{U2}", lambda l: l[2] == 2)); r += 1
for code, name in codes_tree(lambda l: True):
    put(ws, r, exrow(code, name, lambda l, code=code: l[0].startswith(code))); r += 1

# ---------- 表4 财政拨款收入支出决算总表 ----------
ws = sheet(wb, "表4财政拨款收支总表", f"{ORG}{YEAR}年度财政拨款收入支出决算总表", 6, [34, 14, 30, 14, 14, 14])
hdr(ws, 3, 1, "收入", cs=2); hdr(ws, 3, 3, "支出", cs=4)
hdr(ws, 4, 1, "项目", rs=2); hdr(ws, 4, 2, "决算数", rs=2); hdr(ws, 4, 3, "项目", rs=2); hdr(ws, 4, 4, "决算数", cs=3)
hdr(ws, 5, 4, "小计"); hdr(ws, 5, 5, "一般公共预算财政拨款"); hdr(ws, 5, 6, "政府性基金预算财政拨款")
fl = [("一、一般公共预算财政拨款", gp_in), ("二、政府性基金预算财政拨款", gf_in), ("三、国有资本经营预算财政拨款", 0)]
fr = []
for i, k in zip("一二三四五", ["208", "210", "212", "213", "221"]):
    g1 = by(lambda l, k=k: l[0].startswith(k) and l[4] == "gp"); g2 = by(lambda l, k=k: l[0].startswith(k) and l[4] == "gf")
    fr.append((f"{i}、{CLASS[k]}", g1 + g2, g1, g2))
r = 6
for i in range(5):
    a = fl[i] if i < len(fl) else ("", "")
    put(ws, r, [a[0], a[1]] + list(fr[i])); r += 1
put(ws, r, ["本年收入合计", fisc_in, "本年支出合计", fisc_spent, gp, FUND["spent"]]); r += 1
put(ws, r, ["年初财政拨款结转和结余", R["carry_in"], "年末财政拨款结转和结余", carry_out, R["carry_out_gp"], R["carry_out_gf"]]); r += 1
put(ws, r, ["　一般公共预算财政拨款", R["carry_in"], "", "", "", ""]); r += 1
put(ws, r, ["　政府性基金预算财政拨款", 0, "", "", "", ""]); r += 1
put(ws, r, ["总计", fisc_in + R["carry_in"], "总计", fisc_spent + carry_out, gp + R["carry_out_gp"], FUND["spent"] + R["carry_out_gf"]])

# ---------- 表5 一般公共预算财政拨款支出决算表 ----------
ws = sheet(wb, "表5一般公共预算支出表", f"{ORG}{YEAR}年度一般公共预算财政拨款支出决算表", 7, [12, 34, 14, 14, 14, 14, 14])
hdr(ws, 3, 1, "功能分类科目编码", rs=2); hdr(ws, 3, 2, "科目名称", rs=2); hdr(ws, 3, 3, "年初预算数", rs=2)
hdr(ws, 3, 4, "调整预算数", rs=2); hdr(ws, 3, 5, "决算数", cs=3)
hdr(ws, 4, 5, "小计"); hdr(ws, 4, 6, "基本支出"); hdr(ws, 4, 7, "项目支出")
def bud(code, i):
    return sum(v[i] for k, v in BUDGET.items() if k.startswith(code))
r = 5
put(ws, r, ["", "合计", b0, b1, gp, by(lambda l: l[4] == "gp" and l[3] != "项目"), by(lambda l: l[4] == "gp" and l[3] == "项目")]); r += 1
for code, name in codes_tree(lambda l: l[4] == "gp"):
    pr = lambda l, code=code: l[0].startswith(code) and l[4] == "gp"
    put(ws, r, [code, name, bud(code, 0), bud(code, 1), by(pr), by(lambda l: pr(l) and l[3] != "项目"), by(lambda l: pr(l) and l[3] == "项目")]); r += 1

# ---------- 表6 一般公共预算财政拨款基本支出决算表 ----------
ws = sheet(wb, "表6基本支出表", f"{ORG}{YEAR}年度一般公共预算财政拨款基本支出决算表", 6, [12, 30, 14, 12, 30, 14])
hdr(ws, 3, 1, "人员经费", cs=3); hdr(ws, 3, 4, "公用经费", cs=3)
for i, t in enumerate(["经济分类科目编码", "科目名称", "决算数"] * 2, 1):
    hdr(ws, 4, i, t)
r = 5
for i in range(max(len(ECON_P), len(ECON_G))):
    a = ECON_P[i] if i < len(ECON_P) else ("", "", "")
    b = ECON_G[i] if i < len(ECON_G) else ("", "", "")
    put(ws, r, list(a) + list(b)); r += 1
put(ws, r, ["", "人员经费合计", R["p"], "", "公用经费合计", R["g"]])

# ---------- 表7 三公 ----------
ws = sheet(wb, "表7三公经费表", f"{ORG}{YEAR}年度一般公共预算财政拨款“三公”经费支出决算表", 11, [30] + [11] * 10)
hdr(ws, 3, 1, "单位名称", rs=3)
hdr(ws, 3, 2, "预算数", cs=5); hdr(ws, 3, 7, "决算数", cs=5)
for base in (2, 7):
    hdr(ws, 4, base, "合计", rs=2); hdr(ws, 4, base + 1, "因公出国（境）费", rs=2)
    hdr(ws, 4, base + 2, "公务用车购置及运行费", cs=2); hdr(ws, 5, base + 2, "公务用车购置费"); hdr(ws, 5, base + 3, "公务用车运行费")
    hdr(ws, 4, base + 4, "公务接待费", rs=2)
def sgrow(name, b, a):
    return [name, sum(b), b[0], b[1], b[2], b[3], sum(a), a[0], a[1], a[2], a[3]]
put(ws, 6, sgrow("合计", sg_b, sg_a))
put(ws, 7, sgrow(U1, *SANGONG[1])); put(ws, 8, sgrow(U2, *SANGONG[2]))
ws.cell(10, 1, "统计信息")
ws.cell(11, 1, "因公出国（境）团组数（个）"); ws.cell(11, 2, SG_STATS["团组"])
ws.cell(12, 1, "因公出国（境）人次数（人次）"); ws.cell(12, 2, SG_STATS["出国人次"])
ws.cell(13, 1, "公务用车购置数（辆）"); ws.cell(13, 2, 0)
ws.cell(14, 1, "公务用车保有量（辆）"); ws.cell(14, 2, SG_STATS["车辆"])
ws.cell(15, 1, "国内公务接待批次（批次）"); ws.cell(15, 2, SG_STATS["批次"])
ws.cell(16, 1, "国内公务接待人次（人次）"); ws.cell(16, 2, SG_STATS["人次"])
ws.cell(17, 1, "国（境）外公务接待批次（批次）"); ws.cell(17, 2, 0)

# ---------- 表8 政府性基金 ----------
ws = sheet(wb, "表8政府性基金表", f"{ORG}{YEAR}年度政府性基金预算财政拨款收入支出决算表", 8, [12, 34, 12, 12, 12, 12, 12, 12])
hdr(ws, 3, 1, "科目编码", rs=2); hdr(ws, 3, 2, "科目名称", rs=2); hdr(ws, 3, 3, "年初结转和结余", rs=2)
hdr(ws, 3, 4, "本年收入", rs=2); hdr(ws, 3, 5, "本年支出", cs=3); hdr(ws, 4, 5, "小计"); hdr(ws, 4, 6, "基本支出"); hdr(ws, 4, 7, "项目支出")
hdr(ws, 3, 8, "年末结转和结余", rs=2)
put(ws, 5, ["", "合计", 0, FUND["income"], FUND["spent"], 0, FUND["spent"], R["carry_out_gf"]])
put(ws, 6, ["212", "城乡社区支出", 0, FUND["income"], FUND["spent"], 0, FUND["spent"], R["carry_out_gf"]])
put(ws, 7, ["21208", "国有土地使用权出让收入安排的支出", 0, FUND["income"], FUND["spent"], 0, FUND["spent"], R["carry_out_gf"]])
put(ws, 8, ["2120804", "农村基础设施建设支出", 0, FUND["income"], FUND["spent"], 0, FUND["spent"], R["carry_out_gf"]])

# ---------- 表9 项目支出绩效自评表 ----------
ws = wb.create_sheet("表9项目绩效自评表")
ws.cell(1, 1, f"项目支出绩效自评表（{YEAR}年度）").font = Font(bold=True, size=14)
ws.merge_cells("A1:H1"); ws.cell(1, 1).alignment = Alignment(horizontal="center")
for i, w in enumerate([14, 16, 26, 18, 18, 10, 10, 24], 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.cell(2, 1, "项目名称"); ws.cell(2, 2, perf["name"]); ws.merge_cells("B2:H2")
ws.cell(3, 1, "主管部门"); ws.cell(3, 2, ORG); ws.merge_cells("B3:D3"); ws.cell(3, 5, "实施单位"); ws.cell(3, 6, U1); ws.merge_cells("F3:H3")
hdr(ws, 4, 1, "项目资金（万元）", rs=3)
for i, t in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
    if t: hdr(ws, 4, i + 2, t)
put_cells = [(5, ["年度资金总额", perf["budget0"], perf["budget"], perf["spent"], 10, f"{exec_rate * 100:.2f}%", exec_score]),
             (6, ["其中：财政拨款", perf["budget0"], perf["budget"], perf["spent"], "—", "—", "—"])]
for row, vals in put_cells:
    for i, v in enumerate(vals):
        cell = ws.cell(row, i + 2, num(v) if isinstance(v, int) and i in (1, 2, 3) else v)
        cell.border = BOX
        if isinstance(v, int) and i in (1, 2, 3): cell.number_format = "#,##0.00"
ws.cell(7, 1, "年度总体目标"); ws.cell(7, 2, "完成全县4.2万亩高标准农田工程设施管护，维修灌排渠道18公里，保障项目区农业生产用水。"); ws.merge_cells("B7:H7")
ws.cell(8, 1, "实际完成情况"); ws.cell(8, 2, "完成高标准农田管护4.36万亩，维修灌排渠道16.5公里，项目区粮食亩产平均增加34公斤。"); ws.merge_cells("B8:H8")
hdr(ws, 9, 1, "绩效指标", rs=len(perf["rows"]) + 1)
for i, t in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
    hdr(ws, 9, i + 2, t)
r = 10
for row in perf["rows"]:
    for i, v in enumerate(row):
        ws.cell(r, i + 2, v).border = BOX
    r += 1
# merge 一级指标 cells vertically
start = 10
for i in range(1, len(perf["rows"]) + 1):
    if i == len(perf["rows"]) or perf["rows"][i][0] != perf["rows"][start - 10][0]:
        if 10 + i - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=10 + i - 1, end_column=2)
        start = 10 + i
ws.cell(r, 1, "总分"); ws.cell(r, 7, 100); ws.cell(r, 8, perf_total); r += 1
ws.cell(r, 1, "偏差原因及改进措施"); ws.cell(r, 2, "维修灌排渠道长度未达到年度指标值、管护任务完成时间滞后，主要原因是汛期延长影响施工；下一步将提前谋划施工时序，加强项目调度。"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
wb.properties.creator = "漾川县农业农村局"
wb.properties.title = f"{ORG}{YEAR}年度部门决算"
wb.save(OUT)

# plain rendering for check.py
from openpyxl import load_workbook
wb2 = load_workbook(OUT)
with open(os.path.join(os.path.dirname(__file__), "e_text.txt"), "w", encoding="utf-8") as fh:
    for s in wb2.worksheets:
        fh.write(f"=== {s.title}\n")
        for row in s.iter_rows(values_only=True):
            cells = ["" if v is None else (f"{v:,.2f}" if isinstance(v, float) else str(v)) for v in row]
            if any(cells):
                fh.write(" | ".join(cells) + "\n")
print("wrote", OUT, "perf_total", perf_total, "exec", exec_score)
