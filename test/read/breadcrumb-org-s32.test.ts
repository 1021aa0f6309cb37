import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 32: a page whose title and text never name their body ("2018年第四季度“三公经费”管理使用情况", "我局…"),
 * under a breadcrumb naming it ("当前位置：首页 > … > 乐水县林业局 > 财政预决算"): the breadcrumb's body is the page's
 * publisher (rule breadcrumb-org); a breadcrumb naming no body with its place names none. Made-up pages.
 */
const page = (crumb: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2018年第四季度“三公经费”管理使用情况</title></head><body>
<p>${crumb}</p>
<p>2018年第四季度“三公经费”管理使用情况</p>
<p>2018年第四季度，我局“三公”经费支出合计6.20万元，其中：公务接待费1.20万元，公务用车运行维护费5.00万元。</p>
</body></html>`

describe('a page named only by its breadcrumb', () => {
  it('is the body the breadcrumb names with its place', async () => {
    const { corpus } = buildCorpus(await readSources([{ name: 'ls-lyj-2018q4-sangong.html', bytes: new TextEncoder().encode(page('当前位置：首页 > 信息公开 > 部门信息公开 > 乐水县林业局 > 财政预决算')) }]))
    expect(corpus.documents[0]?.org).toBe('乐水县林业局')
  })
  it('is no body when the breadcrumb names only sections', async () => {
    const built = buildCorpus(await readSources([{ name: 'ls-2018q4-sangong.html', bytes: new TextEncoder().encode(page('当前位置：首页 > 信息公开 > 财政预决算')) }]))
    expect(built.corpus.documents.map((d) => d.org)).not.toContain('信息公开')
    expect(built.corpus.documents.some((d) => d.org === '乐水县林业局')).toBe(false)
  })
})
