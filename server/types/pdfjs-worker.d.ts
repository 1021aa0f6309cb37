/** pdf.js's worker module (no types of its own): imported on Workers so pdf.js runs its parser in the isolate. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
