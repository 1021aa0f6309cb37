/** The Node service plus a bare Hono route (/__bare) on the same server, for `npm run bench` only. */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createNodeApp } from '../node-app.js'

const { app } = createNodeApp(process.env)
const outer = new Hono().get('/__bare', (c) => c.text('ok')).route('/', app)
serve({ fetch: outer.fetch, port: Number(process.env.PORT ?? 8787), hostname: process.env.HOST ?? '127.0.0.1' })
