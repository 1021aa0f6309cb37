// A parse worker's entry: plain JS so that node can start it, then the TypeScript parser through tsx.
import { register } from 'tsx/esm/api'

register()
await import('./parse-worker-main.ts')
