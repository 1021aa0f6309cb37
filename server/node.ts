/**
 * npm start: the service on Node. Loads data/corpus.json and data/search-index.json once; or serves a store
 * directory (catalog in memory, documents on demand): STORE_DIR (written by `npm run ingest:store`), or, with staff
 * accounts configured and no STORE_DIR, data/store with the corpus `npm run ingest` built imported into it on start
 * (STORE_IMPORT_CORPUS=1 imports it into a STORE_DIR too). Serves the API and web/dist. PORT (8787) and HOST
 * (127.0.0.1; set 0.0.0.0 to listen on every interface) choose the address.
 */
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { createNodeApp, createNodeStoreApp, projectRoot } from './node-app.js'
import { staffConfigured } from './staff/staff-wiring.js'
import { capConnections, nodeServerLimits, nodeServerOptions } from './node-server-limits.js'

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'

let loaded: { app: ReturnType<typeof createNodeApp>['app']; documents: number; ready: Promise<void> }
const staff = staffConfigured(process.env)
const storeDir = process.env.STORE_DIR || (staff ? join(projectRoot, 'data', 'store') : undefined)
try {
  if (storeDir) {
    const importBuilt = process.env.STORE_IMPORT_CORPUS ? process.env.STORE_IMPORT_CORPUS === '1' : !process.env.STORE_DIR
    const opened = await createNodeStoreApp(process.env, storeDir, { importBuilt })
    const i = opened.imported
    if (i) console.log(`明账: data/corpus.json → ${storeDir}: ${i.written.length} written, ${i.skipped} unchanged, ${i.unpublished.length} unpublished${i.heldByStaff.length ? `, ${i.heldByStaff.length} left as staff published them (${i.heldByStaff.join(', ')})` : ''}${i.missingOriginal.length ? `, ${i.missingOriginal.length} without their file in seeds/` : ''}`)
    loaded = opened
  } else {
    const { app, corpus, ready } = createNodeApp(process.env)
    loaded = { app, documents: corpus.documents.length, ready }
  }
} catch (e) {
  const what = storeDir ? `the store in ${storeDir} (run \`npm run ingest:store\`)` : 'data/corpus.json and data/search-index.json (run `npm run ingest`)'
  console.error(`明账: cannot load ${what}: ${(e as Error).message}`)
  process.exit(1)
}

await loaded.ready
const limits = nodeServerLimits(process.env)
const server = serve({ fetch: loaded.app.fetch, port, hostname: host, serverOptions: nodeServerOptions(limits) }, (info) => {
  const mode = process.env.OPENAI_API_KEY ? `model ${process.env.OPENAI_MODEL ?? 'gpt-4o-mini'}` : 'offline'
  console.log(`明账 listening on http://${info.address}:${info.port} (${loaded.documents} documents${storeDir ? ` from ${storeDir}` : ''}, ${mode}${staff ? ', staff publishing on /staff' : ''})`)
})

capConnections(server as Server, limits)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref() // open streams get two seconds
  })
}
