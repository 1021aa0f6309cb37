/**
 * Zip bombs in XLSX/DOCX: read only the central directory (the end of the file) and reject the archive when the
 * declared uncompressed sizes pass the budget, before any entry is inflated. A declared size can lie; the reader's
 * own memory budget (the parse worker's heap limit) is the second line.
 */
export interface ZipBudget { maxTotalBytes: number; maxEntries: number; maxRatio: number }

export const DEFAULT_ZIP_BUDGET: ZipBudget = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 5000, maxRatio: 200 }

/** undefined when the archive is within budget, else why not. */
export function zipProblem(bytes: Uint8Array, budget: ZipBudget = DEFAULT_ZIP_BUDGET): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // end of central directory: signature 0x06054b50, within the last 22 + 65535 bytes
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break }
  }
  if (eocd < 0) return 'not a complete zip archive (no central directory)'
  const entries = view.getUint16(eocd + 10, true)
  const cdSize = view.getUint32(eocd + 12, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  if (entries === 0xffff || cdOffset === 0xffffffff) return 'zip64 archives are not accepted'
  if (entries > budget.maxEntries) return `the archive holds ${entries} files (at most ${budget.maxEntries})`
  if (cdOffset + cdSize > eocd) return 'broken zip archive (central directory out of range)'
  let total = 0
  let compressed = 0
  let p = cdOffset
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return 'broken zip archive (bad central directory entry)'
    const csize = view.getUint32(p + 20, true)
    const usize = view.getUint32(p + 24, true)
    if (csize === 0xffffffff || usize === 0xffffffff) return 'zip64 entries are not accepted'
    total += usize
    compressed += csize
    if (total > budget.maxTotalBytes) return `the archive expands to more than ${Math.round(budget.maxTotalBytes / 1048576)} MB`
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  if (total > 1024 * 1024 && total > compressed * budget.maxRatio) return `the archive expands ${Math.round(total / Math.max(1, compressed))}× (a zip bomb?)`
  return undefined
}
