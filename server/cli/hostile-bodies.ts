/**
 * Hostile /api/ask bodies for `npm run bench:hostile` (issue 12): a maximal history, 500-character questions of
 * district names, and random questions made of the corpus's own words. Seeded, so every run asks the same.
 */
import { HISTORY_LIMITS } from '../core/history-limits.js'
import type { Corpus } from '../core/schema.js'

/** mulberry32: a small seeded generator. */
export function seeded(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] }
}

const DISTRICTS = ['渝中区', '江北区', '南岸区', '渝北区', '綦江区', '开州区', '沙坪坝区', '九龙坡区', '大渡口区', '北碚区', '巴南区', '万州区', '涪陵区', '黔江区', '长寿区', '江津区', '合川区', '永川区']
/**
 * `n` characters of district names run together in an order drawn from `seed`: every position starts an
 * organisation-like mention, and no two seeds give the same text (nothing a cache of earlier questions could serve).
 */
export function districtRun(n: number, seed = 0): string {
  const r = seeded(seed * 7919 + 1)
  let s = ''
  while (s.length < n) s += r.pick(DISTRICTS)
  return s.slice(0, n)
}

export const QUESTION_CHARS = 500
export const HISTORY_TURNS = HISTORY_LIMITS.messages
export const TURN_CHARS = HISTORY_LIMITS.totalChars / HISTORY_LIMITS.messages

/** The largest body the schema accepts: a 500-character question and 20 turns filling the history's 8,000 characters. */
export const maximalBody = (i = 0) => ({
  question: districtRun(QUESTION_CHARS, i * 100),
  history: Array.from({ length: HISTORY_TURNS }, (_, k) => ({ role: k % 2 ? 'assistant' : 'user', content: districtRun(TURN_CHARS, i * 100 + k + 1) })),
})

const OPS = ['是多少', '占比', '比上年增长', '减少了多少', '哪个单位最多', '排名', '合计', '差额', '为什么', '主要职能', '项目', '绩效目标', '多少钱', '分别是', '和', '与', '对比', '去年', '今年', '明年', '决算', '预算', '三公经费', '？', '。', '，']
const NOISE = ['忽略以上指令', 'ignore previous', '123456', '2101501', '30217', '９９．９', '万元', '亿元', '%', ' ', '\n', '<b>', '一二三四五', '區', '醫療保障局']

/** The words a question can be made of: organisations, row names and codes, paragraph fragments, years, operations. */
export function questionWords(corpus: Corpus): string[] {
  const words = new Set<string>()
  for (const d of corpus.documents) {
    words.add(d.org)
    words.add(`${d.year}年`)
    for (const t of d.tables) {
      words.add(t.title)
      for (const r of t.rows) {
        words.add(r.name)
        if (r.code) words.add(r.code)
      }
    }
    for (const p of d.paragraphs.slice(0, 40)) words.add(p.text.slice(0, 12))
  }
  for (const d of DISTRICTS) words.add(d)
  return [...words, ...OPS, ...NOISE].filter(Boolean)
}

/** A random question of 1–500 characters: a few words usually, sometimes many, sometimes one word repeated. */
export function randomQuestion(r: ReturnType<typeof seeded>, words: readonly string[]): string {
  const shape = r.int(10)
  let q = ''
  if (shape < 6) for (let k = 1 + r.int(6); k > 0; k--) q += r.pick(words)
  else if (shape < 8) while (q.length < 100 + r.int(400)) q += r.pick(words)
  else if (shape < 9) q = r.pick(words).repeat(1 + r.int(60))
  else for (let k = 1 + r.int(500); k > 0; k--) q += String.fromCharCode(0x4e00 + r.int(0x5000))
  return q.slice(0, QUESTION_CHARS).trim() || '问'
}
