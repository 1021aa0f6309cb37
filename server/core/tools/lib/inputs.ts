import { z } from 'zod'
import { ColumnRole, TableKind } from '../../schema.js'

/** Input fields shared by several tools, each described for a language model as much as for the planner. */
export const OrgInput = z
  .string()
  .max(100)
  .describe('organisation, full or partial: "重庆市江北区医疗保障事务中心", "江北区医保中心", "江北", "渝北区医保局"; omit for all')
export const YearInput = z
  .number()
  .int()
  .min(1990)
  .max(2100)
  .describe('budget year, e.g. 2025; a document also holds its prior year where a table has a prior-year column')
export const DocIdInput = z.string().describe('document id from list-documents, e.g. 003_0fc2e566332e2aa9')
export const NameInput = z
  .string()
  .max(100)
  .describe('subject or concept name as printed or close to it: 住房保障支出, 公务用车运行费, 水费, 三公经费, 支出预算, 人员经费')
export const CodeInput = z.string().regex(/^\d{3,9}$/).describe('科目编码 (subject code), e.g. 2101506 (functional) or 30217 (economic)')
export const TableKindInput = TableKind.describe(
  'table kind: general-spending 一般公共预算支出表, basic-spending 基本支出表, project-spending 项目支出表, spending 支出总表, income 收入总表, summary 收支总表, fiscal-summary 财政拨款收支总表, three-public 三公经费表, performance 绩效目标表',
)
export const ColumnInput = ColumnRole.describe(
  'column: total 合计/总计/小计 (default), basic 基本支出, project 项目支出, personnel 人员经费, public 公用经费, prior 上年预算数, growth 增幅%',
)
export const ColumnLabelInput = z.string().max(60).describe('column header text to match instead of a role, e.g. 公务接待费 or 2024年预算数')
export const LimitInput = (n: number) => z.number().int().min(1).max(100).default(n).describe(`maximum results (default ${n})`)
export const LevelInput = z
  .enum(['类', '款', '项'])
  .describe('level of the classification written after a subject name, 医疗救助（款）: 类 = 3-digit code, 款 = 5-digit, 项 = 7-digit')
