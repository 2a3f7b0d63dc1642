/**
 * The analyse step for one sentence: which concept terms occur where, and which of them stand
 * under a negation or a doubt. Everything after this step reads the SentenceState.
 */
import type { Lang } from '../text/language.ts'
import type { Token } from '../text/tokenise.ts'
import { contradicted, findOccurrences, markNegated, relativeClauses, type Occurrence } from './analyse.ts'
import type { MatcherPack } from './prepare.ts'
import type { Relevance } from './relevance.ts'
import { purposePhrases } from './purpose.ts'

export interface SentenceState {
  lang: Lang
  tokens: Token[]
  occurrences: Occurrence[]
  /** Feature -> true if some occurrence stands free of negation and doubt, false if all are contradicted. */
  affirmed: Map<number, boolean>
  /** For each token, the number of the relative clause it stands in ("Bolton, who served …, argued"), 0 outside any. */
  relative: Uint16Array
  /** For each token, 1 if it stands in a phrase of purpose ("in a bid to woo Moscow"), else 0. */
  purpose: Uint8Array
  /** The plural pronouns ("they", "their"; English only), which may take up a participant named before them. */
  pronouns: Occurrence[]
}

/** A negated or doubted concept that means another stands for that one too, affirmed, over the same words. */
function addNegatedMeanings(pack: MatcherPack, occurrences: Occurrence[]): void {
  const count = occurrences.length
  for (let i = 0; i < count; i++) {
    const occurrence = occurrences[i] as Occurrence
    const meaning = contradicted(occurrence) ? pack.negatedAs.get(occurrence.feature) : undefined
    if (meaning !== undefined) occurrences.push({ ...occurrence, feature: meaning, negated: false, doubted: false })
  }
  if (occurrences.length > count) occurrences.sort((a, b) => a.first - b.first || a.last - b.last)
}

export function analyseSentence(pack: MatcherPack, tokens: Token[], lang: Lang, relevance: Relevance): SentenceState {
  const occurrences = findOccurrences(pack.compiled.languages[lang], tokens, lang, relevance.of(lang).compounds)
  const relative = relativeClauses(tokens, occurrences, pack.compiled.cues.relative)
  markNegated(tokens, occurrences, pack.compiled.cues, lang, relative)
  if (pack.negatedAs.size > 0) addNegatedMeanings(pack, occurrences)
  const affirmed = new Map<number, boolean>()
  for (const occurrence of occurrences) {
    if (!contradicted(occurrence)) affirmed.set(occurrence.feature, true)
    else if (!affirmed.has(occurrence.feature)) affirmed.set(occurrence.feature, false)
  }
  const purpose = purposePhrases(tokens, occurrences, pack.compiled.cues.purpose, lang)
  const pronouns = occurrences.filter((occurrence) => occurrence.feature === pack.compiled.cues.pronoun)
  return { lang, tokens, occurrences, affirmed, relative, purpose, pronouns }
}

/** Whether a feature counts for a claim: present, and not only under negation or doubt if it is one of the claim's core concepts. */
export function featureCounts(state: SentenceState, core: Set<number>, feature: number): boolean {
  const affirmed = state.affirmed.get(feature)
  return affirmed === true || (affirmed === false && !core.has(feature))
}

export function occurrenceCounts(occurrence: Occurrence, core: Set<number>): boolean {
  return !contradicted(occurrence) || !core.has(occurrence.feature)
}

/** Tokens between two occurrences (0 when they touch or overlap). */
export function distance(a: Occurrence, b: Occurrence): number {
  if (a.first > b.last) return a.first - b.last
  if (b.first > a.last) return b.first - a.last
  return 0
}
