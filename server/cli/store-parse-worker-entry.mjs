// The worker thread's entry: worker threads do not inherit tsx's loader, so register it, then run the TypeScript worker.
const { register } = await import('tsx/esm/api')

register()
await import('./store-parse-worker.ts')
