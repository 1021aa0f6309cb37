# -*- coding: utf-8 -*-
"""Build docs/E-yunxi-cdc-2025-dwys.xlsx from e_data."""
import os
import e_data as D
from e_data import F, C, pct
from xlsxw import Book, S_TXT, S_NUM, S_TITLE, S_HEAD, S_PCT, S_PROSE, S_PROSEB, S_CODE, S_INT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "E-yunxi-cdc-2025-dwys.xlsx")
ORG = D.ORG
m = lambda n: "%.2f" % F(n)

def prose():
    inc = D.INC; L = D.LAST
    g = D.grouped(); top = {r[0]: r for r in g if len(r[0]) == 3}
    basic = sum(r[3] for r in top.values()); proj = sum(r[4] for r in top.values())
    s24 = sum(v[0] for v in D.SANGONG.values()); s25 = sum(v[1] for v in D.SANGONG.values())
    car = D.SANGONG["公务用车运行维护费"]; jd = D.SANGONG["公务接待费"]
    gen = lambda code: [i for i in D.ITEMS if i[0] == code][0][2].get("gen", (0, 0))
    gs = lambda code: m(sum(gen(code)))
    P = []
    H = lambda t: P.append(("h", t))
    T = lambda t: P.append(("p", t))
    P.append(("title", "%s2025年单位预算说明" % ORG))
    H("一、单位职责")
    T("%s是%s所属的公益一类事业单位，主要职责是：承担全县传染病、慢性非传染性疾病、地方病的监测与预防控制；负责国家免疫规划的组织实施和疫苗使用管理；"
      "开展突发公共卫生事件的监测预警、调查处置和卫生应急准备；承担食品安全风险监测、职业卫生和环境卫生监测及检验检测工作；开展健康教育与健康促进；"
      "指导乡镇卫生院和村卫生室开展疾病预防控制工作；完成县卫生健康局交办的其他任务。" % (ORG, D.SUP))
    H("二、机构设置")
    T("本单位内设办公室、财务科、疾病控制科、免疫规划科、慢性病防治科、检验科、卫生监测科、健康教育科、应急办公室共9个科室，无下属单位。"
      "核定事业编制48名，2024年末实有在职人员45人，退休人员17人。本预算为单位本级预算。")
    H("三、收支预算情况")
    T("（一）收入预算。2025年收入总计%s万元，比上年增加%s万元，增长%.2f%%。其中：一般公共预算拨款收入%s万元，比上年增加%s万元，增长%.2f%%；"
      "政府性基金预算拨款收入%s万元，比上年增加%s万元，为地方政府专项债券资金；事业收入%s万元；其他收入%s万元；上年结转%s万元。"
      "收支预算增加的主要原因：一是县疾控中心实验室能力提升工程专项债券资金增加%s万元；二是人员经费正常增资。" % (
        m(D.INC_TOTAL), m(D.INC_TOTAL - L["收入总计"]), pct(D.INC_TOTAL - L["收入总计"], L["收入总计"]),
        m(inc["一般公共预算拨款收入"]), m(inc["一般公共预算拨款收入"] - L["一般公共预算拨款收入"]),
        pct(inc["一般公共预算拨款收入"] - L["一般公共预算拨款收入"], L["一般公共预算拨款收入"]),
        m(inc["政府性基金预算拨款收入"]), m(inc["政府性基金预算拨款收入"] - L["政府性基金预算拨款收入"]),
        m(inc["事业收入"]), m(inc["其他收入"]), m(D.CARRY),
        m(inc["政府性基金预算拨款收入"] - L["政府性基金预算拨款收入"])))
    T("（二）支出预算。2025年支出总计%s万元，其中：基本支出%s万元，占%.2f%%，比上年增加%s万元，增长%.2f%%，主要原因是调整基础性绩效工资标准和新增人员3名；"
      "项目支出%s万元，占%.2f%%，比上年增加%s万元，增长%.2f%%，主要是实验室能力提升工程专项债券支出增加。" % (
        m(D.INC_TOTAL), m(basic), pct(basic, D.INC_TOTAL), m(basic - L["基本支出"]), pct(basic - L["基本支出"], L["基本支出"]),
        m(proj), pct(proj, D.INC_TOTAL), m(proj - L["项目支出"]), pct(proj - L["项目支出"], L["项目支出"])))
    T("（三）一般公共预算拨款支出。2025年一般公共预算拨款支出%s万元，具体安排如下：" % m(inc["一般公共预算拨款收入"]))
    T("1．社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）%s万元，主要用于按规定缴纳职工基本养老保险。" % gs("2080505"))
    T("2．社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）%s万元。" % gs("2080506"))
    T("3．卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）%s万元，主要用于保障单位正常运转的人员经费和公用经费。" % gs("2100401"))
    T("4．卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）%s万元，用于基本公共卫生服务项目中由疾控机构承担的工作。" % gs("2100408"))
    T("5．卫生健康支出（类）公共卫生（款）重大公共卫生服务（项）%s万元，另安排上年结转资金%s万元，用于艾滋病、结核病等重大传染病防控。" % (gs("2100409"), m(D.CARRY)))
    T("6．卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）%s万元，用于应急物资储备和应急演练。" % gs("2100410"))
    T("7．卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）%s万元，用于缴纳职工基本医疗保险。" % gs("2101102"))
    # planted contradiction: the prose prints 67.14, the tables 76.14
    T("8．住房保障支出（类）住房改革支出（款）住房公积金（项）%s万元，用于按规定为职工缴存住房公积金。" % m(D.PLANT_PROSE))
    T("（四）基本支出。2025年基本支出%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、生活补助、奖励金等；"
      "公用经费%s万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、专用材料费、工会经费、福利费、公务用车运行维护费等。" % (
        m(basic), m(D.PERSON_T), m(D.PUBLIC_T)))
    H("四、“三公”经费预算情况")
    T("2025年“三公”经费预算%s万元，比上年减少%s万元，下降%.2f%%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费%s万元"
      "（其中公务用车购置费0万元，公务用车运行维护费%s万元），比上年减少%s万元，主要原因是2024年报废1辆超过使用年限的公务用车，公务用车保有量由%d辆减少至%d辆；"
      "公务接待费%s万元，比上年减少%s万元，主要是严格执行公务接待标准，压减接待批次。" % (
        m(s25), m(s24 - s25), pct(s24 - s25, s24), m(car[1]), m(car[1]), m(car[0] - car[1]), D.CARS_2024, D.CARS_2025,
        m(jd[1]), m(jd[0] - jd[1])))
    H("五、机关运行经费")
    T("本单位为公益一类事业单位，不属于行政单位和参照公务员法管理的事业单位，机关运行经费不适用，2025年未安排机关运行经费。")
    H("六、政府采购情况")
    cat = lambda k: m(sum(x[5] for x in D.PROCURE if x[2] == k))
    T("2025年政府采购预算%s万元，其中：货物类%s万元，工程类%s万元，服务类%s万元。具体见政府采购预算表。" % (
        m(sum(x[5] for x in D.PROCURE)), cat("货物"), cat("工程"), cat("服务")))
    H("七、国有资产占有使用情况")
    T("截至2024年12月31日，本单位共有车辆%d辆，均为应急保障及疾控专业用车；单位价值50万元以上专用设备6台（套）。2025年拟通过事业收入购置气相色谱-质谱联用仪等检验设备1批。" % D.CARS_2025)
    H("八、绩效目标设置情况")
    T("2025年本单位实行绩效目标管理的项目%d个，涉及资金%s万元，项目支出绩效目标覆盖率100%%。各项目绩效目标见项目支出表。其中，沄溪县疾控中心实验室能力提升工程的绩效目标为：%s。" % (
        len(D.PROJECTS), m(proj), D.PROJECTS[4][6].split("；")[0]))
    H("九、名词解释")
    T("1．一般公共预算拨款收入：指县财政当年拨付的一般公共预算资金。")
    T("2．政府性基金预算拨款收入：指县财政安排的政府性基金预算资金，本单位为%s资金。" % D.BOND)
    T("3．事业收入：指本单位开展检验检测等专业业务活动依法取得的收入。")
    T("4．上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。")
    T("5．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。")
    T("6．项目支出：指在基本支出之外为完成特定工作任务和事业发展目标所发生的支出。")
    T("7．“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
    return P

def head(sh, title, ncol, start_unit_col=None):
    sh.set(1, 1, title, S_TITLE); sh.merge(1, 1, 1, ncol)
    sh.set(2, 1, "单位名称：%s" % ORG, 0); sh.merge(2, 1, 2, max(2, ncol - 2))
    sh.set(2, ncol, "单位：万元", 0)

def build():
    bk = Book("%s2025年单位预算" % ORG)
    # 说明
    sh = bk.add("说明"); sh.widths = {1: 110}
    for i, (kind, t) in enumerate(prose(), start=1):
        sh.set(i, 1, t, {"title": S_TITLE, "h": S_PROSEB, "p": S_PROSE}[kind])

    inc = D.INC; g = D.grouped(); top = [r for r in g if len(r[0]) == 3]
    # 表1 收支总表
    sh = bk.add("收支总表"); sh.widths = {1: 34, 2: 14, 3: 34, 4: 14}
    head(sh, "表1  %s2025年收支总表" % ORG, 4)
    sh.set(3, 1, "收    入", S_HEAD); sh.merge(3, 1, 3, 2); sh.set(3, 2, "", S_HEAD)
    sh.set(3, 3, "支    出", S_HEAD); sh.merge(3, 3, 3, 4); sh.set(3, 4, "", S_HEAD)
    for c, t in enumerate(["项    目", "预算数", "项    目", "预算数"], 1):
        sh.set(4, c, t, S_HEAD)
    left = [("一、一般公共预算拨款收入", inc["一般公共预算拨款收入"]), ("二、政府性基金预算拨款收入", inc["政府性基金预算拨款收入"]),
            ("三、国有资本经营预算拨款收入", 0), ("四、财政专户管理资金收入", 0), ("五、事业收入", inc["事业收入"]),
            ("六、事业单位经营收入", 0), ("七、上级补助收入", 0), ("八、附属单位上缴收入", 0), ("九、其他收入", inc["其他收入"])]
    nums = "一二三四五六七八九"
    right = [("%s、%s" % (nums[i], r[1]), r[2]) for i, r in enumerate(top)]
    n = max(len(left), len(right))
    for i in range(n):
        r = 5 + i
        if i < len(left):
            sh.set(r, 1, left[i][0]); sh.set(r, 2, F(left[i][1]))
        else:
            sh.set(r, 1, ""); sh.set(r, 2, "")
        if i < len(right):
            sh.set(r, 3, right[i][0]); sh.set(r, 4, F(right[i][1]))
        else:
            sh.set(r, 3, ""); sh.set(r, 4, "")
    r = 5 + n
    for a, b, c_, d in [("本年收入合计", D.INC_YEAR, "本年支出合计", D.INC_TOTAL), ("上年结转", D.CARRY, "结转下年", 0),
                        ("收入总计", D.INC_TOTAL, "支出总计", D.INC_TOTAL)]:
        sh.set(r, 1, a, S_HEAD); sh.set(r, 2, F(b)); sh.set(r, 3, c_, S_HEAD); sh.set(r, 4, F(d)); r += 1

    # 表2 收入总表 (two-row header)
    sh = bk.add("收入总表"); sh.widths = {1: 30, 2: 12, 3: 12, 4: 14, 5: 14, 6: 14, 7: 12, 8: 14, 9: 12}
    head(sh, "表2  %s2025年收入总表" % ORG, 9)
    for c, t in [(1, "单位名称"), (2, "合计"), (3, "上年结转"), (7, "事业收入"), (8, "事业单位经营收入"), (9, "其他收入")]:
        sh.set(3, c, t, S_HEAD); sh.set(4, c, "", S_HEAD); sh.merge(3, c, 4, c)
    sh.set(3, 4, "本年财政拨款收入", S_HEAD); sh.set(3, 5, "", S_HEAD); sh.set(3, 6, "", S_HEAD); sh.merge(3, 4, 3, 6)
    for c, t in [(4, "一般公共预算拨款"), (5, "政府性基金预算拨款"), (6, "国有资本经营预算拨款")]:
        sh.set(4, c, t, S_HEAD)
    vals = [D.INC_TOTAL, D.CARRY, inc["一般公共预算拨款收入"], inc["政府性基金预算拨款收入"], 0, inc["事业收入"], 0, inc["其他收入"]]
    for r, name in [(5, "合计"), (6, ORG)]:
        sh.set(r, 1, name, S_HEAD if r == 5 else S_TXT)
        for j, v in enumerate(vals):
            sh.set(r, 2 + j, F(v))

    # 表3 支出总表 (joined 7-digit codes)
    sh = bk.add("支出总表"); sh.widths = {1: 12, 2: 44, 3: 14, 4: 14, 5: 14}
    head(sh, "表3  %s2025年支出总表" % ORG, 5)
    for c, t in enumerate(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 1):
        sh.set(3, c, t, S_HEAD)
    sh.set(4, 1, "", S_HEAD); sh.set(4, 2, "合计", S_HEAD); sh.merge(4, 1, 4, 2)
    sh.set(4, 3, F(D.INC_TOTAL)); sh.set(4, 4, F(sum(x[3] for x in top))); sh.set(4, 5, F(sum(x[4] for x in top)))
    for i, (code, name, t, b, p) in enumerate(g):
        r = 5 + i
        sh.set(r, 1, code, S_CODE); sh.set(r, 2, ("　" * ((len(code) - 3) // 2)) + name)
        sh.set(r, 3, F(t)); sh.set(r, 4, F(b)); sh.set(r, 5, F(p))

    # 表4 财政拨款收支总表
    sh = bk.add("财政拨款收支总表"); sh.widths = {1: 30, 2: 14, 3: 30, 4: 14, 5: 14, 6: 14}
    head(sh, "表4  %s2025年财政拨款收支总表" % ORG, 6)
    sh.set(3, 1, "收    入", S_HEAD); sh.set(3, 2, "", S_HEAD); sh.merge(3, 1, 3, 2)
    sh.set(3, 3, "支    出", S_HEAD); [sh.set(3, c, "", S_HEAD) for c in (4, 5, 6)]; sh.merge(3, 3, 3, 6)
    for c, t in enumerate(["项    目", "预算数", "项    目", "合计", "一般公共预算", "政府性基金预算"], 1):
        sh.set(4, c, t, S_HEAD)
    gg = [r for r in D.grouped({"gen", "carry"}) if len(r[0]) == 3]
    ff = {r[0]: r for r in D.grouped({"fund"}) if len(r[0]) == 3}
    codes = [r[0] for r in top]
    gmap = {r[0]: r for r in gg}
    rows_r = []
    for i, cd in enumerate(codes):
        a = gmap.get(cd, (0, 0, 0))[2] if cd in gmap else 0
        b = ff[cd][2] if cd in ff else 0
        rows_r.append(("%s、%s" % (nums[i], D.CLASS[cd]), a + b, a, b))
    fin_in = inc["一般公共预算拨款收入"] + inc["政府性基金预算拨款收入"]
    rows_l = [("一、本年收入", fin_in), ("（一）一般公共预算拨款", inc["一般公共预算拨款收入"]),
              ("（二）政府性基金预算拨款", inc["政府性基金预算拨款收入"]), ("（三）国有资本经营预算拨款", 0),
              ("二、上年结转", D.CARRY), ("（一）一般公共预算拨款", D.CARRY), ("（二）政府性基金预算拨款", 0)]
    for i in range(len(rows_l)):
        r = 5 + i
        sh.set(r, 1, rows_l[i][0]); sh.set(r, 2, F(rows_l[i][1]))
        if i < len(rows_r):
            sh.set(r, 3, rows_r[i][0]); sh.set(r, 4, F(rows_r[i][1])); sh.set(r, 5, F(rows_r[i][2])); sh.set(r, 6, F(rows_r[i][3]))
        else:
            for c in (3, 4, 5, 6): sh.set(r, c, "")
    r = 5 + len(rows_l)
    tot_g = sum(x[2] for x in rows_r); tot_f = sum(x[3] for x in rows_r)
    sh.set(r, 1, "收入总计", S_HEAD); sh.set(r, 2, F(fin_in + D.CARRY)); sh.set(r, 3, "支出总计", S_HEAD)
    sh.set(r, 4, F(tot_g + tot_f)); sh.set(r, 5, F(tot_g)); sh.set(r, 6, F(tot_f))
    assert fin_in + D.CARRY == tot_g + tot_f == C(1971.78)

    # 表5 一般公共预算支出表: 3-row merged header, codes split 类/款/项, merged body cells
    sh = bk.add("一般公共预算支出表"); sh.widths = {1: 6, 2: 6, 3: 6, 4: 40, 5: 13, 6: 13, 7: 13, 8: 13, 9: 13}
    head(sh, "表5  %s2025年一般公共预算支出表" % ORG, 9)
    for rr in (3, 4, 5):
        for c in range(1, 10):
            sh.set(rr, c, "", S_HEAD)
    sh.set(3, 1, "科目编码", S_HEAD); sh.merge(3, 1, 3, 3)
    sh.set(3, 4, "科目名称", S_HEAD); sh.merge(3, 4, 5, 4)
    sh.set(3, 5, "本年一般公共预算拨款", S_HEAD); sh.merge(3, 5, 3, 9)
    for c, t in [(1, "类"), (2, "款"), (3, "项"), (5, "合计"), (9, "项目支出")]:
        sh.set(4, c, t, S_HEAD); sh.merge(4, c, 5, c)
    sh.set(4, 6, "基本支出", S_HEAD); sh.merge(4, 6, 4, 8)
    for c, t in [(6, "小计"), (7, "人员经费"), (8, "公用经费")]:
        sh.set(5, c, t, S_HEAD)
    gen = D.grouped({"gen"})
    # split basic into 人员/公用: only 2100401 carries 公用 (general-budget share)
    pub_gen = D.PUBLIC_T - C(6.20) - C(12.00)
    def split(code, b):
        if code.startswith("2100401") or code in ("210", "21004"):
            return b - pub_gen, pub_gen
        return b, 0
    tg = [x for x in gen if len(x[0]) == 3]
    r = 6
    sh.set(r, 1, "合计", S_HEAD); [sh.set(r, c, "", S_HEAD) for c in (2, 3, 4)]; sh.merge(r, 1, r, 4)
    tb = sum(x[3] for x in tg); tp = sum(x[4] for x in tg)
    for c, v in zip(range(5, 10), [tb + tp, tb, tb - pub_gen, pub_gen, tp]):
        sh.set(r, c, F(v))
    r += 1
    for cls in [x[0] for x in tg]:
        grp = [x for x in gen if x[0].startswith(cls)]
        start = r
        for code, name, t, b, p in grp:
            pe, pu = split(code, b)
            for c in (1, 2, 3): sh.set(r, c, "", S_CODE)
            if len(code) == 3:
                sh.set(r, 1, code, S_CODE)
            elif len(code) == 5:
                kstart = r
                sh.set(r, 2, code[3:5], S_CODE)
            else:
                sh.set(r, 3, code[5:7], S_CODE)
            sh.set(r, 4, name)
            for c, v in zip(range(5, 10), [t, b, pe, pu, p]):
                sh.set(r, c, F(v))
            # close a 款 merge when next row is not inside it
            r += 1
        # merges: 类 column over the whole group; 款 column over each 款 block
        sh.merge(start, 1, r - 1, 1)
        rows = list(range(start, r))
        kuan_rows = [(rows[i], grp[i][0]) for i in range(len(grp)) if len(grp[i][0]) == 5]
        for j, (kr, kc) in enumerate(kuan_rows):
            end = (kuan_rows[j + 1][0] - 1) if j + 1 < len(kuan_rows) else r - 1
            if end > kr:
                sh.merge(kr, 2, end, 2)
    # 表6 基本支出表
    sh = bk.add("基本支出表"); sh.widths = {1: 12, 2: 34, 3: 14, 4: 14, 5: 14}
    head(sh, "表6  %s2025年基本支出预算表" % ORG, 5)
    for c, t in [(1, "经济科目编码"), (2, "经济科目名称"), (3, "合计")]:
        sh.set(3, c, t, S_HEAD); sh.set(4, c, "", S_HEAD); sh.merge(3, c, 4, c)
    sh.set(3, 4, "基本支出", S_HEAD); sh.set(3, 5, "", S_HEAD); sh.merge(3, 4, 3, 5)
    sh.set(4, 4, "人员经费", S_HEAD); sh.set(4, 5, "公用经费", S_HEAD)
    r = 5
    sh.set(r, 1, "", S_HEAD); sh.set(r, 2, "合计", S_HEAD); sh.merge(r, 1, r, 2)
    sh.set(r, 3, F(D.PERSON_T + D.PUBLIC_T)); sh.set(r, 4, F(D.PERSON_T)); sh.set(r, 5, F(D.PUBLIC_T)); r += 1
    blocks = [(c, n, xs, "p") for c, n, xs in D.PERSON] + [(c, n, xs, "g") for c, n, xs in D.PUBLIC]
    blocks.sort(key=lambda x: x[0])
    for code, name, xs, kind in blocks:
        t = sum(a for _, _, a in xs)
        sh.set(r, 1, code, S_CODE); sh.set(r, 2, name); sh.set(r, 3, F(t))
        sh.set(r, 4, F(t if kind == "p" else 0)); sh.set(r, 5, F(t if kind == "g" else 0)); r += 1
        for c2, n2, a in xs:
            sh.set(r, 1, c2, S_CODE); sh.set(r, 2, "　" + n2); sh.set(r, 3, F(a))
            sh.set(r, 4, F(a if kind == "p" else 0)); sh.set(r, 5, F(a if kind == "g" else 0)); r += 1

    # 表7 三公表
    sh = bk.add("三公经费表"); sh.widths = {1: 34, 2: 14, 3: 14, 4: 14, 5: 12}
    head(sh, "表7  %s2025年财政拨款“三公”经费预算表" % ORG, 5)
    for c, t in enumerate(["项    目", "2024年预算数", "2025年预算数", "增减额", "增减率"], 1):
        sh.set(3, c, t, S_HEAD)
    SG = D.SANGONG
    car = tuple(SG["公务用车购置费"][i] + SG["公务用车运行维护费"][i] for i in (0, 1))
    tot = tuple(sum(v[i] for v in SG.values()) for i in (0, 1))
    rows = [("合计", tot), ("1．因公出国（境）费", SG["因公出国（境）费"]), ("2．公务用车购置及运行维护费", car),
            ("　其中：公务用车购置费", SG["公务用车购置费"]), ("　　　　公务用车运行维护费", SG["公务用车运行维护费"]),
            ("3．公务接待费", SG["公务接待费"])]
    r = 4
    for name, (a, b) in rows:
        sh.set(r, 1, name, S_HEAD if name == "合计" else S_TXT); sh.set(r, 2, F(a)); sh.set(r, 3, F(b)); sh.set(r, 4, F(b - a))
        if a:
            sh.set(r, 5, round((b - a) / a, 4), S_PCT)
        else:
            sh.set(r, 5, "—", S_CODE)
        r += 1
    sh.set(r, 1, "公务用车保有量（辆）"); sh.set(r, 2, D.CARS_2024, S_INT); sh.set(r, 3, D.CARS_2025, S_INT)
    sh.set(r, 4, D.CARS_2025 - D.CARS_2024, S_INT); sh.set(r, 5, "", S_CODE)

    # 表8 政府性基金表
    sh = bk.add("政府性基金预算支出表"); sh.widths = {1: 12, 2: 50, 3: 14, 4: 14, 5: 14}
    head(sh, "表8  %s2025年政府性基金预算支出表" % ORG, 5)
    for c, t in enumerate(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 1):
        sh.set(3, c, t, S_HEAD)
    fund = D.grouped({"fund"})
    sh.set(4, 1, "", S_HEAD); sh.set(4, 2, "合计", S_HEAD); sh.merge(4, 1, 4, 2)
    ft = [x for x in fund if len(x[0]) == 3]
    sh.set(4, 3, F(sum(x[2] for x in ft))); sh.set(4, 4, F(sum(x[3] for x in ft))); sh.set(4, 5, F(sum(x[4] for x in ft)))
    r = 5
    for code, name, t, b, p in fund:
        sh.set(r, 1, code, S_CODE); sh.set(r, 2, name); sh.set(r, 3, F(t)); sh.set(r, 4, F(b)); sh.set(r, 5, F(p)); r += 1
    r += 1
    for c, t in enumerate(["专项债券项目", "债券名称", "金额"], 1):
        sh.set(r, c, t, S_HEAD)
    r += 1
    pj = D.PROJECTS[4]
    sh.set(r, 1, pj[0]); sh.set(r, 2, D.BOND); sh.set(r, 3, F(pj[3]))

    # 表9 项目支出表
    sh = bk.add("项目支出表"); sh.widths = {1: 34, 2: 11, 3: 12, 4: 13, 5: 13, 6: 12, 7: 12, 8: 70}
    head(sh, "表9  %s2025年项目支出预算表" % ORG, 8)
    for c, t in [(1, "项目名称"), (2, "科目编码"), (3, "合计"), (8, "绩效目标")]:
        sh.set(3, c, t, S_HEAD); sh.set(4, c, "", S_HEAD); sh.merge(3, c, 4, c)
    sh.set(3, 4, "资金来源", S_HEAD); [sh.set(3, c, "", S_HEAD) for c in (5, 6, 7)]; sh.merge(3, 4, 3, 7)
    for c, t in [(4, "一般公共预算拨款"), (5, "政府性基金预算拨款"), (6, "上年结转"), (7, "事业收入")]:
        sh.set(4, c, t, S_HEAD)
    r = 5
    P = D.PROJECTS
    sh.set(r, 1, "合计", S_HEAD); sh.set(r, 2, "", S_CODE)
    sh.set(r, 3, F(sum(x[2] + x[3] + x[4] + x[5] for x in P)))
    for c, k in zip((4, 5, 6, 7), (2, 3, 4, 5)):
        sh.set(r, c, F(sum(x[k] for x in P)))
    sh.set(r, 8, ""); r += 1
    for name, code, g_, f_, ca, shy, tgt in P:
        sh.set(r, 1, name); sh.set(r, 2, code, S_CODE); sh.set(r, 3, F(g_ + f_ + ca + shy))
        for c, v in zip((4, 5, 6, 7), (g_, f_, ca, shy)):
            sh.set(r, c, F(v))
        sh.set(r, 8, tgt); r += 1

    # 表10 政府采购预算表
    sh = bk.add("政府采购预算表"); sh.widths = {1: 32, 2: 30, 3: 10, 4: 12, 5: 8, 6: 13, 7: 22}
    head(sh, "表10  %s2025年政府采购预算表" % ORG, 7)
    for c, t in enumerate(["项目名称", "采购品目", "采购类别", "采购方式", "数量", "金额", "资金来源"], 1):
        sh.set(3, c, t, S_HEAD)
    r = 4
    sh.set(r, 1, "合计", S_HEAD); [sh.set(r, c, "", S_HEAD) for c in (2, 3, 4, 5)]; sh.merge(r, 1, r, 5)
    sh.set(r, 6, F(sum(x[5] for x in D.PROCURE))); sh.set(r, 7, ""); r += 1
    for x in D.PROCURE:
        for c, v in enumerate(x[:5], 1):
            sh.set(r, c, v, S_TXT if c < 3 else S_CODE)
        sh.set(r, 6, F(x[5])); sh.set(r, 7, x[6]); r += 1
    for k in ("货物", "工程", "服务"):
        sh.set(r, 1, "其中：%s类" % k, S_HEAD); [sh.set(r, c, "", S_HEAD) for c in (2, 3, 4, 5)]; sh.merge(r, 1, r, 5)
        sh.set(r, 6, F(sum(x[5] for x in D.PROCURE if x[2] == k))); sh.set(r, 7, ""); r += 1

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    bk.save(OUT)

if __name__ == "__main__":
    assert D.check()
    build()
    print("E written")
