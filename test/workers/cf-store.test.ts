import { env } from 'cloudflare:workers'
import { createCfStore, type D1Like, type R2BucketLike } from '../../server/store/cf-store.js'
import { storeContract } from '../store/store-contract.js'

const bindings = env as unknown as { CONTRACT_DB: D1Like; CONTRACT_BLOBS: R2BucketLike }

/** The storage port's contract on R2 + D1 (an empty bucket and database of their own, emptied before each case). */
storeContract('R2 + D1', async () => {
  const store = createCfStore({ DB: bindings.CONTRACT_DB, BLOBS: bindings.CONTRACT_BLOBS })
  await store.catalog.cursor() // the tables exist from here
  await bindings.CONTRACT_DB.batch(['catalog', 'catalog_changes', 'audit'].map((t) => bindings.CONTRACT_DB.prepare(`DELETE FROM ${t}`)))
  for (const key of await store.blobs.list('')) await store.blobs.delete(key)
  return store
})
