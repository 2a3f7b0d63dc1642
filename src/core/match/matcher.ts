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
import { groupFeatures, groupSome, isNearGroup, type CompiledClaim, type CompiledGroup, type CompiledPack } from './compiled.ts'
import { PROFILES, type MatchProfile } from './sensitivity.ts'
import { mayMatch, relevanceOf, wordInfo, type Relevance } from './relevance.ts'

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

function analyse(pack: MatcherPack, tokens: Token[], lang: Lang, relevance: Relevance): SentenceState {
  const occurrences = findOccurrences(pack.compiled.languages[lang], tokens, lang, relevance.of(lang).compounds)
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
  if (!rest.every((group) => isNearGroup(group) || groupSome(group, (feature) => featureCounts(state, core, feature)))) return false
  const near = rest.filter(isNearGroup)
  const inGroup = (group: CompiledGroup, occurrence: Occurrence): boolean =>
    group.indexOf(occurrence.feature, 1) > 0 && occurrenceCounts(occurrence, core)
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
  for (const pattern of claim.patterns) for (const group of pattern) for (const feature of groupFeatures(group)) relevant.add(feature)
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
 * Scratch space reused across sentences: marks for the paraphrases a sentence brings in as
 * candidates, and for the claims whose patterns were already checked. Typed arrays with a list
 * of touched slots are much cheaper than fresh Maps per sentence.
 */
interface Scratch {
  /** Listed features of each paraphrase held by the current sentence. */
  marked: Uint8Array
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
      marked: new Uint8Array(size),
      touched: [],
      alive: new Uint8Array(compiled.claims.length),
      checkedClaims: [],
      ownerClaim: Int32Array.from(compiled.paraphraseOwners, (owner) => owner[0]),
    }
    scratchByPack.set(compiled, scratch)
  }
  return scratch
}

/** Whether some pattern of the claim has all its concepts in the sentence (ignoring proximity): a cheap necessary check. */
function patternPossible(claim: CompiledClaim, state: SentenceState, core: Set<number>): boolean {
  return claim.patterns.length === 0 || claim.patterns.some((groups) => groups.every((group) => groupSome(group, (feature) => featureCounts(state, core, feature))))
}

/** The paraphrases the sentence brings in, verified: the best candidate per claim that clears the coverage bar. */
function candidates(pack: MatcherPack, state: SentenceState, minCoverage: number): Candidate[] {
  const compiled = pack.compiled
  const { marked, touched, alive, checkedClaims, ownerClaim } = scratchFor(compiled)
  const isAlive = (claimIndex: number): boolean => {
    let known = alive[claimIndex]
    if (known === 0) {
      known = patternPossible(compiled.claims[claimIndex] as CompiledClaim, state, pack.core[claimIndex] as Set<number>) ? 1 : 2
      alive[claimIndex] = known
      checkedClaims.push(claimIndex)
    }
    return known === 1
  }
  let sentenceWeight = 0
  for (const feature of state.affirmed.keys()) {
    if (pack.cues.has(feature)) continue
    sentenceWeight += compiled.weights[feature] ?? 0
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
    if (!isAlive(claimIndex)) continue
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
    if (count < claim.minFeatures) continue
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
function bestInPack(pack: MatcherPack, tokens: Token[], sentence: string, lang: Lang, profile: MatchProfile, relevance: Relevance): (ClaimHit & { rank: number }) | null {
  const compiled = pack.compiled
  const state = analyse(pack, tokens, lang, relevance)
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
  const relevance = relevanceOf(packs)
  return mayMatch(relevance, sentence, lang) ? matchRelevantSentence(packs, relevance, sentence, lang, profile) : null
}

/** matchSentence for a sentence that passed the relevance check (or, unfiltered, for any sentence, every word stemmed). */
function matchRelevantSentence(packs: readonly MatcherPack[], relevance: Relevance, sentence: string, lang: Lang, profile: MatchProfile, filtered = true): ClaimHit | null {
  const tokens = filtered ? tokenise(sentence, lang, (word) => wordInfo(relevance, word, lang).forms) : tokenise(sentence, lang)
  if (tokens.length === 0) return null
  let best: (ClaimHit & { rank: number }) | null = null
  for (const pack of packs) {
    const hit = bestInPack(pack, tokens, sentence, lang, profile, relevance)
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
  /**
   * false: skip the relevance filters and stem every word. Slower, same result; the property
   * tests use it as the brute-force reference the filters are checked against.
   */
  filter?: boolean
}

/**
 * Segments a block of text (a paragraph, a line) and matches each sentence; at most one claim
 * per sentence. The language is decided once per block: a short sentence follows its paragraph.
 */
export function matchText(packs: readonly MatcherPack[], text: string, options: MatchTextOptions): TextMatch[] {
  const lang = detectLanguage(text, options.lang ?? 'en')
  const matches: TextMatch[] = []
  const relevance = relevanceOf(packs)
  const filtered = options.filter !== false
  if (filtered && !mayMatch(relevance, text, lang)) return matches
  for (const span of segmentSentences(text, lang)) {
    const sentence = text.slice(span.start, span.end)
    const hit = !filtered || mayMatch(relevance, sentence, lang) ? matchRelevantSentence(packs, relevance, sentence, lang, options.profile, filtered) : null
    if (hit) matches.push({ ...hit, sentence, start: span.start, end: span.end })
  }
  return matches
}
