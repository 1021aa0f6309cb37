/**
 * Our own fixture: a 部门决算 explanation mirrored in Traditional characters with pinyin glossed after some of them,
 * as some mirror sites serve mainland pages (呼伦滩市 and its figures are made up). Sums agree: 790.10 + 22.20 = 812.30,
 * 801.50 + 10.80 = 812.30; the year before was 849.90 (−37.60, −4.42%).
 */
export const TRADITIONAL_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>呼倫灘市營商環境服務(wù)中心2022年度部門決算公開說明</title></head><body>
<p>呼倫灘市營商環境服務(wù)中心2022年度部門決算公開說明</p>
<p>第一部分 單位概況</p>
<p>一、機構(gòu)設(shè)置及人員情況</p>
<p>呼倫灘市營商環境服務(wù)中心2022年度,實有人數(shù)26人,其中:在職人員21人,離休人員0人,退休人員5人。</p>
<p>單位無下屬預(yù)算單位,下設(shè)4個處室。</p>
<p>第二部分 部門決算情況說明</p>
<p>一、收入支出決算總體情況說明</p>
<p>2022年度收入總計812.30萬元,其中:本年收入合計790.10萬元,使用非財政撥款結(jié)余0.00萬元,年初結(jié)轉(zhuǎn)和結(jié)余22.20萬元。</p>
<p>2022年度支出總計812.30萬元,其中:本年支出合計801.50萬元,結(jié)余分配0.00萬元,年末結(jié)轉(zhuǎn)和結(jié)余10.80萬元。</p>
<p>收入支出總體與上年相比,減少37.60萬元,下降4.42%,主要原因是辦公設(shè)備購置減少。</p>
</body></html>`

/** The same mirror's 收支总表 of another (made-up) unit: a two-sided table whose row names carry glosses. */
export const TRADITIONAL_TABLE_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>呼倫灘市數(shù)據局2022年度部門決算</title></head><body>
<p>呼倫灘市數(shù)據局2022年度部門決算</p>
<p>表一 收入支出決算總表</p>
<p>單位：萬元</p>
<table>
<tr><td>項目</td><td>決算數(shù)</td><td>項目</td><td>決算數(shù)</td></tr>
<tr><td>一、一般公共預(yù)算財政撥款收入</td><td>356.40</td><td>一、一般公共服務(wù)支出</td><td>350.00</td></tr>
<tr><td>本年收入合計</td><td>356.40</td><td>本年支出合計</td><td>350.00</td></tr>
<tr><td>年初結(jié)轉(zhuǎn)和結(jié)余</td><td>3.60</td><td>年末結(jié)轉(zhuǎn)和結(jié)余</td><td>10.00</td></tr>
<tr><td>收入總計</td><td>360.00</td><td>支出總計</td><td>360.00</td></tr>
</table>
</body></html>`
