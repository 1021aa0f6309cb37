// The corpus and the prebuilt search index, bundled into the Worker (no file system on Workers).
// A .js file with a .d.ts beside it, so the type checker never infers types from 2 MB of JSON.
export { default as corpusJson } from '../data/corpus.json'
export { default as searchIndexJson } from '../data/search-index.json'
