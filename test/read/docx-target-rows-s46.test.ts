import * as X from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../server/core/engine.js'

// Session 46 (blind100's 卫健局 部门预算 .docx): the 项目支出绩效目标表 set one indicator a row, the project's own cells
// merged down its rows (vMerge); each row was read as a form of its own and no indicator was read from them: "HPV疫苗
// 接种人数的目标是多少" got the list of projects, and a project's targets only its first indicator.
function docx(): Uint8Array {
  const zip = X.CFB.utils.cfb_new()
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const cell = (t: string, merge?: 'restart' | 'continue') => `<w:tc><w:tcPr>${merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge ? '<w:vMerge/>' : ''}</w:tcPr><w:p>${t ? `<w:r><w:t>${t}</w:t></w:r>` : ''}</w:p></w:tc>`
  const row = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`
  const table = [
    row(['项目名称', '实施单位', '预算金额', '绩效指标', '指标值'].map((t) => cell(t))),
    row([cell('基本公共卫生服务项目', 'restart'), cell('局机关', 'restart'), cell('1680.00', 'restart'), cell('居民规范化电子健康档案覆盖率'), cell('≥64%')]),
    row([cell('', 'continue'), cell('', 'continue'), cell('', 'continue'), cell('65岁及以上老年人健康管理服务率'), cell('≥62%')]),
    row([cell('重大公共卫生服务项目', 'restart'), cell('局机关', 'restart'), cell('362.00', 'restart'), cell('适龄儿童国家免疫规划疫苗接种率'), cell('≥90%')]),
    row([cell('', 'continue'), cell('', 'continue'), cell('', 'continue'), cell('适龄女生HPV疫苗接种人数'), cell('≥1800人')]),
  ].join('')
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body><w:p><w:r><w:t>青禾县卫生健康局2025年部门预算</w:t></w:r></w:p>`
      + '<w:p><w:r><w:t>表9 项目支出绩效目标表</w:t></w:r></w:p><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p>'
      + `<w:tbl>${table}</w:tbl></w:body></w:document>`,
  }
  for (const [name, text] of Object.entries(files)) X.CFB.utils.cfb_add(zip, name, Buffer.from(text, 'utf8'))
  return new Uint8Array(X.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer)
}

describe('a target table set one indicator a row, its project\'s cells merged down', () => {
  it('answers an indicator named by its words, and a project with all its indicators', async () => {
    const engine = createEngine(buildCorpus(await readSources([{ name: 'qinghe-wjj-2025.docx', bytes: docx() }])).corpus)
    const hpv = engine.ask({ question: '青禾县卫生健康局HPV疫苗接种人数的目标是多少' })
    expect(hpv.answer).toContain('≥1800人')
    expect(hpv.answer).not.toContain('≥90%')
    const project = engine.ask({ question: '青禾县卫生健康局重大公共卫生服务项目的绩效目标是什么' }).answer
    expect(project).toContain('≥90%')
    expect(project).toContain('≥1800人')
  })
})
