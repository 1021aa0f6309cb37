/**
 * The hostile seed files of issue 12, generated (nothing this large is committed): name → bytes, and whether the
 * file should ingest. Used by `npm run bench:ingest` and the ingest test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface HostileFile {
  bytes: Buffer
  /** true: a disclosure in another encoding, to be read and published; false: to fail alone with a named error */
  ingests: boolean
  /** the error the file must fail with */
  error?: RegExp
}

/** Every character GBK encodes, from the decoder itself (Node has no GBK encoder). */
function gbkEncoder(): (text: string) => Buffer {
  const decoder = new TextDecoder('gbk')
  const table = new Map<string, number[]>()
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  return (text) => {
    const out: number[] = []
    for (const ch of text) {
      const code = ch.codePointAt(0)!
      if (code < 0x80) out.push(code)
      else {
        const bytes = table.get(ch)
        if (!bytes) throw new Error(`GBK cannot encode ${ch}`)
        out.push(...bytes)
      }
    }
    return Buffer.from(out)
  }
}

/** Han characters that rarely repeat a pair: about two distinct search tokens a character. */
function variedText(n: number): string {
  let s = 11
  let out = ''
  for (let i = 0; i < n; i++) {
    s = (s * 48271) % 2147483647
    out += String.fromCharCode(0x4e00 + (s % 6000))
  }
  return out
}

export function hostileFiles(seedsDir: string): Record<string, HostileFile> {
  const seed = (name: string) => readFileSync(join(seedsDir, name), 'utf8')
  const first = seed('000_2fddbe7bbff04751.txt')
  const head = first.split('\n').slice(0, 6).join('\n')
  // whole disclosures in another encoding, under another organisation's name so they are documents of their own
  const renamed = (text: string, from: string, to: string) => text.split(from).join(to)
  // (no-break spaces have no GBK code: a file published in GBK has plain ones)
  const gbk = renamed(seed('001_cd2bf2452b9921dd.txt'), '綦江区', '青溪区').replace(/\u00a0/g, ' ')
  const utf16 = renamed(seed('004_8de5198946ae3720.txt'), '南岸区', '白石区')
  const smallTable = (i: number) => `表${i + 1} 一般公共预算支出表\n单位：万元\n科目编码\t科目名称\t金额\n2010101\t行政运行\t${i}.00\n`
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `${2010000 + i}\t项目${i}\t${i}.00`).join('\n')
  return {
    'h1_many_tables.txt': {
      bytes: Buffer.from(`${head}\n${Array.from({ length: 3000 }, (_, i) => smallTable(i)).join('\n')}`),
      ingests: false,
      error: /h1_many_tables\.txt:\d* .*(tables \(limit 300\)|a paragraph of [\d,]+ characters)/,
    },
    'h2_prose_50mb.txt': { bytes: Buffer.from(`${head}\n${'本单位认真贯彻落实预算管理要求。'.repeat(1_100_000)}`), ingests: false, error: /h2_prose_50mb\.txt:1 .*bytes/ },
    'h3_million_lines.txt': { bytes: Buffer.from(`${head}\n${'说明\n'.repeat(1_000_000)}`), ingests: false, error: /h3_million_lines\.txt:\d+ .*more than 200,000 lines/ },
    'h4_200k_rows.txt': { bytes: Buffer.from(`${head}\n表一 大表\n单位：万元\n科目编码\t科目名称\t金额\n${rows(200_000)}\n`), ingests: false, error: /h4_200k_rows\.txt:\d+ .*(more than 200,000 lines|rows \(limit)/ },
    'h5_single_line_22mb.txt': { bytes: Buffer.from(`${head}\n${'预'.repeat(7_500_000)}`), ingests: false, error: /h5_single_line_22mb\.txt:1 .*bytes/ },
    'h6_gbk.txt': { bytes: gbkEncoder()(gbk), ingests: true },
    'h7_utf16.txt': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]), ingests: true },
    'h8_varied_paragraph.txt': { bytes: Buffer.from(`${head}\n${variedText(8_000)}\n`), ingests: false, error: /h8_varied_paragraph\.txt:\d+ .*distinct search tokens \(limit 5,000\)/ },
  }
}
