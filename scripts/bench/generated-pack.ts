/**
 * Claim packs of any size for the scaling benchmark, generated deterministically from a seed:
 * each claim is a sentence of 10–18 words drawn from the word frequencies of real news text
 * (the Brown corpus press sections), like a fact-checker's claimReviewed line.
 */
import type { Pack } from '../../src/core/index.ts'
import { unrelatedCorpus } from '../eval/corpora.ts'

/** mulberry32: a tiny seeded PRNG, so every run generates the same packs. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let vocabulary: { words: string[]; cumulative: number[] } | null = null

function newsVocabulary(): { words: string[]; cumulative: number[] } {
  if (vocabulary) return vocabulary
  const counts = new Map<string, number>()
  for (const document of unrelatedCorpus('en').filter((doc) => /brown\/c[abc]/.test(doc.name))) {
    for (const word of document.text.match(/[A-Za-z][a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const words = [...counts.keys()].sort()
  let total = 0
  const cumulative = words.map((word) => (total += counts.get(word) ?? 0))
  vocabulary = { words, cumulative }
  return vocabulary
}

function pick(rng: () => number): string {
  const { words, cumulative } = newsVocabulary()
  const target = rng() * (cumulative[cumulative.length - 1] ?? 1)
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((cumulative[mid] ?? 0) < target) low = mid + 1
    else high = mid
  }
  return words[low] ?? 'claim'
}

export function generatedPack(claims: number, seed = 20251125): Pack {
  const rng = random(seed + claims)
  return {
    format: 'counterpoint-pack',
    version: 1,
    id: `generated-${claims}`,
    name: { en: `Generated (${claims})` },
    lexicon: {},
    claims: Array.from({ length: claims }, (_, index) => {
      const length = 10 + Math.floor(rng() * 9)
      const sentence = Array.from({ length }, () => pick(rng)).join(' ')
      const text = sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'
      return {
        id: `generated-${index}`,
        claim: { en: text },
        status: 'disputed',
        verdict: { en: 'Generated' },
        appearances: [],
        counterpoints: [],
        context: [],
        match: { paraphrases: { en: [text], de: [] }, require: [], core: [] },
      }
    }),
  }
}
