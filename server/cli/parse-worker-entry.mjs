// The worker thread's entry: worker threads do not inherit tsx's loader, so register it, then run the TypeScript worker.
// pdf.js (1 MB, and its 2 MB worker module, with 8 MB of source maps) is loaded first, natively: through tsx's loader
// it takes ten times as long, which a fresh thread pays for every file after one that failed. The reader's own import
// of pdf.js then finds it in the module cache; `pdfjsWorker` spares pdf.js loading its worker module again.
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
await import('pdfjs-dist/legacy/build/pdf.mjs')
const { register } = await import('tsx/esm/api')

register()
await import('./parse-worker.ts')
