/**
 * The candidates step: which claims a sentence could restate. A curated claim is a candidate when
 * a concept that anchors one of its patterns occurs; any claim is one when the sentence holds
 * enough of one of its wordings (found through an inverted index over features, see compile.ts).
 * Each candidate carries the coverage of its best wording, one piece of evidence among several.
 */
import type { CompiledClaim, CompiledPack } from './compiled.ts'
import type { MatcherPack } from './prepare.ts'
import { featureCounts, type SentenceState } from './sentence.ts'

export interface Candidate {
  claimIndex: number
  /** Weighted share (0..1) of the best wording's features found in the sentence, and which wording. */
  coverage: number
  paraphraseIndex: number
  /** How many of that wording's features the sentence holds. */
  matched: number
}

/**
 * Scratch space reused across sentences: marks for the paraphrases a sentence brings in, as typed
 * arrays with a list of touched slots, much cheaper than fresh Maps per sentence.
 */
interface Scratch {
  marked: Uint8Array
  touched: number[]
  ownerClaim: Int32Array
}
const scratchByPack = new WeakMap<CompiledPack, Scratch>()

function scratchFor(compiled: CompiledPack): Scratch {
  let scratch = scratchByPack.get(compiled)
  if (!scratch) {
    scratch = {
      marked: new Uint8Array(compiled.paraphraseOwners.length),
      touched: [],
      ownerClaim: Int32Array.from(compiled.paraphraseOwners, (owner) => owner[0]),
    }
    scratchByPack.set(compiled, scratch)
  }
  return scratch
}

/** The sum of the weights of the sentence's features, cues left out: what a claim can explain. */
export function sentenceWeight(pack: MatcherPack, state: SentenceState): number {
  let weight = 0
  for (const feature of state.affirmed.keys()) if (!pack.cues.has(feature)) weight += pack.compiled.weights[feature] ?? 0
  return weight
}

export function candidatesOf(pack: MatcherPack, state: SentenceState): Candidate[] {
  const compiled = pack.compiled
  const { marked, touched, ownerClaim } = scratchFor(compiled)
  for (const feature of state.affirmed.keys()) {
    if (pack.cues.has(feature)) continue
    for (const flat of compiled.postings[feature] ?? []) {
      if (marked[flat] === 0) touched.push(flat)
      marked[flat] = Math.min(255, (marked[flat] ?? 0) + 1)
    }
  }
  const best = new Map<number, Candidate>()
  for (const flat of touched) {
    const hits = marked[flat] ?? 0
    marked[flat] = 0
    if (hits < (compiled.prefixHits[flat] ?? 1)) continue
    const claimIndex = ownerClaim[flat] as number
    const claim = compiled.claims[claimIndex] as CompiledClaim
    const paraphraseIndex = (compiled.paraphraseOwners[flat] as [number, number])[1]
    const paraphrase = claim.paraphrases[paraphraseIndex]
    if (!paraphrase || paraphrase.total === 0) continue
    const core = pack.core[claimIndex] as Set<number>
    let sum = 0
    let count = 0
    for (const feature of paraphrase.features) {
      if (!featureCounts(state, core, feature)) continue
      sum += compiled.weights[feature] ?? 0
      count++
    }
    const coverage = sum / paraphrase.total
    if (claim.patterns.length === 0 && (count < claim.minFeatures || coverage < claim.minCoverage)) continue
    const previous = best.get(claimIndex)
    if (!previous || coverage > previous.coverage) best.set(claimIndex, { claimIndex, coverage, paraphraseIndex, matched: count })
  }
  touched.length = 0
  for (const feature of state.affirmed.keys()) {
    for (const claimIndex of pack.anchored.get(feature) ?? []) {
      if (!best.has(claimIndex)) best.set(claimIndex, { claimIndex, coverage: 0, paraphraseIndex: -1, matched: 0 })
    }
  }
  return [...best.values()]
}
