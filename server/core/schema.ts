import { z } from 'zod'
import { HISTORY_LIMITS } from './history-limits.js'

/**
 * The document model. Every domain object is one zod schema with its type beside it;
 * the same schemas validate the generated corpus when it is loaded.
 * Provenance: every row, paragraph and table carries its document id and 1-based source lines.
 */

export const MoneyUnit = z.enum(['元', '万元', '亿元', '千元'])
export type MoneyUnit = z.infer<typeof MoneyUnit>
export const isMoneyUnit = (u: string | undefined): u is MoneyUnit => !!u && (MoneyUnit.options as readonly string[]).includes(u)

/** 1-based inclusive source line range. */
export const Lines = z.tuple([z.number().int().min(1), z.number().int().min(1)])
export type Lines = z.infer<typeof Lines>

/** A number as printed, kept exactly: `text` is the source, `value` its decimal string without separators. */
export const Amount = z.object({
  text: z.string().describe('as printed, e.g. "41,944,713.02"'),
  value: z.string().describe('exact decimal, e.g. "41944713.02"'),
  unit: z.string().describe('元 / 万元 for money, % for a percentage, 人/名/个… for counts'),
  /** Exact money in fen (分, 0.01 元); set only for money. Integer arithmetic on this never drifts. */
  fen: z.number().int().optional(),
})
export type Amount = z.infer<typeof Amount>

export const Cell = z.object({
  column: z.number().int().min(0),
  text: z.string().describe('raw cell text, "" for an empty cell (an empty cell is not 0)'),
  amount: Amount.optional(),
  inferred: z.boolean().optional().describe('the layout lost empty cells; the column was inferred from sums or template order'),
})
export type Cell = z.infer<typeof Cell>

export const ColumnRole = z.enum([
  'code', 'name', 'total', 'basic', 'project', 'personnel', 'public', 'prior', 'growth',
  'amount', 'text', 'weight', 'unit', 'operator', 'target', 'core',
  // 决算 columns: 年初预算数, 调整预算数, 决算数, 增减额 (money); 完成预算% (a percentage, like growth)
  'initial', 'adjusted', 'final', 'change', 'completion',
  // 绩效自评表: 实际完成值 of an indicator, 得分 (points scored), 偏差原因
  'actual', 'score', 'reason',
])
export type ColumnRole = z.infer<typeof ColumnRole>

export const Side = z.enum(['income', 'spending'])
export type Side = z.infer<typeof Side>

export const Column = z.object({
  index: z.number().int().min(0),
  path: z.array(z.string()).describe('header cells from the outermost, e.g. ["2025年预算数","基本支出"]'),
  label: z.string().describe('path joined with " › "'),
  role: ColumnRole,
  year: z.number().int().optional(),
  side: Side.optional().describe('for two-sided 收支总表: which side this column belongs to'),
  candidates: z.array(z.string()).optional().describe('a header copied without its merged cells whose figures cannot tell which label this column has: the labels it may have (the column itself is left unlabelled)'),
})
export type Column = z.infer<typeof Column>

export const Indicator = z.object({
  name: z.string(),
  weight: z.string().optional(),
  unit: z.string().optional(),
  operator: z.string().optional().describe('≥ ≤ = > < 定性'),
  target: z.string().optional().describe('target value as printed'),
  levels: z.array(z.string()).optional().describe('一级/二级指标 where the table gives them'),
  core: z.string().optional(),
  actual: z.string().optional().describe('实际完成值 as printed (绩效自评表)'),
  score: z.string().optional().describe('得分 as printed (绩效自评表); absent when the cell is blank'),
  reason: z.string().optional().describe('偏差原因 as printed (绩效自评表)'),
})
export type Indicator = z.infer<typeof Indicator>

export const Row = z.object({
  id: z.string().describe('stable: <docId>/t<table>/r<row>'),
  index: z.number().int().min(0),
  code: z.string().optional().describe('科目编码 without spaces, e.g. 2101501'),
  name: z.string(),
  level: z.number().int().min(0).describe('0 for totals, 1 类, 2 款, 3 项 (or depth by indentation)'),
  parent: z.number().int().optional().describe('index of the parent row'),
  isTotal: z.boolean().describe('合计/总计/小计 rows'),
  side: Side.optional(),
  cells: z.array(Cell),
  indicator: Indicator.optional(),
  lines: Lines,
  printed: z.string().optional().describe('the name as printed, where it differs from the name read for meaning (Traditional script, pinyin glosses)'),
})
export type Row = z.infer<typeof Row>

export const TableKind = z.enum([
  'summary', // 收支总表 (two-sided)
  'fiscal-summary', // 财政拨款收支总表 (two-sided)
  'income', // 收入总表
  'spending', // 支出总表
  'general-spending', // 一般公共预算财政拨款支出表 (functional subjects)
  'basic-spending', // 基本支出表 (economic subjects)
  'project-spending', // 项目支出表
  'three-public', // 三公经费
  'gov-fund', // 政府性基金
  'state-capital', // 国有资本经营
  'procurement', // 政府采购
  'performance', // 绩效目标表
  'catalog', // 目录
  'other',
])
export type TableKind = z.infer<typeof TableKind>

export const Field = z.object({ key: z.string(), value: z.string(), amount: Amount.optional(), line: z.number().int() })
export type Field = z.infer<typeof Field>

/**
 * One of a web page's own particulars (发布机构：…, 来源：…, 发布时间：…) on a line the reader set apart as site
 * chrome: not in the text (never a paragraph, a figure or an organisation of the body), kept to be quoted and cited.
 */
export const PageField = z.object({
  key: z.string().describe('the label as read for meaning: 发布日期, 来源'),
  value: z.string().describe('as printed'),
  line: z.number().int().min(1).describe('the text line the page printed it under (line 1 when it came first)'),
  printed: z.string().describe('the whole line as printed'),
})
export type PageField = z.infer<typeof PageField>

export const Table = z.object({
  id: z.string().describe('stable: <docId>/t<index>'),
  docId: z.string(),
  index: z.number().int().min(0),
  number: z.string().optional().describe('as printed: 表一, 附件4-2, 表十一'),
  title: z.string(),
  kind: TableKind,
  unit: MoneyUnit.optional().describe('money unit declared for this table'),
  year: z.number().int().optional(),
  columns: z.array(Column),
  rows: z.array(Row),
  fields: z.array(Field).describe('key-value lines of form-like tables (绩效目标表: 项目名称, 当年预算…)'),
  noData: z.boolean().describe('the table says it has no data, or has no data rows'),
  notes: z.array(z.string()),
  reconciled: z.enum(['ok', 'mismatch', 'unchecked']).optional().describe("whether the table's totals agree with its rows and the other tables"),
  cutShort: z.boolean().optional().describe('the copy ends inside this table (its last figure broken off): its sums cannot be checked'),
  lines: Lines,
  headerLines: z.array(z.number().int()),
  captionLines: z.array(z.number().int()),
  printedTitle: z.string().optional().describe('the title as printed, where it differs from the title read for meaning'),
})
export type Table = z.infer<typeof Table>

export const Section = z.object({
  id: z.string(),
  level: z.number().int().min(1),
  title: z.string(),
  line: z.number().int().min(1),
  parent: z.string().optional(),
  printed: z.string().optional().describe('the title as printed, where it differs from the title read for meaning'),
})
export type Section = z.infer<typeof Section>

export const Paragraph = z.object({
  id: z.string().describe('stable: <docId>/p<index>'),
  docId: z.string(),
  index: z.number().int().min(0),
  section: z.string().optional().describe('id of the enclosing section'),
  heading: z.boolean().describe('true when the paragraph is itself a heading'),
  text: z.string().describe('the text read for meaning: Simplified characters, no pinyin glosses (server/core/read/meaning-view.ts)'),
  lines: Lines,
  printed: z.string().optional().describe('the paragraph as printed, where it differs from text: quotes come from it'),
})
export type Paragraph = z.infer<typeof Paragraph>

export const Unparsed = z.object({ line: z.number().int(), text: z.string(), reason: z.string() })
export type Unparsed = z.infer<typeof Unparsed>

/**
 * What the document is: 预算 or 决算, of a department (部门, with its units) or one unit, a 三公-only page, or a project's
 * 绩效自评 (a 项目支出绩效自评表 published on its own: the account of a finished year's project).
 */
/**
 * 财政预算: a place's government budget (预算执行情况和预算草案, the 总预算 its 财政局 compiles for the 人大), not a
 * department's; 财政决算: the same place's accounts of a closed year (its 决算 reported to the 人大 常委会).
 */
export const Scope = z.enum(['部门预算', '单位预算', '部门决算', '单位决算', '三公经费预算', '三公经费决算', '绩效自评', '财政预算', '财政决算'])
export type Scope = z.infer<typeof Scope>
/** 预算 (a plan) or 决算 (the accounts of a closed year, a self-evaluation of one among them): answers say which. */
export const stageOf = (scope: Scope): '预算' | '决算' => (scope.endsWith('决算') || scope === '绩效自评' ? '决算' : '预算')

/** The format a document was published in; the reader for it turns it into numbered text lines plus origins. */
export const SourceFormat = z.enum(['text', 'pdf', 'html', 'xlsx', 'docx'])
export type SourceFormat = z.infer<typeof SourceFormat>

/** A box on a PDF page in PDF units, origin at the page's top-left: [x, y, width, height]. */
export const Box = z.tuple([z.number(), z.number(), z.number(), z.number()])
export type Box = z.infer<typeof Box>

/**
 * Where one text line of a non-text source came from: a PDF page (the line's box, and one box per
 * tab-separated cell), or a spreadsheet sheet and row (cells are columns A, B, … in tab order).
 */
export const LineOrigin = z.object({
  page: z.number().int().min(1).optional(),
  box: Box.optional(),
  cells: z.array(Box).optional().describe('one box per tab-separated cell of the line, in order'),
  sheet: z.string().optional(),
  row: z.number().int().min(1).optional().describe('1-based sheet row'),
  cols: z.array(z.string()).optional().describe('sheet column letters, one per tab-separated cell'),
})
export type LineOrigin = z.infer<typeof LineOrigin>

export const BudgetDocument = z.object({
  id: z.string().describe('from the file name, e.g. 003_0fc2e566332e2aa9'),
  file: z.string(),
  title: z.string().describe('as printed (org, region and the rest are read from the meaning view)'),
  org: z.string().describe('full name as printed, in Simplified characters (the meaning view), e.g. 原重庆市江北区医疗保障事务中心'),
  printedOrg: z.string().optional().describe('the organisation as the page prints it, where that differs from `org` (Traditional script, pinyin glosses)'),
  region: z.string().optional().describe('district or county, e.g. 江北区'),
  city: z.string().optional(),
  province: z.string().optional().describe('a province printed before the organisation, kept apart from its name: 新疆 of 新疆疆岚县水利局'),
  year: z.number().int(),
  scope: Scope,
  stageFromWords: z.boolean().optional().describe('the stage (预算/决算) is not said on the page; read from its words (rule stage-by-words)'),
  yearFromDate: z.string().optional().describe('the year is said nowhere on the page; read from its publication date, given here (rule year-from-date)'),
  period: z.string().optional().describe('the part of the year the document reports (1-6月, 上半年, 一季度): its figures are that part\'s, never the whole year\'s (rule part-year)'),
  unit: MoneyUnit.optional().describe('the unit most tables declare'),
  format: SourceFormat.optional().describe('absent for text'),
  version: z.number().int().min(1).optional().describe('1 for the first publication; a replacement increments it'),
  sha256: z.string().optional().describe('of the original bytes'),
  metadataNeeded: z.array(z.enum(['org', 'year', 'scope'])).optional().describe('fields that could not be read: the document is held but not answerable (an unnamed page only when asked by its title, an undated page saying its year is not written)'),
  alsoNamed: z.array(z.string()).optional().describe('the organisation as the document\'s own sentences name it where its title names it otherwise (rule body-also-named): a question naming it so finds the document'),
  speaksFor: z.array(z.string()).optional()
    .describe('other organisations a 绩效自评 form is filed for (its 主管部门 beside its 实施单位 `org`): naming one finds the form, which answers only of its project'),
  origins: z.array(LineOrigin.nullable()).optional().describe('per source line (index = line - 1), for non-text formats'),
  imageTables: z.array(z.object({ page: z.number().int().optional(), line: z.number().int().optional(), note: z.string() })).optional()
    .describe('tables published as images: noted, never guessed'),
  pageFields: z.array(PageField).optional().describe("a web page's particulars printed around the document (rule page-lines)"),
  lineCount: z.number().int(),
  sections: z.array(Section),
  paragraphs: z.array(Paragraph),
  tables: z.array(Table),
  unparsed: z.array(Unparsed),
})
export type BudgetDocument = z.infer<typeof BudgetDocument>

/** A document whose tables print no row: its figures are stated in its prose only (a place's report, a notice). */
export const proseOnly = (doc: BudgetDocument): boolean => doc.tables.every((t) => !t.rows.length)

export const IngestError = z.object({ file: z.string(), line: z.number().int().optional(), message: z.string() })
export type IngestError = z.infer<typeof IngestError>

export const Corpus = z.object({
  version: z.literal(1),
  documents: z.array(BudgetDocument),
  errors: z.array(IngestError),
})
export type Corpus = z.infer<typeof Corpus>

/** A pointer to the exact source of a figure: a table row (and column), or a paragraph. */
export const Citation = z.object({
  kind: z.enum(['row', 'paragraph', 'field']),
  docId: z.string(),
  org: z.string(),
  orgPrinted: z.string().optional().describe('the organisation as the cited page prints it, where that differs (Traditional script)'),
  year: z.number().int(),
  tableId: z.string().optional(),
  tableNumber: z.string().optional(),
  tableTitle: z.string().optional(),
  rowId: z.string().optional(),
  code: z.string().optional(),
  rowName: z.string().optional(),
  column: z.string().optional(),
  value: z.string().optional().describe('as printed'),
  unit: z.string().optional(),
  paragraphId: z.string().optional(),
  text: z.string().optional().describe('the paragraph (or an excerpt) for prose citations'),
  lines: Lines,
  page: z.number().int().optional().describe('PDF page of the cited row or paragraph'),
  box: Box.optional().describe('PDF box of the cited cell (or the row) on that page'),
  sheet: z.string().optional(),
  cellRange: z.string().optional().describe('spreadsheet range, e.g. C12 or A12:F12'),
  version: z.number().int().optional(),
  scope: Scope.optional().describe('预算/决算 kind of the cited document'),
  title: z.string().optional().describe('the title of the cited document as printed'),
  presenter: z.string().max(60).optional().describe('the body that made the cited government budget report, as its head prints it (某市财政局)'),
  section: z.string().optional().describe('headings enclosing a cited paragraph (or the levels an indicator row is printed under), outermost first, joined by " › "'),
  project: z.string().optional().describe('the project of a 绩效 form the cited table belongs to (its 项目名称), as printed'),
  label: z.string().optional().describe('the label a cited paragraph opens with, run into its text ("1.一般公共预算执行情况。"), as printed'),
})
export type Citation = z.infer<typeof Citation>

export const ChatMessage = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(HISTORY_LIMITS.messageChars),
})
export type ChatMessage = z.infer<typeof ChatMessage>

export const AskRequest = z.object({
  question: z.string().trim().min(1, 'question must not be empty').max(500, 'question is longer than 500 characters'),
  history: z
    .array(ChatMessage)
    .max(HISTORY_LIMITS.messages, `history holds at most ${HISTORY_LIMITS.messages} messages`)
    .refine((h) => h.reduce((n, m) => n + m.content.length, 0) <= HISTORY_LIMITS.totalChars, {
      message: `合计超过 ${HISTORY_LIMITS.totalChars} 个字`,
    })
    .optional(),
  org: z.string().max(100).optional().describe('scope: the organisation whose site embeds the widget'),
})
export type AskRequest = z.infer<typeof AskRequest>

export const ToolCallRecord = z.object({ toolName: z.string(), input: z.unknown(), ok: z.boolean() })
export type ToolCallRecord = z.infer<typeof ToolCallRecord>

/** A chartable series for comparisons and rankings. */
export const ChartBar = z.object({ label: z.string(), yuan: z.number(), text: z.string() })
export type ChartBar = z.infer<typeof ChartBar>

export const AskResponse = z.object({
  answer: z.string(),
  citations: z.array(Citation),
  toolCalls: z.array(ToolCallRecord),
  mode: z.enum(['offline', 'model']),
  chart: z.array(ChartBar).optional(),
  notes: z.array(z.string()).optional(),
})
export type AskResponse = z.infer<typeof AskResponse>
