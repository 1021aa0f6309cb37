import { describe, expect, it } from 'vitest'
import type { Finding } from '../../server/core/checks/finding.js'
import { plainFinding } from '../../server/core/checks/plain-finding.js'

const finding = (a: string, b: string): Finding => ({
  id: 'x:cross-table:1',
  docId: 'x',
  kind: 'cross-table',
  severity: 'warning',
  message: 'm',
  figures: [
    { label: a, text: '11,935.23', unit: '万元', fen: 1 },
    { label: b, text: '12,629.23', unit: '万元', fen: 2 },
  ],
  citations: [{ kind: 'row', docId: 'x', org: 'o', year: 2026, lines: [1, 1] }],
})

describe('plainFinding: which two places disagree, named plainly', () => {
  it('a number before the title (表四《…》) names the table', () => {
    expect(plainFinding(finding('表四《一般公共预算支出表》 › 合计 › 基本支出', '正文：基本支出'))).toBe('文件前后不一致（合计）：表四写11,935.23万元，正文写12,629.23万元。')
  })
  it('a number inside the title (《表三部门支出总表》) names the table by it, never an empty side', () => {
    const text = plainFinding(finding('正文：支出总额', '《表三部门支出总表》 › 合计 › 合计'))
    expect(text).toBe('文件前后不一致（支出总额）：正文写11,935.23万元，表三写12,629.23万元。')
  })
  it('a title without a number is named by the title; 附表 and 公开N表 numbers are kept', () => {
    expect(plainFinding(finding('《部门收支总表》 › 合计', '《附表2一般公共预算支出表》 › 合计'))).toContain('《部门收支总表》写11,935.23万元，附表2写12,629.23万元')
    expect(plainFinding(finding('《公开09表财政拨款“三公”经费支出决算表》 › 合计', '正文：三公'))).toContain('公开09表写')
  })
  it('beside an answer stating one side’s figure, names the other side without restating its figure', () => {
    const f = finding('正文：住房保障支出', '表3《部门支出总表》 › 住房保障支出')
    expect(plainFinding(f, '某局住房保障支出为12,629.23万元。')).toBe('文件前后不一致（住房保障支出）：表3写12,629.23万元，正文所写的数与此不同（见所附正文引文）。')
    // (neither side stated, or both: both figures are given)
    expect(plainFinding(f, '某局支出合计为1.00万元。')).toContain('正文写11,935.23万元，表3写12,629.23万元')
  })
})
