/**
 * Cheap, exact pre-checks before the real work: does a block of text, or a sentence, contain a
 * word that could be an anchor of some claim (by key prefix, acronym or German compound part)?
 * If not, it is not segmented, tokenised or stemmed. Most paragraphs of most pages stop here,
 * and on pages about the story, most sentences that only name the places and people do too.
 */
import type { Lang } from '../text/language.ts'
import { stemWeight } from '../knowledge/general.ts'
import { foldWord } from '../text/normalise.ts'
import { wordForms, type WordForms } from '../text/stem.ts'
import { acronymOf, isCapitalised, stripPossessive } from '../text/tokenise.ts'
import { WordScanner } from '../text/words.ts'
import type { MatcherPack } from './prepare.ts'
import { keyPrefixes, mayBeKey, type PreparedPrefixes } from './key-prefixes.ts'
import { CLAUSE_END, CLAUSE_GAP, groupFeatures, type CompiledLanguage, type CompiledPack } from './compiled.ts'

/**
 * German compound parts of the packs in use, indexed by the letters a word must end with (heads)
 * or begin with (modifiers), so a long word is tried against a handful of parts, not thousands.
 */
export interface CompoundParts {
  heads: Map<string, string[]>
  modifiers: Map<string, string[]>
  size: number
}

/** Letters a part is indexed by: every part is at least this long. */
const INDEX_LETTERS = 3

export function compoundParts(heads: readonly string[], modifiers: readonly string[]): CompoundParts {
  const index = (parts: readonly string[], key: (part: string) => string): Map<string, string[]> => {
    const map = new Map<string, string[]>()
    for (const part of parts) {
      if (part.length < INDEX_LETTERS) continue
      const list = map.get(key(part)) ?? []
      if (!list.includes(part)) list.push(part)
      map.set(key(part), list)
    }
    return map
  }
  return { heads: index(heads, (part) => part.slice(-INDEX_LETTERS)), modifiers: index(modifiers, (part) => part.slice(0, INDEX_LETTERS)), size: heads.length + modifiers.length }
}

/** What the packs in use make of one word, decided once per distinct word. */
export interface WordInfo {
  /** Its stem and exact form, or null when it cannot lead to any key (then it is never stemmed). */
  forms: WordForms | null
  /** Whether it can be an anchor, i.e. a sentence holding it may match. */
  anchor: boolean
}

/** What the packs in use make of one language's words; built the first time a page uses the language. */
export interface LanguageRelevance {
  /** The decisions so far, by word as written. */
  words: Map<string, WordInfo>
  /** Prefixes of every key: words outside them are never stemmed. */
  keys: PreparedPrefixes
  /** Prefixes of keys that lead to an anchor: the cheap first test, before any stemming. */
  anchors: PreparedPrefixes
  /** The anchor keys themselves: a word passing the prefix test is an anchor only if its stem or exact form is one. */
  anchorKeys: Set<string>
  anchorCompounds: CompoundParts
  compounds: CompoundParts
}

export interface Relevance {
  of(lang: Lang): LanguageRelevance
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

/**
 * The word of a phrase that stands for it in the anchor test. Every word of a phrase must occur for
 * it to match, so any one would be exact; the rarest in general text lets the fewest sentences
 * through ("the row" is keyed by "row", "nicht mehr" by "mehr", not by "the" or "nicht", which
 * would let every sentence through). Equally rare words: the longer.
 */
export function phraseAnchorKey(words: readonly string[], lang: Lang): string {
  const rarity = (word: string): number => stemWeight(lang, word.replace(/^=/, ''))
  return words.reduce((a, b) => (rarity(b) > rarity(a) || (rarity(b) === rarity(a) && b.length > a.length) ? b : a))
}

/** A language's keys; with `anchors`, only those leading to one (for a phrase: the one word that stands for it). */
function keysOf(language: CompiledLanguage, lang: Lang, anchors?: Set<number>): string[] {
  const keys: string[] = []
  for (const [key, features] of Object.entries(language.single)) if (!anchors || features.some((feature) => anchors.has(feature))) keys.push(key)
  for (const [first, phrases] of Object.entries(language.phrases)) {
    for (const phrase of phrases) {
      const [feature, ...rest] = phrase
      const words = [first, ...rest].filter((word) => word !== CLAUSE_GAP && word !== CLAUSE_END)
      if (!anchors) keys.push(...words)
      else if (anchors.has(feature)) keys.push(phraseAnchorKey(words, lang))
    }
  }
  return keys
}

function partsOf(language: CompiledLanguage, anchors?: Set<number>): { heads: string[]; modifiers: string[] } {
  const keep = (record: Record<string, number>): string[] => Object.keys(record).filter((part) => !anchors || anchors.has(record[part] as number))
  return { heads: keep(language.compoundHeads), modifiers: keep(language.compoundModifiers) }
}

const cache = new WeakMap<readonly MatcherPack[], Relevance>()

function languageRelevance(packs: readonly MatcherPack[], anchors: Array<Set<number>>, lang: Lang): LanguageRelevance {
  const joinParts = (parts: Array<{ heads: string[]; modifiers: string[] }>): CompoundParts => compoundParts(parts.flatMap((part) => part.heads), parts.flatMap((part) => part.modifiers))
  const anchorKeys = packs.flatMap((pack, index) => keysOf(pack.compiled.languages[lang], lang, anchors[index]))
  return {
    words: new Map(),
    keys: keyPrefixes(packs.flatMap((pack) => keysOf(pack.compiled.languages[lang], lang))),
    anchors: keyPrefixes(anchorKeys),
    anchorKeys: new Set(anchorKeys),
    anchorCompounds: joinParts(packs.map((pack, index) => partsOf(pack.compiled.languages[lang], anchors[index]))),
    compounds: joinParts(packs.map((pack) => partsOf(pack.compiled.languages[lang]))),
  }
}

/**
 * Derived from the packs' keys once per set of packs and language, then cached: a page in one
 * language never pays for the other (measured: building both was a fifth of the content
 * script's work on a 10,000-word page).
 */
export function relevanceOf(packs: readonly MatcherPack[]): Relevance {
  let relevance = cache.get(packs)
  if (relevance) return relevance
  const built: Partial<Record<Lang, LanguageRelevance>> = {}
  let anchors: Array<Set<number>> | null = null
  relevance = {
    of: (lang) => (built[lang] ??= languageRelevance(packs, (anchors ??= packs.map((pack) => anchorFeatures(pack.compiled))), lang)),
  }
  cache.set(packs, relevance)
  return relevance
}

/**
 * What stands before a noun in a word derived from a prefixed verb, not in a compound of two words:
 * "Einbruch", "Durchbruch" and "Ausbruch" are no kind of "Bruch", "Selbstvertrauen" no kind of trust.
 */
const VERB_PREFIXES = new Set([
  'ein', 'aus', 'auf', 'durch', 'zusammen', 'selbst', 'uber', 'unter', 'vor', 'nach', 'wider', 'ent', 'ver', 'zer', 'miss',
  'mit', 'bei', 'fort', 'weg', 'gegen', 'nieder', 'weiter', 'zuruck', 'hervor', 'heraus', 'herum', 'vorbei', 'dar', 'los', 'fest', 'frei', 'hoch', 'auseinander',
])

/**
 * The longest known part a word ends with (its head) and the longest it begins with (its
 * modifier), each leaving at least a few letters for the rest: "Abhängigkeitsverhältnis" is
 * about dependence and about a relationship.
 */
export function compoundPartsOf(parts: CompoundParts, folded: string, capital: boolean): Array<{ part: string; head: boolean }> {
  if (folded.length < COMPOUND_MIN_PART + COMPOUND_MIN_REST) return []
  let head = ''
  // A word that ends in a noun is a noun, written with a capital: "begrüßen" does not end in "Russen".
  for (const part of capital ? (parts.heads.get(folded.slice(-INDEX_LETTERS)) ?? []) : []) {
    if (folded.length - part.length >= COMPOUND_MIN_REST && folded.endsWith(part) && part.length > head.length && !VERB_PREFIXES.has(folded.slice(0, -part.length))) head = part
  }
  let modifier = ''
  for (const part of parts.modifiers.get(folded.slice(0, INDEX_LETTERS)) ?? []) {
    if (folded.length - part.length >= COMPOUND_MIN_REST && folded.startsWith(part) && part.length > modifier.length) modifier = part
  }
  const found: Array<{ part: string; head: boolean }> = []
  if (head) found.push({ part: head, head: true })
  if (modifier) found.push({ part: modifier, head: false })
  return found
}

/** Words remembered per language before the memory is cleared (a page has a few thousand). */
const WORD_MEMORY = 50_000

function decide(relevance: Relevance, word: string, lang: Lang): WordInfo {
  const acronym = acronymOf(word)
  const long = lang === 'de' && word.length >= COMPOUND_MIN_PART + COMPOUND_MIN_REST
  const { compounds: parts, keys } = relevance.of(lang)
  const keyed = acronym !== null || mayBeKey(keys, word, lang) || (long && parts.size > 0)
  // An acronym is keyed by its dotless stem too, as the tokeniser does ("NATO" meets "Nato").
  const forms = keyed ? wordForms(acronym !== null ? word.replace(/\./g, '') : word, lang) : null
  return { forms, anchor: isAnchor(relevance, word, lang, acronym, long, forms) }
}

/**
 * Exact: the word, as the tokeniser will key it, is an anchor key (or an anchor acronym, or a
 * German compound with an anchor part). The prefix test only spares the stemming of most words.
 */
function isAnchor(relevance: Relevance, word: string, lang: Lang, acronym: string | null, long: boolean, forms: WordForms | null): boolean {
  const { anchorKeys: keys, anchors, anchorCompounds: anchorParts } = relevance.of(lang)
  if (acronym !== null && anchors.acronyms.has(acronym)) return true
  if (forms !== null && (acronym !== null || mayBeKey(anchors, word, lang)) && (keys.has(forms.stem) || keys.has(forms.exact))) return true
  return long && anchorParts.size > 0 && compoundPartsOf(anchorParts, foldWord(word, false), isCapitalised(word)).length > 0
}

/** The decision for a word, remembered for the next time the page uses it. */
export function wordInfo(relevance: Relevance, word: string, lang: Lang): WordInfo {
  const memory = relevance.of(lang).words
  let info = memory.get(word)
  if (info === undefined) {
    if (memory.size >= WORD_MEMORY) memory.clear()
    info = decide(relevance, word, lang)
    memory.set(word, info)
  }
  return info
}

/** How many words of `text` could be anchors of some claim in `lang`; the scan stops once `enough` are found. */
export function anchorCount(relevance: Relevance, text: string, lang: Lang, enough = Infinity): number {
  let count = 0
  const words = new WordScanner(text)
  while (count < enough && words.next()) {
    if (wordInfo(relevance, stripPossessive(text.slice(words.start, words.end)), lang).anchor) count++
  }
  return count
}

/** Whether `text` holds at least one word that could be an anchor of some claim in `lang`. */
export function mayMatch(relevance: Relevance, text: string, lang: Lang): boolean {
  return anchorCount(relevance, text, lang, 1) > 0
}
