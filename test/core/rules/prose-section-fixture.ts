import type { SourceFile } from '../../../server/core/ingest/build-corpus.js'

/**
 * Made-up disclosures (no real organisation, figure or sentence) whose figures are stated only in prose, under
 * section headings that name their subject: a school's 单位预算 whose 收入预算 and 支出预算 paragraphs each open with
 * the year's total and close with their own reason; a district's 预算执行情况和预算草案 report whose first section
 * states the year before's 执行数 and whose second the draft year's plan.
 */
export const SCHOOL_BUDGET = [
  '柳湾镇中心小学2025年单位预算',
  '第一部分 柳湾镇中心小学概况',
  '一、主要职能',
  '承担本镇1-6年级学生的义务教育工作。',
  '第二部分 2025年单位预算情况说明',
  '一、收支预算总体情况',
  '(一)收入预算:2025年年初预算数532.40万元,其中:财政拨款收入496.40万元,其他收入36万元。较2024年增加43.10万元,主要是人员工资调标财政拨款收入增加28.10万元,其他收入增加15万元。',
  '(二)支出预算:2025年年初预算数532.40万元,其中:一般公共服务支出预算0万元,教育支出预算451.26万元,社会保障和就业支出预算48.32万元,卫生健康支出预算16.50万元,住房保障支出预算16.32万元。支出预算较2024年增加43.10万元,主要是教师绩效工资调标,教育支出增加28.10万元,其他支出增加15万元。',
].join('\n')

export const DISTRICT_REPORT = [
  '关于桐溪区2025年预算执行情况和2026年预算草案的报告',
  '一、2025年预算执行情况',
  '(一)一般公共预算',
  '全区财政总收入286亿元,比上年下降6.2%,其中地方一般公共预算收入152.4亿元,完成调整预算的101.3%,增长2.1%。',
  '全区一般公共预算支出210.5亿元,完成调整预算的97.8%。',
  '二、2026年预算草案',
  '全区财政总收入预计300亿元,增长4.9%;地方一般公共预算收入安排158亿元,增长3.7%。全区一般公共预算支出安排221亿元,全区政府性基金预算收入安排45亿元。',
].join('\n')

/** A city's 政府预算公开 whose report restates the year's plan before its execution, in 万元. */
export const CITY_REPORT = [
  '2023年度榆川市政府预算公开',
  '第一部分 预算草案报告',
  '关于2022年榆川市财政预算执行情况及',
  '2023年财政预算(草案)的报告',
  '——2023年1月10日在榆川市第十届人民代表大会',
  '第三次会议上',
  '榆川市财政局',
  '一、2022年财政收入预算执行情况',
  '(一)年初预算安排情况。',
  '2022年全市安排地方财政预算收入760000万元,其中:一般公共预算收入480000万元;政府性基金预算收入280000万元。',
  '(二)收入预算执行情况。',
  '2022年全年完成地方财政收入完成1400000万元,其中:',
  '1.一般公共预算收入完成800000万元,其中:(1)地方一般公共预算收入完成400000万元,同比下降0.3%(税收收入200000万元、政府非税收入200000万元);(2)新增地方政府债务收入300000万元。',
  '二、2023年财政预算草案',
  '2023年全市一般公共预算收入安排500000万元。',
].join('\n')

/** A county's 三公 page with no title: the county named only after each sentence's year, last year's execution and this year's budget. */
export const COUNTY_THREE_PUBLIC = [
  'https://example.gov.cn/detail?id=1',
  '按照有关规定,现将“三公”经费2024年执行情况和2025年预算情况予以公开。',
  '一、公开单位范围',
  '柳岸县机关事业单位因公出国(境)费、公务接待费、公务用车购置费、公务用车运行维护费。',
  '二、“三公”经费2024年执行情况和2025年预算情况',
  '2024年柳岸县“三公”经费执行数210.95万元,2025年“三公”经费预算数205.41万元,较上年预算数减少4.91万元,下降2.33%。',
  '(一)公务接待',
  '2024年柳岸县公务接待费执行数98.37万元。',
  '2025年柳岸县公务接待费预算数91.34万元,较上年预算数减少7.79万元。',
].join('\n')

const file = (name: string, text: string): SourceFile => ({ name, bytes: new TextEncoder().encode(text) })

export const proseSectionSources = (): SourceFile[] => [file('liuwan-school-2025-unit-budget.txt', SCHOOL_BUDGET), file('tongxi-2026-fiscal-report.txt', DISTRICT_REPORT), file('yuchuan-2023-gov-budget.txt', CITY_REPORT), file('liuan-2025-sangong.txt', COUNTY_THREE_PUBLIC)]
