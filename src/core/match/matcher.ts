/**
 * Matches sentences against compiled packs. Candidates come from an inverted index over
 * features; each is scored by weighted coverage of its best paraphrase; a claim is reported
 * only when one of its concept patterns holds and attribution does not contradict it. When
 * several claims qualify, the one that explains most of the sentence wins.
 */
import { detectLanguage, type Lang } from '../text/language.ts'
import { segmentSentences } from '../text/segment.ts'
import { tokenise, type Token } from '../text/tokenise.ts'
import { findOccurrences, markNegated, type Occurrence } from './analyse.ts'
import type { CompiledClaim, CompiledGroup, CompiledPack } from './compiled.ts'
import { PROFILES, type MatchProfile } from './sensitivity.ts'

/** A compiled pack with the sets the matcher consults per sentence, built once per pack. */
export interface MatcherPack {
  compiled: CompiledPack
  core: Array<Set<number>>
  persons: Set<number>
  cues: Set<number>
}

/** Lookup tables from JSON get no prototype, so a page word such as "constructor" cannot hit Object's properties. */
function dropPrototypes(compiled: CompiledPack): void {
  for (const language of Object.values(compiled.languages)) {
    for (const record of [language.single, language.phrases, language.compoundHeads, language.compoundModifiers]) Object.setPrototypeOf(record, null)
  }
}

export function preparePack(compiled: CompiledPack): MatcherPack {
  dropPrototypes(compiled)
  return {
    compiled,
    core: compiled.claims.map((claim) => new Set(claim.core)),
    persons: new Set(compiled.persons),
    cues: new Set(Object.values(compiled.cues)),
  }
}

export interface ClaimHit {
  packId: string
  claimId: string
  /** Weighted share of the best paraphrase's terms found in the sentence, 0..1. */
  score: number
  /** The words in the sentence that matched, as written. */
  terms: string[]
}

export interface TextMatch extends ClaimHit {
  sentence: string
  /** Offsets of the sentence in the text that was matched. */
  start: number
  end: number
}

/** No sentence with fewer features than this can match anything. */
const MIN_MATCHED_FEATURES = 2
/** How close (in tokens) a person must stand to a verb of saying to count as its speaker. */
const SPEAKER_DISTANCE = 4

interface SentenceState {
  tokens: Token[]
  occurrences: Occurrence[]
  /** Feature -> it has at least one occurrence that is not negated. */
  affirmed: Map<number, boolean>
}

function analyse(pack: MatcherPack, tokens: Token[], lang: Lang): SentenceState {
  const occurrences = findOccurrences(pack.compiled.languages[lang], tokens, lang)
  markNegated(tokens, occurrences, pack.compiled.cues, lang)
  const affirmed = new Map<number, boolean>()
  for (const occurrence of occurrences) {
    if (!occurrence.negated) affirmed.set(occurrence.feature, true)
    else if (!affirmed.has(occurrence.feature)) affirmed.set(occurrence.feature, false)
  }
  return { tokens, occurrences, affirmed }
}

/** Whether a feature counts for a claim: present, and not only under negation if it is one of the claim's core concepts. */
function featureCounts(state: SentenceState, core: Set<number>, feature: number): boolean {
  const affirmed = state.affirmed.get(feature)
  return affirmed === true || (affirmed === false && !core.has(feature))
}

function occurrenceCounts(occurrence: Occurrence, core: Set<number>): boolean {
  return !occurrence.negated || !core.has(occurrence.feature)
}

function distance(a: Occurrence, b: Occurrence): number {
  if (a.first > b.last) return a.first - b.last
  if (b.first > a.last) return b.first - a.last
  return 0
}

function patternHolds(groups: CompiledGroup[], state: SentenceState, core: Set<number>, nearTokens: number): boolean {
  const [anchorGroup, ...rest] = groups
  if (!anchorGroup) return false
  if (!rest.every((group) => group.near || group.any.some((feature) => featureCounts(state, core, feature)))) return false
  const near = rest.filter((group) => group.near)
  const inGroup = (group: CompiledGroup, occurrence: Occurrence): boolean =>
    group.any.includes(occurrence.feature) && occurrenceCounts(occurrence, core)
  return state.occurrences.some(
    (anchor) =>
      inGroup(anchorGroup, anchor) &&
      near.every((group) => state.occurrences.some((other) => inGroup(group, other) && distance(anchor, other) <= nearTokens)),
  )
}

/** False when the sentence attributes its words to someone other than the claim's speaker. */
function attributionAllows(pack: MatcherPack, claim: CompiledClaim, state: SentenceState): boolean {
  if (claim.speaker === null) return true
  let someoneElse = false
  for (const verb of state.occurrences) {
    if (verb.feature !== pack.compiled.cues.speech) continue
    for (const person of state.occurrences) {
      if (!pack.persons.has(person.feature) || distance(verb, person) > SPEAKER_DISTANCE) continue
      if (person.feature === claim.speaker) return true
      someoneElse = true
    }
  }
  return !someoneElse
}

function relevantFeatures(claim: CompiledClaim, paraphraseFeatures: readonly number[]): Set<number> {
  const relevant = new Set(paraphraseFeatures)
  for (const pattern of claim.patterns) for (const group of pattern) for (const feature of group.any) relevant.add(feature)
  return relevant
}

function termsOf(relevant: Set<number>, state: SentenceState, sentence: string): string[] {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const occurrence of state.occurrences) {
    if (!relevant.has(occurrence.feature)) continue
    const term = sentence.slice((state.tokens[occurrence.first] as Token).start, (state.tokens[occurrence.last] as Token).end)
    const key = term.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      terms.push(term)
    }
  }
  return terms
}

interface Candidate {
  claimIndex: number
  paraphraseIndex: number
  coverage: number
  /** Harmonic mean of coverage and the share of the sentence's matched weight this claim explains. */
  rank: number
}

/**
 * Per-paraphrase accumulators, reused across sentences: a sentence touches few paraphrases,
 * and typed arrays with a list of touched slots are much cheaper than a Map per sentence.
 */
interface Scratch {
  sums: Float64Array
  counts: Uint16Array
  touched: number[]
  /** Per claim, for the current sentence: 0 unknown, 1 a pattern can hold, 2 none can. */
  alive: Uint8Array
  checkedClaims: number[]
  /** Claim index of each flat paraphrase. */
  ownerClaim: Int32Array
}
const scratchByPack = new WeakMap<CompiledPack, Scratch>()

function scratchFor(compiled: CompiledPack): Scratch {
  let scratch = scratchByPack.get(compiled)
  if (!scratch) {
    const size = compiled.paraphraseOwners.length
    scratch = {
      sums: new Float64Array(size),
      counts: new Uint16Array(size),
      touched: [],
      alive: new Uint8Array(compiled.claims.length),
      checkedClaims: [],
      ownerClaim: Int32Array.from(compiled.paraphraseOwners, (owner) => owner[0]),
    }
    scratchByPack.set(compiled, scratch)
  }
  return scratch
}

/** Ranks the paraphrases the sentence touches; returns the best candidate per claim that clears the threshold. */
function candidates(pack: MatcherPack, state: SentenceState, minCoverage: number): Candidate[] {
  const compiled = pack.compiled
  const { sums, counts, touched, alive, checkedClaims, ownerClaim } = scratchFor(compiled)
  // A claim none of whose patterns has all its concepts present cannot match; skip its paraphrases.
  const isAlive = (claimIndex: number): boolean => {
    let state_ = alive[claimIndex]
    if (state_ === 0) {
      const claim = compiled.claims[claimIndex] as CompiledClaim
      const core = pack.core[claimIndex] as Set<number>
      const possible =
        claim.patterns.length === 0 ||
        claim.patterns.some((groups) => groups.every((group) => group.any.some((feature) => featureCounts(state, core, feature))))
      state_ = possible ? 1 : 2
      alive[claimIndex] = state_
      checkedClaims.push(claimIndex)
    }
    return state_ === 1
  }
  let sentenceWeight = 0
  for (const feature of state.affirmed.keys()) {
    if (pack.cues.has(feature)) continue
    const weight = compiled.weights[feature] ?? 0
    sentenceWeight += weight
    const postings = compiled.postings[feature]
    if (!postings) continue
    for (const flat of postings) {
      const claimIndex = ownerClaim[flat] as number
      if (!isAlive(claimIndex) || !featureCounts(state, pack.core[claimIndex] as Set<number>, feature)) continue
      if ((counts[flat] ?? 0) === 0) touched.push(flat)
      sums[flat] = (sums[flat] ?? 0) + weight
      counts[flat] = (counts[flat] ?? 0) + 1
    }
  }
  const best = new Map<number, Candidate>()
  for (const flat of touched) {
    const sum = sums[flat] ?? 0
    const count = counts[flat] ?? 0
    sums[flat] = 0
    counts[flat] = 0
    const [claimIndex, paraphraseIndex] = compiled.paraphraseOwners[flat] as [number, number]
    const claim = compiled.claims[claimIndex] as CompiledClaim
    const paraphrase = claim.paraphrases[paraphraseIndex]
    if (!paraphrase || paraphrase.total === 0 || count < claim.minFeatures) continue
    const coverage = sum / paraphrase.total
    if (coverage < minCoverage || coverage < claim.minCoverage) continue
    const explained = sentenceWeight > 0 ? sum / sentenceWeight : 0
    const rank = (2 * coverage * explained) / (coverage + explained)
    const previous = best.get(claimIndex)
    if (!previous || rank > previous.rank) best.set(claimIndex, { claimIndex, paraphraseIndex, coverage, rank })
  }
  touched.length = 0
  for (const claimIndex of checkedClaims) alive[claimIndex] = 0
  checkedClaims.length = 0
  return [...best.values()].sort((a, b) => b.rank - a.rank || a.claimIndex - b.claimIndex)
}

/** The best claim of one pack for a sentence, with its rank for comparing across packs. */
function bestInPack(pack: MatcherPack, tokens: Token[], sentence: string, lang: Lang, profile: MatchProfile): (ClaimHit & { rank: number }) | null {
  const compiled = pack.compiled
  const state = analyse(pack, tokens, lang)
  if (state.affirmed.size < MIN_MATCHED_FEATURES) return null
  for (const candidate of candidates(pack, state, profile.minCoverage)) {
    const claim = compiled.claims[candidate.claimIndex] as CompiledClaim
    const core = pack.core[candidate.claimIndex] as Set<number>
    const patternOk = claim.patterns.length === 0 || claim.patterns.some((pattern) => patternHolds(pattern, state, core, profile.nearTokens))
    if (!patternOk || !attributionAllows(pack, claim, state)) continue
    const features = claim.paraphrases[candidate.paraphraseIndex]?.features ?? []
    return {
      packId: compiled.packId,
      claimId: claim.id,
      score: Math.round(candidate.coverage * 1000) / 1000,
      rank: candidate.rank,
      terms: termsOf(relevantFeatures(claim, features), state, sentence),
    }
  }
  return null
}

/** The best claim for one sentence across packs, or null. */
export function matchSentence(packs: readonly MatcherPack[], sentence: string, lang: Lang, profile: MatchProfile = PROFILES.balanced): ClaimHit | null {
  const tokens = tokenise(sentence, lang)
  if (tokens.length < MIN_MATCHED_FEATURES) return null
  let best: (ClaimHit & { rank: number }) | null = null
  for (const pack of packs) {
    const hit = bestInPack(pack, tokens, sentence, lang, profile)
    if (hit && (!best || hit.rank > best.rank)) best = hit
  }
  if (!best) return null
  const { rank: _rank, ...hit } = best
  return hit
}

export interface MatchTextOptions {
  profile: MatchProfile
  /** The page's language, used where a sentence's own language is unclear. */
  lang?: Lang
}

/**
 * Segments a block of text (a paragraph, a line) and matches each sentence; at most one claim
 * per sentence. The language is decided once per block: a short sentence follows its paragraph.
 */
export function matchText(packs: readonly MatcherPack[], text: string, options: MatchTextOptions): TextMatch[] {
  const lang = detectLanguage(text, options.lang ?? 'en')
  const matches: TextMatch[] = []
  for (const span of segmentSentences(text, lang)) {
    const sentence = text.slice(span.start, span.end)
    const hit = matchSentence(packs, sentence, lang, options.profile)
    if (hit) matches.push({ ...hit, sentence, start: span.start, end: span.end })
  }
  return matches
}
