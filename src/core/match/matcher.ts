/**
 * The matcher's pipeline, one way through: segment a block into sentences, analyse each sentence
 * (concept occurrences, negation and doubt), find its candidate claims, gather evidence for each,
 * and decide with the learned model. A sentence may draw on its context (the page's headline and
 * the sentences before it in the same block) for the participants of a claim, never for its core.
 */
import { guessLanguage, type Lang } from '../text/language.ts'
import { segmentSentences } from '../text/segment.ts'
import { tokenise, type Token } from '../text/tokenise.ts'
import { candidatesOf, sentenceWeight } from './candidates.ts'
import type { CompiledClaim } from './compiled.ts'
import { decide, runnersUp } from './decide.ts'
import { evidenceFor, withMargins, type Evidence } from './evidence.ts'
import type { Occurrence } from './analyse.ts'
import type { MatcherPack } from './prepare.ts'
import { anchorCount, mayMatch, relevanceOf, wordInfo, type Relevance } from './relevance.ts'
import { analyseSentence } from './sentence.ts'
import { PROFILES, type MatchProfile } from './sensitivity.ts'

export { preparePack, type MatcherPack } from './prepare.ts'

export interface ClaimHit {
  packId: string
  claimId: string
  /** The model's probability (0..1) that the sentence restates the claim. */
  score: number
  /** The words in the sentence that matched, as written. */
  terms: string[]
}

export interface TextMatch extends ClaimHit {
  sentence: string
  /** Offsets of the sentence in the text that was matched. */
  start: number
  end: number
  /** Other claims the sentence might restate, most probable first: what a reader may pick instead. */
  alternatives: Array<{ packId: string; claimId: string; score: number }>
}

/** A sentence with its candidates' evidence, before any decision: what training and explanations read. */
export interface SentenceEvidence {
  sentence: string
  start: number
  end: number
  lang: Lang
  evidence: Evidence[]
}

export interface MatchTextOptions {
  profile: MatchProfile
  /** The page's language, used where a block's own language is unclear. */
  lang?: Lang
  /** Text that frames the block, such as the page's headline: it may supply a claim's participants. */
  context?: readonly string[]
  /**
   * false: skip the relevance filters and stem every word. Slower, same result; the property
   * tests use it as the brute-force reference the filters are checked against.
   */
  filter?: boolean
}

/** No sentence with fewer distinct features than this can restate anything. */
const MIN_FEATURES = 2
/** How many earlier sentences of the same block may supply context. */
const CONTEXT_SENTENCES = 3

function tokens(relevance: Relevance, text: string, lang: Lang, filtered: boolean): Token[] {
  return filtered ? tokenise(text, lang, (word) => wordInfo(relevance, word, lang).forms) : tokenise(text, lang)
}

function featureSet(occurrences: readonly Occurrence[]): Set<number> {
  return new Set(occurrences.map((occurrence) => occurrence.feature))
}

/** The concept features a text holds, per pack: what context can lend to a sentence. */
function featuresOf(packs: readonly MatcherPack[], relevance: Relevance, text: string, lang: Lang, filtered: boolean): Array<Set<number>> {
  const words = tokens(relevance, text, lang, filtered)
  return packs.map((pack) => featureSet(analyseSentence(pack, words, lang, relevance).occurrences))
}

function evidenceOfSentence(
  packs: readonly MatcherPack[],
  relevance: Relevance,
  sentence: string,
  lang: Lang,
  filtered: boolean,
  context: (packIndex: number) => ReadonlySet<number> | undefined,
  analysed?: (occurrences: Occurrence[][]) => void,
): Evidence[] {
  const words = tokens(relevance, sentence, lang, filtered)
  if (words.length === 0) return []
  const evidence: Evidence[] = []
  const occurrences: Occurrence[][] = []
  packs.forEach((pack, packIndex) => {
    const state = analyseSentence(pack, words, lang, relevance)
    occurrences.push(state.occurrences)
    if (state.affirmed.size < MIN_FEATURES) return
    const candidates = candidatesOf(pack, state)
    if (candidates.length === 0) return
    const total = sentenceWeight(pack, state)
    for (const candidate of candidates) evidence.push(evidenceFor(pack, packIndex, state, candidate, sentence, total, () => context(packIndex)))
  })
  analysed?.(occurrences)
  return withMargins(evidence)
}

/**
 * The block's language: its own function words decide, then the page's declared language. A block
 * with neither (a headline of names and nouns, a line given alone) is read in the language whose
 * claim anchors it holds more of, English on a tie.
 */
function blockLanguage(relevance: Relevance, text: string, declared: Lang | undefined): Lang {
  const guessed = guessLanguage(text) ?? declared
  if (guessed) return guessed
  return anchorCount(relevance, text, 'de') > anchorCount(relevance, text, 'en') ? 'de' : 'en'
}

/**
 * Segments a block of text (a paragraph, a line) and gathers the evidence for every sentence with
 * candidates. The language is decided once per block: a short sentence follows its paragraph.
 */
export function explainText(packs: readonly MatcherPack[], text: string, options: Omit<MatchTextOptions, 'profile'>): SentenceEvidence[] {
  const relevance = relevanceOf(packs)
  const lang = blockLanguage(relevance, text, options.lang)
  const filtered = options.filter !== false
  const out: SentenceEvidence[] = []
  if (filtered && !mayMatch(relevance, text, lang)) return out
  const spans = segmentSentences(text, lang)
  const framing = options.context ?? []
  let framed: Array<Set<number>> | null = null
  const earlier = new Map<number, Array<Set<number>>>()
  // A sentence analysed for its own candidates leaves its occurrences here, so it is not analysed
  // again should a later sentence need it as context.
  const analysed = new Map<number, Occurrence[][]>()
  const earlierFeatures = (index: number): Array<Set<number>> => {
    let known = earlier.get(index)
    if (!known) {
      const span = spans[index] as { start: number; end: number }
      const found = analysed.get(index)
      known = found ? found.map(featureSet) : featuresOf(packs, relevance, text.slice(span.start, span.end), lang, filtered)
      earlier.set(index, known)
    }
    return known
  }
  spans.forEach((span, index) => {
    const sentence = text.slice(span.start, span.end)
    if (filtered && !mayMatch(relevance, sentence, lang)) return
    const contexts: Array<Set<number> | undefined> = []
    // Context is read only for a sentence that has candidates, and only once.
    const context = (packIndex: number): ReadonlySet<number> | undefined => {
      if (contexts.length === 0) {
        framed ??= framing.length ? featuresOf(packs, relevance, framing.join('\n'), lang, filtered) : packs.map(() => new Set<number>())
        for (let p = 0; p < packs.length; p++) {
          const union = new Set(framed[p])
          for (let before = Math.max(0, index - CONTEXT_SENTENCES); before < index; before++) for (const feature of earlierFeatures(before)[p] ?? []) union.add(feature)
          contexts.push(union)
        }
      }
      const found = contexts[packIndex]
      return found && found.size > 0 ? found : undefined
    }
    const evidence = evidenceOfSentence(packs, relevance, sentence, lang, filtered, context, (occurrences) => analysed.set(index, occurrences))
    if (evidence.length > 0) out.push({ sentence, start: span.start, end: span.end, lang, evidence })
  })
  return out
}

function hitOf(packs: readonly MatcherPack[], evidence: Evidence, probability: number, withTerms = true): ClaimHit {
  const pack = packs[evidence.packIndex] as MatcherPack
  return {
    packId: pack.compiled.packId,
    claimId: (pack.compiled.claims[evidence.claimIndex] as CompiledClaim).id,
    score: Math.round(probability * 1000) / 1000,
    terms: withTerms ? evidence.terms() : [],
  }
}

/** Every claim each sentence of the block restates, in sentence order (most probable first within a sentence). */
export function matchText(packs: readonly MatcherPack[], text: string, options: MatchTextOptions): TextMatch[] {
  const matches: TextMatch[] = []
  for (const item of explainText(packs, text, options)) {
    const decided = decide(item.evidence, item.lang, options.profile.sensitivity)
    if (decided.length === 0) continue
    const others = runnersUp(item.evidence, item.lang, decided)
    for (const decision of decided) {
      const alternatives = [...decided.filter((other) => other !== decision), ...others].map((other) => {
        const { packId, claimId, score } = hitOf(packs, other.evidence, other.probability, false)
        return { packId, claimId, score }
      })
      matches.push({ ...hitOf(packs, decision.evidence, decision.probability), sentence: item.sentence, start: item.start, end: item.end, alternatives })
    }
  }
  return matches
}

/** The most probable claim for one sentence, or null. */
export function matchSentence(packs: readonly MatcherPack[], sentence: string, lang: Lang, profile: MatchProfile = PROFILES.balanced): ClaimHit | null {
  const relevance = relevanceOf(packs)
  if (!mayMatch(relevance, sentence, lang)) return null
  const evidence = evidenceOfSentence(packs, relevance, sentence, lang, true, () => undefined)
  const [best] = decide(evidence, lang, profile.sensitivity)
  return best ? hitOf(packs, best.evidence, best.probability) : null
}
