/**
 * Literal claims, those with nothing but their sentence (a ClaimReview, a pack nobody curated), are
 * matched on their own wording: the lexicon concepts it names, the countries it names (with every
 * name that stands for them, in both languages: "Russia" is also "Moscow", "the Kremlin",
 * "Russland"), and its other words, each weighted by how rare it is in general text.
 */
import { eng as englishStopwords, deu as germanStopwords } from 'stopword'
import { ENTITY_CLUSTERS, stemWeight } from '../knowledge/general.ts'
import { calendarNames } from '../text/calendar.ts'
import { LANGS, type Lang } from '../text/language.ts'
import { foldWord } from '../text/normalise.ts'
import { tokenise } from '../text/tokenise.ts'
import { findOccurrences } from './analyse.ts'
import type { CompiledLanguage, CompiledParaphrase } from './compiled.ts'
import { addTerm, addUnique, COMPOUND_HEAD_LETTERS, emptyLanguage, type FeatureTable } from './terms.ts'

/** A named country weighs as much as a fairly rare word: telling, but not enough alone. */
export const ENTITY_WEIGHT = 1

const STOPWORDS: Record<Lang, Set<string>> = { en: new Set(englishStopwords), de: new Set(germanStopwords) }

/**
 * When a claim happened (a number, a month, a weekday) is a detail restatements seldom repeat:
 * "clashed in the Oval Office" restates "clashed in the Oval Office on Friday, 28 February 2025".
 * Such words weigh least. Month and weekday names come from the platform's own calendar data.
 */
const DATE_WEIGHT = 0.25
const dateWords: Partial<Record<Lang, Set<string>>> = {}

function isDateWord(surface: string, lang: Lang): boolean {
  if (/^\d+$/.test(surface)) return true
  const names = (dateWords[lang] ??= new Set([...calendarNames([lang], 'month', ['long', 'short']), ...calendarNames([lang], 'weekday', ['long', 'short'])]))
  return names.has(surface.toLowerCase())
}

let entityTables: Record<Lang, CompiledLanguage> | null = null

/** Surface names of every country, keyed to the index of its cluster; built once. */
function entities(): Record<Lang, CompiledLanguage> {
  if (!entityTables) {
    const tables = { en: emptyLanguage(), de: emptyLanguage() }
    ENTITY_CLUSTERS.forEach((cluster, index) => {
      for (const lang of LANGS) for (const name of cluster[lang]) addTerm(tables[lang], lang, name, index)
    })
    entityTables = tables
  }
  return entityTables
}

export class WordingCompiler {
  /** Features that are countries: literal evidence counts them apart from the other words. */
  readonly entityFeatures = new Set<number>()

  constructor(
    private readonly languages: Record<Lang, CompiledLanguage>,
    private readonly features: FeatureTable,
    private readonly weights: Map<number, number>,
    private readonly cueFeatures: Set<number>,
  ) {}

  private entityFeature(index: number): number {
    const cluster = ENTITY_CLUSTERS[index]
    const feature = this.features.id(`e:${cluster?.id ?? index}`)
    if (cluster && !this.entityFeatures.has(feature)) {
      this.entityFeatures.add(feature)
      this.weights.set(feature, ENTITY_WEIGHT)
      for (const lang of LANGS) for (const name of cluster[lang]) addTerm(this.languages[lang], lang, name, feature)
    }
    return feature
  }

  compile(text: string, lang: Lang): CompiledParaphrase {
    const tokens = tokenise(text, lang)
    const covered = new Set<number>()
    const found = new Set<number>()
    for (const occurrence of findOccurrences(this.languages[lang], tokens, lang)) {
      if (this.cueFeatures.has(occurrence.feature)) continue
      found.add(occurrence.feature)
      for (let i = occurrence.first; i <= occurrence.last; i++) covered.add(i)
    }
    for (const occurrence of findOccurrences(entities()[lang], tokens, lang)) {
      if ([...Array(occurrence.last - occurrence.first + 1).keys()].some((offset) => covered.has(occurrence.first + offset))) continue
      found.add(this.entityFeature(occurrence.feature))
      for (let i = occurrence.first; i <= occurrence.last; i++) covered.add(i)
    }
    const language = this.languages[lang]
    tokens.forEach((token, index) => {
      const surface = text.slice(token.start, token.end)
      const key = token.acronym ?? token.stem
      if (covered.has(index) || STOPWORDS[lang].has(surface.toLowerCase()) || key.length < 2) return
      const feature = this.features.id(`${lang}:${key}`)
      if (!this.weights.has(feature)) this.weights.set(feature, isDateWord(surface, lang) ? DATE_WEIGHT : stemWeight(lang, key))
      addUnique((language.single[key] ??= []), feature)
      // German builds compounds on its nouns: a page's "Krisengipfel" restates a claim's "Gipfel".
      if (lang === 'de' && /^\p{Lu}/u.test(surface) && surface.length >= COMPOUND_HEAD_LETTERS) language.compoundHeads[foldWord(surface, false)] ??= feature
      found.add(feature)
    })
    const list = [...found]
    return { features: list, total: list.reduce((sum, feature) => sum + (this.weights.get(feature) ?? 1), 0) }
  }
}
