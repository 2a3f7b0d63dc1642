/**
 * Evidence for one candidate claim in one sentence, as numbers the decide step weighs: how much of
 * the claim's pattern the sentence holds (in itself, or with help from its context), whether the
 * pattern's anchor is negated or doubted, how much of a known wording it covers, how much of the
 * sentence the claim explains, who is said to speak, and how the claim compares with its rivals.
 * None of it names a claim: the same evidence means the same for every claim of every pack.
 */
import type { Token } from '../text/tokenise.ts'
import type { Candidate } from './candidates.ts'
import { groupFeatures, groupSome, isNearGroup, isOptionalGroup, type CompiledClaim, type CompiledGroup } from './compiled.ts'
import type { MatcherPack } from './prepare.ts'
import { distance, featureCounts, occurrenceCounts, type SentenceState } from './sentence.ts'
import { nearness } from './nearness.ts'
import type { Occurrence } from './analyse.ts'
import { REPORT_OPENERS } from './cues.ts'

export const FEATURE_NAMES = [
  'anchor', 'negated', 'doubted', 'groups', 'optional', 'context', 'near', 'full', 'patterns', 'common', 'coverage', 'entities', 'predicates', 'explained', 'margin', 'length',
] as const
export type FeatureName = (typeof FEATURE_NAMES)[number]
const AT = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index])) as Record<FeatureName, number>

/** The share of a literal claim's wording a sentence must hold before its evidence is weighed at all. */
export const LITERAL_DECISION_COVERAGE = 0.5
/** How close a person must stand to a verb of saying to count as its speaker. */
const SPEAKER_DISTANCE = 4

export interface Evidence {
  packIndex: number
  claimIndex: number
  /** Whether the claim has patterns (curated) or only its wording (literal): each kind has its own model. */
  literal: boolean
  /**
   * Whether the model may weigh this candidate at all. Not when the sentence gives the words to
   * someone other than the claim's speaker (a rule of the claim's meaning, not something to weigh),
   * nor for a literal claim when the sentence holds less than half of its wording: with nothing but
   * its words to go on, a claim is restated only by a sentence that uses most of them.
   */
  eligible: boolean
  /** The pattern that fits best, and whether it holds in full (-1 and false for a literal claim). */
  pattern: number
  full: boolean
  /**
   * Whether that pattern's anchor stands only in a phrase of purpose ("in a bid to pry Moscow
   * from Beijing, …"): the sentence names the claim as an aim (false for a literal claim).
   */
  aim: boolean
  features: number[]
  /** A fixed summary of the evidence, used to rank rivals before the model decides. */
  prior: number
  /** The claims (by index, same pack) this claim is a narrower case of. */
  refines: readonly number[]
  /** The matched words as written in the sentence; worked out only for a claim that is reported. */
  terms: () => string[]
}

interface PatternFit {
  anchor: number
  negated: number
  doubted: number
  groups: number
  optional: number
  context: number
  near: number
  full: number
  /** Whether every anchor stands in a phrase of purpose. */
  aim: boolean
}

function inGroup(group: CompiledGroup, feature: number): boolean {
  return group.indexOf(feature, 1) > 0
}

function fitness(fit: PatternFit): number {
  return fit.full * 4 + fit.anchor * 2 + fit.groups + fit.optional * 0.5 + fit.context * 0.5 + fit.near * 0.5
}

function fitPattern(groups: CompiledGroup[], state: SentenceState, core: Set<number>, contextOf: () => ReadonlySet<number> | undefined): PatternFit | null {
  const [anchorGroup, ...rest] = groups
  if (!anchorGroup) return null
  const anchors = state.occurrences.filter((occurrence) => inGroup(anchorGroup, occurrence.feature))
  if (anchors.length === 0) return null
  const counting = anchors.filter((occurrence) => occurrenceCounts(occurrence, core))
  const reference = counting.length > 0 ? counting : anchors
  let inSentence = 0
  let fromContext = 0
  let optionalTotal = 0
  let optionalFound = 0
  let nearTotal = 0
  let nearFound = 0
  for (const group of rest) {
    const present = groupSome(group, (feature) => featureCounts(state, core, feature))
    let lent = false
    if (!present) {
      const context = contextOf()
      lent = context !== undefined && groupSome(group, (feature) => context.has(feature))
    }
    if (isOptionalGroup(group)) {
      optionalTotal++
      if (present) optionalFound++
      else if (lent) optionalFound += 0.5
      continue
    }
    if (present) inSentence++
    else if (lent) fromContext++
    if (!isNearGroup(group)) continue
    nearTotal++
    if (!present) continue
    let closest = 0
    for (const anchor of reference) {
      for (const other of state.occurrences) if (inGroup(group, other.feature) && occurrenceCounts(other, core)) closest = Math.max(closest, nearness(state, anchor, other))
    }
    nearFound += closest
  }
  const anchor = counting.length > 0 ? 1 : 0
  const negated = !anchor && anchors.every((occurrence) => occurrence.negated) ? 1 : 0
  const required = rest.length - optionalTotal
  return {
    anchor,
    negated,
    doubted: !anchor && !negated ? 1 : 0,
    groups: required ? inSentence / required : 1,
    optional: optionalTotal ? optionalFound / optionalTotal : 1,
    context: required ? fromContext / required : 0,
    near: nearTotal ? nearFound / nearTotal : 1,
    full: anchor && inSentence === required && nearFound === nearTotal ? 1 : 0,
    aim: reference.every((occurrence) => state.purpose[occurrence.first] === 1),
  }
}

/** Whether "that" / "dass" stands between a verb of saying and a person after it: the person is what is reported on. */
function opensReport(state: SentenceState, verb: Occurrence, person: Occurrence): boolean {
  for (let i = verb.last + 1; i < person.first; i++) if (REPORT_OPENERS.has(state.tokens[i]?.exact ?? '')) return true
  return false
}

/**
 * False when the sentence gives its words to someone other than the claim's speaker. A person
 * named inside a relative clause the verb stands outside of is not who speaks ("Bolton, who served
 * in Trump's first term, has argued …"), nor one the verb reports on ("argued that Trump …").
 */
function speakerConflict(pack: MatcherPack, claim: CompiledClaim, state: SentenceState): boolean {
  if (claim.speaker === null) return false
  let someoneElse = false
  for (const verb of state.occurrences) {
    if (verb.feature !== pack.compiled.cues.speech) continue
    for (const person of state.occurrences) {
      if (!pack.persons.has(person.feature) || distance(verb, person) > SPEAKER_DISTANCE) continue
      if (state.relative[person.first] !== state.relative[verb.first] || opensReport(state, verb, person)) continue
      if (person.feature === claim.speaker) return false
      someoneElse = true
    }
  }
  return someoneElse
}

/** Per claim and wording: the same for every sentence, so worked out once rather than per candidate. */
const relevantFeatures = new WeakMap<CompiledClaim, Map<number, Set<number>>>()

/** The claim's features that can stand in a sentence: its patterns' and its best wording's. */
function claimFeatures(claim: CompiledClaim, paraphraseIndex: number): ReadonlySet<number> {
  let byWording = relevantFeatures.get(claim)
  if (!byWording) relevantFeatures.set(claim, (byWording = new Map()))
  let relevant = byWording.get(paraphraseIndex)
  if (!relevant) {
    relevant = new Set(claim.paraphrases[paraphraseIndex]?.features ?? [])
    for (const pattern of claim.patterns) for (const group of pattern) for (const feature of groupFeatures(group)) relevant.add(feature)
    byWording.set(paraphraseIndex, relevant)
  }
  return relevant
}

function termsOf(relevant: ReadonlySet<number>, state: SentenceState, sentence: string): string[] {
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

/** The evidence for one candidate; `margin` is filled in once all candidates of the sentence are known (see withMargins). */
export function evidenceFor(
  pack: MatcherPack,
  packIndex: number,
  state: SentenceState,
  candidate: Candidate,
  sentence: string,
  totalWeight: number,
  context: () => ReadonlySet<number> | undefined,
): Evidence {
  const claim = pack.compiled.claims[candidate.claimIndex] as CompiledClaim
  const core = pack.core[candidate.claimIndex] as Set<number>
  let best: PatternFit | null = null
  let bestPattern = -1
  let holding = 0
  for (let index = 0; index < claim.patterns.length; index++) {
    const fit = fitPattern(claim.patterns[index] as CompiledGroup[], state, core, context)
    if (!fit) continue
    holding += fit.full
    if (!best || fitness(fit) > fitness(best)) {
      best = fit
      bestPattern = index
    }
  }
  const relevant = claimFeatures(claim, candidate.paraphraseIndex)
  let explainedWeight = 0
  for (const [feature, affirmed] of state.affirmed) {
    if (relevant.has(feature) && !pack.cues.has(feature) && (affirmed || !core.has(feature))) explainedWeight += pack.compiled.weights[feature] ?? 0
  }
  const features = new Array<number>(FEATURE_NAMES.length).fill(0)
  if (best) {
    features[AT.anchor] = best.anchor
    features[AT.negated] = best.negated
    features[AT.doubted] = best.doubted
    features[AT.groups] = best.groups
    features[AT.optional] = best.optional
    features[AT.context] = best.context
    features[AT.near] = best.near
    features[AT.full] = best.full
  }
  features[AT.patterns] = Math.min(holding, 2) / 2
  // How often the fitting pattern holds by chance in unrelated text: 0 for never, 1 for 1,000 times per million words.
  const chance = bestPattern >= 0 ? (claim.unrelated[state.lang][bestPattern] ?? 0) : 0
  features[AT.common] = Math.min(1, Math.log1p(chance) / Math.log1p(1000))
  const literal = claim.patterns.length === 0
  // A curated claim is judged by its concepts, not by how close a sentence comes to the pack
  // author's own wordings: that closeness measured well on the sentences the wordings were
  // written beside and worse on pages never seen. A literal claim has nothing else.
  if (literal) {
    features[AT.coverage] = candidate.coverage
    const wording = claim.paraphrases[candidate.paraphraseIndex]?.features ?? []
    let entities = 0
    let entitiesFound = 0
    let predicates = 0
    let predicatesFound = 0
    for (const feature of wording) {
      const weight = pack.compiled.weights[feature] ?? 0
      const present = featureCounts(state, core, feature)
      if (pack.entities.has(feature)) {
        entities++
        if (present) entitiesFound++
      } else {
        predicates += weight
        if (present) predicatesFound += weight
      }
    }
    // What the sentence shares with the wording besides the places it names: the claim's own words.
    features[AT.entities] = entities ? entitiesFound / entities : 1
    features[AT.predicates] = predicates ? predicatesFound / predicates : 0
  }
  features[AT.explained] = totalWeight > 0 ? Math.min(1, explainedWeight / totalWeight) : 0
  features[AT.length] = Math.min(1, Math.log1p(state.tokens.length) / Math.log1p(60))
  return {
    packIndex,
    claimIndex: candidate.claimIndex,
    literal,
    eligible: !speakerConflict(pack, claim, state) && (!literal || candidate.coverage >= LITERAL_DECISION_COVERAGE),
    pattern: bestPattern,
    refines: claim.refines,
    full: best?.full === 1,
    aim: best?.aim === true,
    features,
    prior: literal ? candidate.coverage * 4 : (best ? fitness(best) : 0) + candidate.coverage,
    terms: () => termsOf(relevant, state, sentence),
  }
}

/** Sets each candidate's lead over its best rival in the same sentence (negative when it trails). */
export function withMargins(evidence: Evidence[]): Evidence[] {
  for (const item of evidence) {
    let rival = -Infinity
    for (const other of evidence) if (other !== item && other.prior > rival) rival = other.prior
    item.features[AT.margin] = rival === -Infinity ? 1 : Math.max(-1, Math.min(1, (item.prior - rival) / 4))
  }
  return evidence
}
