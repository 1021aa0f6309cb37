/**
 * npm start: the service on Node. Loads data/corpus.json and data/search-index.json once, serves the API
 * and web/dist. PORT (8787) and HOST (127.0.0.1; set 0.0.0.0 to listen on every interface) choose the address.
 */
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import { createNodeApp } from './node-app.js'
import { capConnections, nodeServerLimits, nodeServerOptions } from './node-server-limits.js'

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'

let loaded: ReturnType<typeof createNodeApp>
try {
  loaded = createNodeApp(process.env)
} catch (e) {
  console.error(`明账: cannot load data/corpus.json and data/search-index.json (run \`npm run ingest\`): ${(e as Error).message}`)
  process.exit(1)
}

await loaded.ready
const limits = nodeServerLimits(process.env)
const server = serve({ fetch: loaded.app.fetch, port, hostname: host, serverOptions: nodeServerOptions(limits) }, (info) => {
  const mode = process.env.OPENAI_API_KEY ? `model ${process.env.OPENAI_MODEL ?? 'gpt-4o-mini'}` : 'offline'
  console.log(`明账 listening on http://${info.address}:${info.port} (${loaded.corpus.documents.length} documents, ${mode})`)
})

capConnections(server as Server, limits)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref() // open streams get two seconds
  })
}
