/** data/corpus.json (validated at ingest). */
export declare const corpusJson: unknown
/** data/search-index.json (lunr, serialized at ingest). */
export declare const searchIndexJson: unknown
