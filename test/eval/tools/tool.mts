// TOOL=name IN='{json}' N=chars npx tsx tool.mts (from a qa dir: uses its data/)
import { loadEngine } from './server/cli/load-engine.ts'
import { toolRegistry } from './server/core/tools/registry.ts'
const { engine } = loadEngine()
const tool = (toolRegistry as any)[process.env.TOOL!]
const input = tool.inputSchema.parse(JSON.parse(process.env.IN ?? '{}'))
const r = tool.run({ corpus: engine.corpus, index: engine.index, vocabulary: (engine as any).vocabulary }, input)
console.log(JSON.stringify(r, null, 1).slice(0, Number(process.env.N ?? 3000)))
