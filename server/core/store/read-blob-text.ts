import type { BlobStore } from './port.js'

const dec = new TextDecoder()

/** A blob as UTF-8 text: decoded by the store where it can (BlobStore.getText), else here. */
export async function readBlobText(blobs: BlobStore, key: string): Promise<string | undefined> {
  if (blobs.getText) return blobs.getText(key)
  const bytes = await blobs.get(key)
  return bytes && dec.decode(bytes)
}

/** A JSON blob, parsed (undefined when there is none). */
export async function readBlobJson<T>(blobs: BlobStore, key: string): Promise<T | undefined> {
  const text = await readBlobText(blobs, key)
  return text === undefined ? undefined : (JSON.parse(text) as T)
}
