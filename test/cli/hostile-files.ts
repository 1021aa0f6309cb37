import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Hostile seed files (the list), generated: name → bytes. */
export function hostileFiles(seedsDir: string): Record<string, Buffer> {
  const seed = readFileSync(join(seedsDir, '000_2fddbe7bbff04751.txt'), 'utf8')
  const head = seed.split('\n').slice(0, 6).join('\n')
  const smallTable = (i: number) => `表${i} 测试表${i}\n单位：万元\n科目编码\t科目名称\t金额\n2010101\t行政运行${i}\t1.00\n`
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `${2010000 + i}\t项目${i}\t${i}.00`).join('\n')
  return {
    'h1_many_tables.txt': Buffer.from(`${head}\n${Array.from({ length: 3000 }, (_, i) => smallTable(i)).join('\n')}`),
    'h2_prose_50mb.txt': Buffer.from(`${head}\n${'本单位认真贯彻落实预算管理要求。'.repeat(1_100_000)}`),
    'h3_million_lines.txt': Buffer.from(`${head}\n${'说明\n'.repeat(1_000_000)}`),
    'h4_200k_rows.txt': Buffer.from(`${head}\n表一 大表\n单位：万元\n科目编码\t科目名称\t金额\n${rows(200_000)}\n`),
    'h5_single_line_22mb.txt': Buffer.from(`${head}\n${'预'.repeat(7_500_000)}`),
    'h6_gbk.txt': Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0xca, 0xd0, 0x0a, 0xb2, 0xbf, 0xc3, 0xc5, 0xd4, 0xa4, 0xcb, 0xe3]),
    'h7_utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.slice(0, 2000), 'utf16le')]),
  }
}
