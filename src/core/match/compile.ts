/**
 * Compiles a validated pack into the JSON the matcher reads. Lexicon terms, cue words and
 * paraphrases all pass through the same tokeniser and stemmers the page text will, so the
 * two sides can never disagree about a word.
 */
import type { Pack } from '../claims/schema.ts'
import { LANGS, type Lang } from '../text/language.ts'
import { COMPILED_FORMAT, NEAR, OPTIONAL, type CompiledClaim, type CompiledGroup, type CompiledLanguage, type CompiledPack, type CompiledParaphrase } from './compiled.ts'
import { COORDINATORS, DOUBT, POINTERS, PRONOUNS, NEGATION, PSEUDO_NEGATION, PURPOSE, RELATIVE, SCOPE_END, SPEECH } from './cues.ts'
import { parsePattern, PatternError } from './pattern.ts'
import { addTerm, COMPOUND_HEAD_LETTERS, emptyLanguage, FeatureTable } from './terms.ts'
import { LITERAL_DECISION_COVERAGE } from './evidence.ts'
import { WordingCompiler } from './wording.ts'

export { table } from './terms.ts'

/** A German noun of the lexicon, written as one capitalised word with no marker of its own. */
function isCompoundHead(term: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(term) && term.length >= COMPOUND_HEAD_LETTERS
}

/**
 * A German noun that starts a compound with the linking -s- ("Annäherungskurs", "Spaltungsversuch",
 * "Abhängigkeitsverhältnis"): nouns with these endings always take it, and the compound is about them.
 */
function compoundModifier(term: string): string | null {
  return /^\p{Lu}\p{Ll}+(?:ung|heit|keit|schaft|ion|tät)$/u.test(term) ? `${term}s` : null
}

/** Words outside the lexicon still count, but less than curated concepts. */
export const PLAIN_TERM_WEIGHT = 0.5
/**
 * A claim without concept patterns (an imported ClaimReview, say) has only its wording to go on. A
 * sentence becomes a candidate for it with half of the wording's weight (below that the decide step
 * would not weigh it, see evidence.ts) and two of its words; the inverted index lists each wording
 * only under enough of its rarest words that no sentence can reach that share without one of them.
 */
export const LITERAL_MIN_COVERAGE = LITERAL_DECISION_COVERAGE
export const LITERAL_MIN_FEATURES = 2
export const CURATED_MIN_FEATURES = 2

export class PackCompileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`)
  }
}

/**
 * The rarest features of a paraphrase under which it is listed, and how many of them a sentence
 * must hold. Listing stops once what is left out, plus any one listed feature, weighs less than
 * the minimum coverage: then a covering sentence holds at least two listed features, and chance
 * single-word overlaps never become candidates. With no minimum (curated claims, decided by their
 * patterns) every feature is listed and one suffices.
 */
function candidatePrefix(paraphrase: CompiledParaphrase, minCoverage: number, weightOf: (feature: number) => number, frequency: Map<number, number>): { prefix: number[]; hits: number } {
  if (minCoverage <= 0) return { prefix: paraphrase.features, hits: 1 }
  const required = minCoverage * paraphrase.total
  const rarestFirst = [...paraphrase.features].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a - b)
  const prefix: number[] = []
  let listed = 0
  let heaviest = 0
  for (const feature of rarestFirst) {
    prefix.push(feature)
    listed += weightOf(feature)
    heaviest = Math.max(heaviest, weightOf(feature))
    if (paraphrase.total - listed + heaviest < required) return { prefix, hits: 2 }
  }
  return { prefix, hits: 1 }
}

/** Each kind of grammar cue: its feature's name and its word lists. Every kind the compiled pack names has one. */
const CUE_KINDS = {
  negation: ['cue:negation', NEGATION],
  doubt: ['cue:doubt', DOUBT],
  pseudoNegation: ['cue:pseudo-negation', PSEUDO_NEGATION],
  relative: ['cue:relative', RELATIVE],
  speech: ['cue:speech', SPEECH],
  scopeEnd: ['cue:scope-end', SCOPE_END],
  purpose: ['cue:purpose', PURPOSE],
  coordinator: ['cue:coordinator', COORDINATORS],
  pronoun: ['cue:pronoun', PRONOUNS],
  pointer: ['cue:pointer', POINTERS],
} satisfies Record<keyof CompiledPack['cues'], readonly [string, Record<Lang, string[]>]>

/** Compiles a pack that has already passed packSchema. Throws PackCompileError for a bad pattern or concept. */
export function compilePack(pack: Pack): CompiledPack {
  const features = new FeatureTable()
  const languages: Record<Lang, CompiledLanguage> = { en: emptyLanguage(), de: emptyLanguage() }
  const cues = Object.fromEntries(Object.entries(CUE_KINDS).map(([kind, [name]]) => [kind, features.id(name)])) as CompiledPack['cues']
  for (const lang of LANGS) {
    for (const [kind, [, lists]] of Object.entries(CUE_KINDS)) {
      for (const term of lists[lang]) addTerm(languages[lang], lang, term, cues[kind as keyof CompiledPack['cues']])
    }
  }
  const cueFeatures = new Set(Object.values(cues))

  const weights = new Map<number, number>()
  const persons: number[] = []
  for (const [name, entry] of Object.entries(pack.lexicon)) {
    const feature = features.id(`c:${name}`)
    weights.set(feature, entry.weight ?? 1)
    if (entry.person) persons.push(feature)
    const names = new Set(entry.terms.any ?? [])
    for (const lang of LANGS) {
      for (const term of [...(entry.terms.any ?? []), ...(entry.terms[lang] ?? [])]) {
        addTerm(languages[lang], lang, term, feature)
        // German builds compounds on its nouns: "Krisengipfel" and "Ukraine-Gipfeltreffen" are summits too.
        if (lang === 'de' && !entry.person && isCompoundHead(term)) addTerm(languages[lang], lang, `*${term}`, feature)
        const modifier = lang === 'de' && !entry.person ? compoundModifier(term) : null
        if (modifier) addTerm(languages[lang], lang, `${modifier}*`, feature)
        // A German name takes -s in the genitive ("Trumps Kurs", "Xis Griff"), which the stemmer leaves on after most letters.
        const name = entry.person || (names.has(term) && /^\p{Lu}/u.test(term))
        if (lang === 'de' && name && /\p{L}$/u.test(term) && !/[sxzß]$/u.test(term)) addTerm(languages[lang], lang, `${term}s`, feature)
      }
    }
  }
  const weightOf = (feature: number): number => weights.get(feature) ?? PLAIN_TERM_WEIGHT
  const concept = (name: string, path: string): number => {
    const feature = features.find(`c:${name}`)
    if (feature === undefined) throw new PackCompileError(path, `unknown concept "${name}"`)
    return feature
  }
  const negatedAs: Array<[number, number]> = Object.entries(pack.lexicon).flatMap(([name, entry]) =>
    entry.negatedAs ? [[concept(name, `lexicon.${name}`), concept(entry.negatedAs, `lexicon.${name}.negatedAs`)] as [number, number]] : [],
  )

  const wording = new WordingCompiler(languages, features, weights, cueFeatures)
  // The schema has checked that every claim a claim refines is in the pack.
  const claimIndexOf = new Map(pack.claims.map((claim, index) => [claim.id, index]))
  const claims: CompiledClaim[] = pack.claims.map((claim, claimIndex) => {
    const base = `claims[${claimIndex}].match`
    const patterns = claim.match.require.map((source, patternIndex) => {
      const path = `${base}.require[${patternIndex}]`
      try {
        return parsePattern(source).map((group): CompiledGroup => [(group.near ? NEAR : 0) | (group.optional ? OPTIONAL : 0), ...group.names.map((name) => concept(name, path))])
      } catch (error) {
        if (error instanceof PatternError) throw new PackCompileError(path, error.message)
        throw error
      }
    })
    const texts: Array<[string, Lang]> = [
      [claim.claim.en, 'en'],
      ...(claim.claim.de ? [[claim.claim.de, 'de'] as [string, Lang]] : []),
      ...claim.match.paraphrases.en.map((text): [string, Lang] => [text, 'en']),
      ...claim.match.paraphrases.de.map((text): [string, Lang] => [text, 'de']),
    ]
    return {
      id: claim.id,
      status: claim.status,
      patterns,
      unrelated: { en: patterns.map((_, index) => claim.match.unrelated?.en?.[index] ?? 0), de: patterns.map((_, index) => claim.match.unrelated?.de?.[index] ?? 0) },
      core: claim.match.core.map((name) => concept(name, `${base}.core`)),
      speaker: claim.match.speaker ? concept(claim.match.speaker, `${base}.speaker`) : null,
      refines: (claim.match.refines ?? []).map((other) => claimIndexOf.get(other) as number),
      // A curated claim is decided by its patterns (see evidence.ts); only a literal claim is matched on its wordings.
      paraphrases: patterns.length === 0 ? texts.map(([text, lang]) => wording.compile(text, lang)) : [],
      minCoverage: patterns.length > 0 ? 0 : LITERAL_MIN_COVERAGE,
      minFeatures: patterns.length > 0 ? CURATED_MIN_FEATURES : LITERAL_MIN_FEATURES,
    }
  })

  const frequency = new Map<number, number>()
  for (const claim of claims) for (const paraphrase of claim.paraphrases) for (const feature of paraphrase.features) frequency.set(feature, (frequency.get(feature) ?? 0) + 1)
  const postings: number[][] = features.names.map(() => [])
  const paraphraseOwners: Array<[number, number]> = []
  const prefixHits: number[] = []
  claims.forEach((claim, claimIndex) => {
    claim.paraphrases.forEach((paraphrase, paraphraseIndex) => {
      const flat = paraphraseOwners.length
      paraphraseOwners.push([claimIndex, paraphraseIndex])
      const { prefix, hits } = candidatePrefix(paraphrase, claim.minCoverage, weightOf, frequency)
      prefixHits.push(hits)
      for (const feature of prefix) postings[feature]?.push(flat)
    })
  })

  return {
    format: COMPILED_FORMAT,
    packId: pack.id,
    features: features.names,
    weights: features.names.map((_, feature) => (cueFeatures.has(feature) ? 0 : weightOf(feature))),
    persons,
    negatedAs,
    entities: [...wording.entityFeatures],
    cues,
    languages,
    claims,
    postings,
    paraphraseOwners,
    prefixHits,
  }
}
