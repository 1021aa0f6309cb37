import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { ParseError, parseDocument } from '../../server/core/parse/parse-document.js'
import { seedFiles, seedText } from './helpers.js'

/** Deterministic PRNG (mulberry32) so a failure reproduces from its seed. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MUTATIONS = ['drop', 'duplicate', 'cut', 'shuffle', 'bytes', 'tabs', 'splice'] as const

function mutate(lines: string[], random: () => number): string[] {
  const out = [...lines]
  const pick = () => Math.floor(random() * out.length)
  for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
    const kind = MUTATIONS[Math.floor(random() * MUTATIONS.length)]
    const i = pick()
    if (kind === 'drop') out.splice(i, 1 + Math.floor(random() * 5))
    else if (kind === 'duplicate') out.splice(i, 0, ...out.slice(i, i + 1 + Math.floor(random() * 5)))
    else if (kind === 'cut') out.length = Math.max(1, i)
    else if (kind === 'shuffle') { const j = pick(); [out[i], out[j]] = [out[j], out[i]] }
    else if (kind === 'bytes') out[i] = (out[i] ?? '') + String.fromCharCode(...Array.from({ length: 4 }, () => Math.floor(random() * 0xffff)))
    else if (kind === 'tabs') out[i] = (out[i] ?? '').replace(/ /g, '\t')
    else out[i] = (out[i] ?? '').slice(0, Math.floor(random() * (out[i]?.length ?? 0)))
  }
  return out
}

describe('parser fuzzing: mutated seeds never crash it and every line stays accounted for', () => {
  const seeds = seedFiles().map((f) => seedText(f.slice(0, 3)))
  it('survives 1500 mutated documents', () => {
    const random = rng(20261123)
    let parsed = 0
    for (let k = 0; k < 1500; k++) {
      const seed = seeds[k % seeds.length]
      const text = mutate(seed.text.split('\n'), random).join('\n')
      try {
        const { document } = parseDocument(`fuzz-${k}.txt`, text)
        const acc = accountLines(document, text)
        if (acc.missing.length || acc.twice.length) throw new Error(`case ${k}: lines not accounted for ${JSON.stringify(acc).slice(0, 200)}`)
        parsed++
      } catch (e) {
        if (!(e instanceof ParseError)) throw new Error(`case ${k} (${seed.file}) threw ${(e as Error).stack}`)
      }
    }
    expect(parsed).toBeGreaterThan(1000)
  }, 120_000)
})
