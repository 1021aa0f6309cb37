import type { LineOrigin, SourceFormat } from '../schema.js'

/**
 * What a reader makes of one published file: numbered text lines the parser reads (table cells separated by
 * tabs, an empty cell an empty field), plus where each line came from. Readers are pure: bytes in, lines out.
 */
export interface ReadResult {
  format: SourceFormat
  /** lines joined with \n; line N of the text is origins[N - 1] */
  text: string
  origins?: (LineOrigin | null)[]
  /** tables published as images (a page with an image and no text table): noted in the report, never guessed */
  imageTables?: { page?: number; line?: number; note: string }[]
  warnings: string[]
  /** the file's own title where it has one apart from the text (a web page's <title>): a fallback for metadata */
  title?: string
  /** who published it, as the page says (来源：/ 发布机构：): a fallback for the organisation */
  publisher?: string
  /** the site's owner, as its footer says (版权所有：某县人民医院): the organisation only when nothing else names one */
  siteOwner?: string
  /** when the page says it was published ("2020-09-27", from a date line the reader dropped as site chrome) */
  published?: string
  /**
   * the page's own particulars (发布机构：…, 来源：…, 发布时间：…) on lines dropped as site chrome, as printed, each
   * with the text line it was printed under (1 when it came first): kept to be cited, never read as text
   */
  pageLines?: { line: number; text: string }[]
}

export type Reader = (name: string, bytes: Uint8Array) => Promise<ReadResult>
