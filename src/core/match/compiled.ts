/**
 * The compiled form of a claim pack: what the matcher reads at page time. It is plain JSON,
 * produced at build time for the bundled pack (and once per import for user packs), so a page
 * load never tokenises or stems claim text.
 */
import type { Lang } from '../text/language.ts'
import type { Status } from '../claims/schema.ts'

export const COMPILED_FORMAT = 7

/**
 * A multi-word term as [feature, ...keys after the first]; the keys match in order with small
 * gaps. Tuples rather than objects: the compiled pack ships inside the content script.
 */
export type CompiledPhrase = [feature: number, ...rest: string[]]

/** In a phrase, this key lets the next one stand anywhere later in the clause ("kanzelt seinen Gast … ab"). */
export const CLAUSE_GAP = '…'
/**
 * As a phrase's last key: the word before it closes its clause. A German verb prefix stands
 * apart at the end of a main clause ("gibt die Bindung auf."); the same word with more of the
 * clause after it is a preposition or an article ("gibt viel auf Treue"). Written as a final
 * full stop after a gapped term: "gibt … auf.". Never a token's key: tokens hold no punctuation.
 */
export const CLAUSE_END = '.'

export interface CompiledParaphrase {
  /** Distinct features, and the sum of their weights. */
  features: number[]
  total: number
}

/**
 * One &-group of a pattern as [flags, ...features]: any of the features must occur; with the NEAR
 * flag, close to the pattern's anchor (group 0); with OPTIONAL, its absence is allowed.
 */
export type CompiledGroup = [flags: number, ...any: number[]]
export const NEAR = 1
export const OPTIONAL = 2

export interface CompiledClaim {
  id: string
  status: Status
  /** Alternative patterns, each a list of groups. Empty: coverage alone decides. */
  patterns: CompiledGroup[][]
  /** Per language and pattern: how often it holds in unrelated text, per million words (0 when unknown). */
  unrelated: Record<Lang, number[]>
  /** Features that do not count where negated or doubted. */
  core: number[]
  speaker: number | null
  /** Indices of the claims this one is a narrower case of (see the pack schema's match.refines). */
  refines: number[]
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
  /** Features that are countries named by literal claims (see wording.ts). */
  entities: number[]
  /** [feature, feature it means when negated or doubted] (a lexicon entry's negatedAs). */
  negatedAs: Array<[number, number]>
  cues: { negation: number; doubt: number; pseudoNegation: number; relative: number; speech: number; scopeEnd: number; purpose: number; coordinator: number; pronoun: number; pointer: number }
  languages: Record<Lang, CompiledLanguage>
  claims: CompiledClaim[]
  /**
   * By feature id: indexes into paraphraseOwners of the paraphrases this feature can bring in as
   * candidates. A paraphrase is listed only under its rarest features, enough that no sentence
   * can reach its minimum coverage without one of them (prefix filtering); candidates are then
   * verified against all their features.
   */
  postings: number[][]
  /** Flat paraphrase list: [claimIndex, paraphraseIndex] pairs, so postings stay small integers. */
  paraphraseOwners: Array<[number, number]>
  /** By flat paraphrase: how many of its listed (prefix) features a sentence must hold before it is verified. */
  prefixHits: number[]
}

export function isNearGroup(group: CompiledGroup): boolean {
  return (group[0] & NEAR) !== 0
}

export function isOptionalGroup(group: CompiledGroup): boolean {
  return (group[0] & OPTIONAL) !== 0
}

/** Whether any feature of the group passes `test`. */
export function groupSome(group: CompiledGroup, test: (feature: number) => boolean): boolean {
  for (let index = 1; index < group.length; index++) if (test(group[index] as number)) return true
  return false
}

export function groupFeatures(group: CompiledGroup): number[] {
  return group.slice(1) as number[]
}
