/**
 * The compiled form of a claim pack: what the matcher reads at page time. It is plain JSON,
 * produced at build time for the bundled pack (and once per import for user packs), so a page
 * load never tokenises or stems claim text.
 */
import type { Lang } from '../text/language.ts'
import type { Status } from '../claims/schema.ts'

export const COMPILED_FORMAT = 3

/** A multi-word term: the keys after the first, matched in order with small gaps. */
export interface CompiledPhrase {
  rest: string[]
  feature: number
}

export interface CompiledParaphrase {
  lang: Lang
  /** Distinct features, and the sum of their weights. */
  features: number[]
  total: number
}

/** One &-group of a pattern: any of `any` must occur; if `near`, close to the pattern's anchor (group 0). */
export interface CompiledGroup {
  any: number[]
  near: boolean
}

export interface CompiledClaim {
  id: string
  status: Status
  /** Alternative patterns, each a list of groups. Empty: coverage alone decides. */
  patterns: CompiledGroup[][]
  /** Features that do not count where negated or doubted. */
  core: number[]
  speaker: number | null
  paraphrases: CompiledParaphrase[]
  /** Coverage a paraphrase needs whatever the sensitivity, and how many of its features must match. */
  minCoverage: number
  minFeatures: number
}

export interface CompiledLanguage {
  /** Single-key terms: key -> features. */
  single: Record<string, number[]>
  /** Multi-key terms by first key. */
  phrases: Record<string, CompiledPhrase[]>
  /** German compound parts: folded surface -> feature, tried on words that match nothing whole. */
  compoundHeads: Record<string, number>
  compoundModifiers: Record<string, number>
  /** Whether any term must match a word exactly ("=alienate"); only then are exact keys looked up. */
  exact: boolean
}

export interface CompiledPack {
  format: typeof COMPILED_FORMAT
  packId: string
  /** Feature names: "c:russia" for concepts, "en:wedg" for plain stems, "cue:negation" etc. */
  features: string[]
  /** Weight of each feature, by id: curated concepts weigh more than plain words. */
  weights: number[]
  /** Features that are people (possible speakers). */
  persons: number[]
  cues: { negation: number; doubt: number; speech: number; scopeEnd: number }
  languages: Record<Lang, CompiledLanguage>
  claims: CompiledClaim[]
  /** By feature id: indexes into paraphraseOwners of the paraphrases that contain the feature. */
  postings: number[][]
  /** Flat paraphrase list: [claimIndex, paraphraseIndex] pairs, so postings stay small integers. */
  paraphraseOwners: Array<[number, number]>
}
