/**
 * Cheap, exact pre-checks before the real work: does a block of text, or a sentence, contain a
 * word that could be an anchor of some claim (by key prefix, acronym or German compound part)?
 * If not, it is not segmented, tokenised or stemmed. Most paragraphs of most pages stop here,
 * and on pages about the story, most sentences that only name the places and people do too.
 */
import type { Lang } from '../text/language.ts'
import { foldWord } from '../text/normalise.ts'
import { wordForms, type WordForms } from '../text/stem.ts'
import { isAllCaps, stripPossessive, WORD } from '../text/tokenise.ts'
import type { MatcherPack } from './matcher.ts'
import { keyPrefixes, mayBeKey, type PreparedPrefixes } from './key-prefixes.ts'
import { groupFeatures, type CompiledLanguage, type CompiledPack } from './compiled.ts'

export interface CompoundParts {
  heads: string[]
  modifiers: string[]
}

/** What the packs in use make of one word, decided once per distinct word. */
export interface WordInfo {
  /** Its stem and exact form, or null when it cannot lead to any key (then it is never stemmed). */
  forms: WordForms | null
  /** Whether it can be an anchor, i.e. a sentence holding it may match. */
  anchor: boolean
}

export interface Relevance {
  /** Per language, the decisions so far, by word as written. */
  words: Record<Lang, Map<string, WordInfo>>
  /** Prefixes of every key: words outside them are never stemmed. */
  keys: Record<Lang, PreparedPrefixes>
  /** Prefixes of keys that lead to an anchor (see CompiledLanguage.anchorPrefixes). */
  anchors: Record<Lang, PreparedPrefixes>
  anchorCompounds: Record<Lang, CompoundParts>
  compounds: Record<Lang, CompoundParts>
}

/** Shortest German word tried as a compound: a part of four letters and a rest of three. */
export const COMPOUND_MIN_PART = 4
export const COMPOUND_MIN_REST = 3

/**
 * Anchor features: what every pattern of a curated claim requires (its first group), and the
 * listed words of a literal claim (one of which every match must contain, see compile.ts).
 */
export function anchorFeatures(compiled: CompiledPack): Set<number> {
  const anchors = new Set<number>()
  for (const claim of compiled.claims) for (const pattern of claim.patterns) for (const feature of pattern[0] ? groupFeatures(pattern[0]) : []) anchors.add(feature)
  compiled.postings.forEach((postings, feature) => {
    if (postings.some((flat) => compiled.claims[(compiled.paraphraseOwners[flat] as [number, number])[0]]?.patterns.length === 0)) anchors.add(feature)
  })
  return anchors
}

/** A language's keys; with `anchors`, only those leading to one (for a phrase: its longest word, as all its words must occur). */
function keysOf(language: CompiledLanguage, anchors?: Set<number>): string[] {
  const keys: string[] = []
  for (const [key, features] of Object.entries(language.single)) if (!anchors || features.some((feature) => anchors.has(feature))) keys.push(key)
  for (const [first, phrases] of Object.entries(language.phrases)) {
    for (const phrase of phrases) {
      const [feature, ...rest] = phrase
      const words = [first, ...rest]
      if (!anchors) keys.push(...words)
      else if (anchors.has(feature)) keys.push(words.reduce((a, b) => (b.length > a.length ? b : a)))
    }
  }
  return keys
}

function partsOf(language: CompiledLanguage, anchors?: Set<number>): CompoundParts {
  const keep = (record: Record<string, number>): string[] => Object.keys(record).filter((part) => !anchors || anchors.has(record[part] as number))
  return { heads: keep(language.compoundHeads), modifiers: keep(language.compoundModifiers) }
}

const cache = new WeakMap<readonly MatcherPack[], Relevance>()

/** Derived from the packs' keys once per set of packs (well under a millisecond), then cached. */
export function relevanceOf(packs: readonly MatcherPack[]): Relevance {
  let relevance = cache.get(packs)
  if (relevance) return relevance
  const anchors = packs.map((pack) => anchorFeatures(pack.compiled))
  const per = <T>(make: (lang: Lang) => T): Record<Lang, T> => ({ en: make('en'), de: make('de') })
  const joinParts = (parts: CompoundParts[]): CompoundParts => ({ heads: parts.flatMap((part) => part.heads), modifiers: parts.flatMap((part) => part.modifiers) })
  relevance = {
    words: per(() => new Map()),
    keys: per((lang) => keyPrefixes(packs.flatMap((pack) => keysOf(pack.compiled.languages[lang])))),
    anchors: per((lang) => keyPrefixes(packs.flatMap((pack, index) => keysOf(pack.compiled.languages[lang], anchors[index])))),
    anchorCompounds: per((lang) => joinParts(packs.map((pack, index) => partsOf(pack.compiled.languages[lang], anchors[index])))),
    compounds: per((lang) => joinParts(packs.map((pack) => partsOf(pack.compiled.languages[lang])))),
  }
  cache.set(packs, relevance)
  return relevance
}

/** A compound part the word begins or ends with, leaving at least a few letters for the rest. */
export function compoundPart(parts: CompoundParts, folded: string): { part: string; head: boolean } | null {
  if (folded.length < COMPOUND_MIN_PART + COMPOUND_MIN_REST) return null
  let best: { part: string; head: boolean } | null = null
  for (const head of parts.heads) {
    if (folded.length - head.length >= COMPOUND_MIN_REST && folded.endsWith(head) && (!best || head.length > best.part.length)) best = { part: head, head: true }
  }
  if (best) return best
  for (const modifier of parts.modifiers) {
    if (folded.length - modifier.length >= COMPOUND_MIN_REST && folded.startsWith(modifier) && (!best || modifier.length > best.part.length)) best = { part: modifier, head: false }
  }
  return best
}

/** Words remembered per language before the memory is cleared (a page has a few thousand). */
const WORD_MEMORY = 50_000

function decide(relevance: Relevance, word: string, lang: Lang): WordInfo {
  const acronym = word.includes('.') || isAllCaps(word) ? '#' + word.replace(/\./g, '').toUpperCase() : null
  const long = lang === 'de' && word.length >= COMPOUND_MIN_PART + COMPOUND_MIN_REST
  const anchorParts = relevance.anchorCompounds[lang]
  const anchor =
    mayBeKey(relevance.anchors[lang], word, lang) ||
    (acronym !== null && relevance.anchors[lang].acronyms.has(acronym)) ||
    (long && anchorParts.heads.length + anchorParts.modifiers.length > 0 && compoundPart(anchorParts, foldWord(word, false)) !== null)
  const parts = relevance.compounds[lang]
  const keyed = acronym !== null || mayBeKey(relevance.keys[lang], word, lang) || (long && parts.heads.length + parts.modifiers.length > 0)
  return { forms: keyed ? wordForms(word, lang) : null, anchor }
}

/** The decision for a word, remembered for the next time the page uses it. */
export function wordInfo(relevance: Relevance, word: string, lang: Lang): WordInfo {
  const memory = relevance.words[lang]
  let info = memory.get(word)
  if (info === undefined) {
    if (memory.size >= WORD_MEMORY) memory.clear()
    info = decide(relevance, word, lang)
    memory.set(word, info)
  }
  return info
}

/** The tokeniser's word pattern, with its own position, so a scan never disturbs a tokenisation. */
const SCAN = new RegExp(WORD.source, 'gu')

/** Whether `text` holds at least one word that could be an anchor of some claim in `lang`. */
export function mayMatch(relevance: Relevance, text: string, lang: Lang): boolean {
  SCAN.lastIndex = 0
  for (let match = SCAN.exec(text); match !== null; match = SCAN.exec(text)) {
    if (wordInfo(relevance, stripPossessive(match[0]), lang).anchor) return true
  }
  return false
}
