import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { foldMeaning } from '../../server/core/read/meaning-view.js'

/**
 * Session 38 (from blind85's page of a PDF shown as HTML): an amount wrapped between its 万 and its 元 ("1.5万" / "元。")
 * joins as printed, 1.5万元, never 1.5万元元: the bare-money-unit fold does not read a line's last 万 as bare.
 */
describe('a 万 at a line’s end', () => {
  it('is left for the next line’s 元', () => {
    expect(foldMeaning('公务接待费支出决算 1.5万\n元。')).toBe('公务接待费支出决算 1.5万\n元。')
    // (a 万 closing a line the next does not complete is still 万元: "上级补助收入0万" / "（存档副本至此中断…）")
    expect(foldMeaning('上级补助收入0万\n（存档副本至此中断）')).toBe('上级补助收入0万元\n（存档副本至此中断）')
    expect(foldMeaning('合计为1000.86万,其中')).toBe('合计为1000.86万元,其中')
  })
  it('joins the wrapped paragraph as printed', async () => {
    const html = '<html><head><title>某中心2020年决算</title></head><body><p>公务用车运行费支出决算3.98万元;公务接待费支出决算 1.5万</p><p>元。</p></body></html>'
    const { corpus } = buildCorpus(await readSources([{ name: 'a-2020-x.html', bytes: new TextEncoder().encode(html) }]))
    const texts = corpus.documents[0].paragraphs.map((p) => p.text).join('|')
    expect(texts).toContain('1.5万元。')
    expect(texts).not.toContain('万元元')
  })
})
