/**
 * Compiles a validated pack into the JSON the matcher reads. Lexicon terms, cue words and
 * paraphrases all pass through the same tokeniser and stemmers the page text will, so the
 * two sides can never disagree about a word.
 */
import { eng as englishStopwords, deu as germanStopwords } from 'stopword'
import type { Pack } from '../claims/schema.ts'
import { LANGS, type Lang } from '../text/language.ts'
import { foldWord } from '../text/normalise.ts'
import { tokenise } from '../text/tokenise.ts'
import { findOccurrences } from './analyse.ts'
import { CLAUSE_GAP, COMPILED_FORMAT, NEAR, OPTIONAL, type CompiledClaim, type CompiledGroup, type CompiledLanguage, type CompiledPack, type CompiledParaphrase } from './compiled.ts'
import { DOUBT, NEGATION, SCOPE_END, SPEECH } from './cues.ts'
import { parsePattern, PatternError } from './pattern.ts'

/** Words outside the lexicon still count, but less than curated concepts. */
export const PLAIN_TERM_WEIGHT = 0.5
/**
 * A claim without concept patterns (an imported ClaimReview, say) has only its wording to go
 * on, so it must be restated fairly literally: most of its words, and at least three of them.
 */
export const LITERAL_MIN_COVERAGE = 0.6
export const LITERAL_MIN_FEATURES = 3
export const CURATED_MIN_FEATURES = 2

const STOPWORDS: Record<Lang, Set<string>> = {
  en: new Set(englishStopwords),
  de: new Set(germanStopwords),
}

export class PackCompileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`)
  }
}

class FeatureTable {
  readonly names: string[] = []
  private readonly ids = new Map<string, number>()
  id(name: string): number {
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.names.length
      this.names.push(name)
      this.ids.set(name, id)
    }
    return id
  }
  find(name: string): number | undefined {
    return this.ids.get(name)
  }
}

/** A prototype-free table, so lookups of words like "constructor" find nothing. */
export function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function emptyLanguage(): CompiledLanguage {
  return { single: table(), phrases: table(), compoundHeads: table(), compoundModifiers: table(), exact: false }
}

function addUnique(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value)
}

function termKeys(text: string, lang: Lang, exact: boolean): string[] {
  // Single letters inside a phrase (articles, initials: "drive a wedge", "Donald J. Trump") are
  // left to the phrase gap rather than kept as keys that would match nearly any word.
  const all = tokenise(text, lang)
  const tokens = all.length > 1 ? all.filter((token) => token.end - token.start > 1) : all
  return tokens.map((token) => (exact ? token.exact : (token.acronym ?? token.stem)))
}

/**
 * Registers one surface term for a feature. Markers: "*gipfel" may end a German compound,
 * "gipfel*" may start one; "=alienate" matches that exact word only, where stemming would
 * make it collide with another ("alienate" and "aliens" share the stem "alien").
 */
function addTerm(target: CompiledLanguage, lang: Lang, rawTerm: string, feature: number): void {
  const exact = rawTerm.startsWith('=')
  const asHead = rawTerm.startsWith('*')
  const asModifier = rawTerm.endsWith('*')
  const term = rawTerm.replace(/^[*=]|\*$/g, '')
  if (exact) target.exact = true
  // "kanzelt … ab": a German verb whose prefix stands apart, later in the same clause.
  const keys = term.split(CLAUSE_GAP).flatMap((part, index) => [...(index > 0 ? [CLAUSE_GAP] : []), ...termKeys(part, lang, exact)])
  const [first, ...rest] = keys
  if (first === undefined || first === '') return
  if (rest.length === 0) addUnique((target.single[first] ??= []), feature)
  else {
    const list = (target.phrases[first] ??= [])
    if (!list.some(([known, ...words]) => known === feature && words.join(' ') === rest.join(' '))) list.push([feature, ...rest])
  }
  const folded = foldWord(term, false)
  if (asHead) target.compoundHeads[folded] = feature
  if (asModifier) target.compoundModifiers[folded] = feature
}

/**
 * A literal claim's wording as the features it contains: the lexicon concepts it names (when the
 * pack has a lexicon) and, for every other word that is not a stopword, the word itself.
 */
function compileWording(text: string, lang: Lang, language: CompiledLanguage, features: FeatureTable, weightOf: (feature: number) => number, cueFeatures: Set<number>): CompiledParaphrase {
  const tokens = tokenise(text, lang)
  const occurrences = findOccurrences(language, tokens, lang)
  const covered = new Set<number>()
  const found = new Set<number>()
  for (const occurrence of occurrences) {
    if (cueFeatures.has(occurrence.feature)) continue
    found.add(occurrence.feature)
    for (let i = occurrence.first; i <= occurrence.last; i++) covered.add(i)
  }
  tokens.forEach((token, index) => {
    const surface = text.slice(token.start, token.end).toLowerCase()
    const key = token.acronym ?? token.stem
    if (covered.has(index) || STOPWORDS[lang].has(surface) || key.length < 2) return
    const feature = features.id(`${lang}:${key}`)
    addUnique((language.single[key] ??= []), feature)
    found.add(feature)
  })
  const list = [...found]
  return { features: list, total: list.reduce((sum, feature) => sum + weightOf(feature), 0) }
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

/** Compiles a pack that has already passed packSchema. Throws PackCompileError for a bad pattern or concept. */
export function compilePack(pack: Pack): CompiledPack {
  const features = new FeatureTable()
  const languages: Record<Lang, CompiledLanguage> = { en: emptyLanguage(), de: emptyLanguage() }
  const cueLists = { negation: NEGATION, doubt: DOUBT, speech: SPEECH, scopeEnd: SCOPE_END }
  const cues = {
    negation: features.id('cue:negation'),
    doubt: features.id('cue:doubt'),
    speech: features.id('cue:speech'),
    scopeEnd: features.id('cue:scope-end'),
  }
  for (const lang of LANGS) {
    for (const [name, lists] of Object.entries(cueLists)) {
      for (const term of lists[lang]) addTerm(languages[lang], lang, term, cues[name as keyof typeof cues])
    }
  }
  const cueFeatures = new Set(Object.values(cues))

  const weights = new Map<number, number>()
  const persons: number[] = []
  for (const [name, entry] of Object.entries(pack.lexicon)) {
    const feature = features.id(`c:${name}`)
    weights.set(feature, entry.weight ?? 1)
    if (entry.person) persons.push(feature)
    for (const lang of LANGS) {
      for (const term of [...(entry.terms.any ?? []), ...(entry.terms[lang] ?? [])]) addTerm(languages[lang], lang, term, feature)
    }
  }
  const weightOf = (feature: number): number => weights.get(feature) ?? PLAIN_TERM_WEIGHT
  const concept = (name: string, path: string): number => {
    const feature = features.find(`c:${name}`)
    if (feature === undefined) throw new PackCompileError(path, `unknown concept "${name}"`)
    return feature
  }

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
      // A curated claim is decided by its patterns (see evidence.ts); only a literal claim is matched on its wordings.
      paraphrases: patterns.length === 0 ? texts.map(([text, lang]) => compileWording(text, lang, languages[lang], features, weightOf, cueFeatures)) : [],
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
    cues,
    languages,
    claims,
    postings,
    paraphraseOwners,
    prefixHits,
  }
}
