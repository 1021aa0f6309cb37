import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation, figure or sentence) for the prose facts: definitions in a 名词解释 with
 * a "名词解释：" lead-in and the 功能科目 wording "：反映…", a 决算 explaining a class above its 年初预算, what a
 * carry-over is, enumerated reasons, a list-layout 绩效目标表, and a county 三公 page with an 增减原因 column and
 * a 说明 row of numbered definitions.
 */
export const FINAL_DOC = [
  '澄湖市青岚区白沙乡2024年度部门决算',
  '',
  '第一部分 部门概况',
  '白沙乡辖5个行政村。',
  '第二部分 决算情况说明',
  '一、收入支出决算总体情况说明',
  '本部门2024年度收入总计820.40万元。年初结转和结余30.00万元。年末结转和结余12.60万元，为人居环境整治项目（村内污水管网）未完工结转资金。',
  '二、一般公共预算财政拨款支出决算情况说明',
  '农林水支出（类）年初预算为300.00万元，支出决算为345.50万元，完成年初预算的115.17%。',
  '住房保障支出（类）年初预算为40.00万元，支出决算为38.20万元，完成年初预算的95.50%。',
  '其中，农林水支出（类）决算数大于年初预算数的主要原因是上级下达高标准农田建设补助资金，用于灌排渠系改造。',
  '2024年度一般公共预算财政拨款支出580.20万元，比上年增加45.10万元。主要原因：一是新增高标准农田建设任务；二是村级组织运转补助标准提高。',
  '第三部分 名词解释',
  '1.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '2.村级组织运转补助：反映用于村级组织日常运转的补助支出，包括村干部误工补贴和办公经费。',
  '',
  '支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '213\t农林水支出\t345.50\t120.00\t225.50',
  '221\t住房保障支出\t38.20\t38.20\t',
  '',
  '收入支出决算总表',
  '单位：万元',
  '项目\t金额',
  '本年收入合计\t790.40',
  '年初结转和结余\t30.00',
  '年末结转和结余\t12.60',
].join('\n')

export const BUDGET_DOC = [
  '澄湖市青岚区卫生健康局2026年部门预算',
  '',
  '一、部门职能及机构设置情况',
  '青岚区卫生健康局负责全区卫生健康工作。',
  '二、收支预算总体情况',
  '2026年部门预算收入总计5,200.00万元，其中财政专户管理资金收入60.00万元。',
  '三、其他需要说明的情况',
  '1.本部门2026年没有国有资本经营预算拨款安排的支出。',
  '2.名词解释：事业单位经营收入，指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入，本部门为体检中心对外服务收入；单位资金，本部门为医院挂号费收入。',
  '',
  '项目支出绩效目标表',
  '单位：万元',
  '单位名称\t项目名称\t功能科目\t预算金额\t年度绩效目标',
  '青岚区疾病预防控制中心\t免疫规划疫苗接种\t2100408\t140.00\t适龄儿童免疫规划疫苗接种率≥95%',
  '青岚区卫生健康局机关\t基层医疗卫生人员轮训\t2100799\t62.00\t轮训基层医务人员≥900人次，考核合格率≥92%',
].join('\n')

/** A county 三公 page: 增减 as signed amounts, the reasons in their own column, the definitions in a spanning 说明 row. */
export const SANGONG_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>澄湖市云岭县交通运输局2025年“三公”经费预算情况</title></head><body>
<h1>云岭县交通运输局2025年“三公”经费预算情况</h1>
<p>单位：万元</p>
<table border="1">
<tr><td>项目</td><td>2024年预算数</td><td>2025年预算数</td><td>增减</td><td>增减原因</td></tr>
<tr><td>合计</td><td>820.50</td><td>806.30</td><td>-14.20</td><td></td></tr>
<tr><td>1、因公出国(境)费用</td><td>0</td><td>0</td><td>0</td><td>未安排出国团组</td></tr>
<tr><td>2、公务接待费</td><td>310.40</td><td>280.10</td><td>-30.30</td><td>落实过紧日子要求，严控接待标准和陪同人数。</td></tr>
<tr><td>3、公务用车购置及运行费</td><td>510.10</td><td>526.20</td><td>16.10</td><td>更新到期报废的应急保障车辆。</td></tr>
<tr><td colspan="5">说明:1、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费等支出。(2)公务接待费,指单位按规定开支的各类公务接待支出,含接待外地考察团组。(3)公务用车购置及运行费,指单位公务用车购置费及燃料费、维修费等支出。</td></tr>
</table>
<p>云岭县交通运输局2025年“三公”经费预算为806.30万元，比上年预算减少14.20万元。</p>
</body></html>`

export const proseFactsSources = (): SourceFile[] => [
  { name: 'baisha_final_2024.txt', bytes: Buffer.from(FINAL_DOC, 'utf8') },
  { name: 'qinglan_weijian_2026.txt', bytes: Buffer.from(BUDGET_DOC, 'utf8') },
  { name: 'yunling_sangong_2025.html', bytes: Buffer.from(SANGONG_PAGE, 'utf8') },
]
