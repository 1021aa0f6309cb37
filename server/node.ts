/**
 * npm start: the service on Node. Loads data/corpus.json and data/search-index.json once (or, with STORE_DIR set,
 * reads a store directory written by `npm run ingest:store`: catalog in memory, documents on demand), serves the API
 * and web/dist. PORT (8787) and HOST (127.0.0.1; set 0.0.0.0 to listen on every interface) choose the address.
 */
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import { createNodeApp, createNodeStoreApp } from './node-app.js'
import { capConnections, nodeServerLimits, nodeServerOptions } from './node-server-limits.js'

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'

let loaded: { app: ReturnType<typeof createNodeApp>['app']; documents: number; ready: Promise<void> }
const storeDir = process.env.STORE_DIR
try {
  if (storeDir) loaded = await createNodeStoreApp(process.env, storeDir)
  else {
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
  console.log(`明账 listening on http://${info.address}:${info.port} (${loaded.documents} documents${storeDir ? ` from ${storeDir}` : ''}, ${mode})`)
})

capConnections(server as Server, limits)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref() // open streams get two seconds
  })
}
