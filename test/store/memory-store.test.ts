import { createMemoryStore } from '../../server/store/memory-store.js'
import { storeContract } from './store-contract.js'

storeContract('memory', () => createMemoryStore())
