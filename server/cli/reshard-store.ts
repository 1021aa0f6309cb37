/**
 * npm run reshard:store [-- --store DIR]: the shards of a store written before a shard's head was stored in parts
 * (server/core/corpus/shard-head.ts) rewritten in that layout, one at a time, parsing no document again: the same
 * document, findings and lunr index, so every answer is the same, and a question then decodes only the rows and
 * findings it reads. `npm run ingest:store` writes the new layout but leaves unchanged files' shards as they are;
 * older heads load as before. Shards already in parts are left alone, so a second run only reads.
 */
import { join } from 'node:path'
import { inParts } from '../core/corpus/shard.js'
import { projectRoot } from '../node-app.js'
import { createFsStore } from '../store/fs-store.js'

const i = process.argv.indexOf('--store')
const dir = i > 0 && process.argv[i + 1] ? process.argv[i + 1] : join(projectRoot, 'data', 'store')
const { blobs } = createFsStore(dir)
const t0 = performance.now()
let rewritten = 0
let left = 0
for (const key of await blobs.list('shards/')) {
  const bytes = await blobs.get(key)
  const next = bytes && inParts(bytes)
  if (next) {
    await blobs.put(key, next)
    rewritten++
  } else left++
  if ((rewritten + left) % 1000 === 0) console.log(`  ${rewritten + left} shards read`)
}
console.log(`${rewritten} shards rewritten in parts, ${left} left as they were, in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dir}`)
