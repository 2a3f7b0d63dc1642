/** Stemming per language through well-kept packages: Porter (`stemmer`) for English, Snowball German from @orama/stemmers. */
import { stemmer as porter } from 'stemmer'
import { stemmer as snowballGerman } from '@orama/stemmers/german'
import type { Lang } from './language.ts'
import { foldWord } from './normalise.ts'

export interface WordForms {
  /** The stem, the key most terms match on. */
  stem: string
  /** The word folded but not stemmed, behind "=", for terms that must match one exact word. */
  exact: string
}

/** A word's key for terms that must match it as written: folded, not stemmed, behind "=" ("für" is "=fur"). */
export function exactKey(word: string): string {
  return `=${foldWord(word, false)}`
}

const caches: Record<Lang, Map<string, WordForms>> = { en: new Map(), de: new Map() }
const CACHE_LIMIT = 50_000

/** Folds and stems one word. Cached, because a page repeats its vocabulary many times. */
export function wordForms(word: string, lang: Lang): WordForms {
  const cache = caches[lang]
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  const exact = foldWord(word, false)
  const forms: WordForms = {
    stem: lang === 'de' ? snowballGerman(foldWord(word, true)) : porter(exact),
    exact: `=${exact}`,
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, forms)
  return forms
}

export function stemWord(word: string, lang: Lang): string {
  return wordForms(word, lang).stem
}
