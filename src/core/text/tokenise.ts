/**
 * Word tokens with their offsets in the original text. Offsets always point into the text
 * as given (no normalisation before slicing), so a match maps back onto the page exactly.
 */
import type { Lang } from './language.ts'
import { wordForms, type WordForms } from './stem.ts'
import { WordScanner } from './words.ts'

export interface Token {
  /** Offsets into the text that was tokenised. */
  start: number
  end: number
  stem: string
  /** The folded word behind "=", for exact-word terms. */
  exact: string
  /** For acronyms such as "U.S." or "WSJ": "#US" / "#WSJ", so "US" never meets the pronoun "us". */
  acronym: string | null
  /** True when punctuation that ends a clause (; : ( ) or a spaced dash) stands between this token and the previous one. */
  clauseBreak: boolean
  /** True when a comma stands between this token and the previous one: German sets one between any two clauses. */
  comma: boolean
  /** True when the word begins with a capital letter: a German word that ends in a noun is a noun ("Exilrussen", not "begrüßen"). */
  capital: boolean
}

/** Whether a word begins with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0] ?? ''
  return first !== first.toLowerCase()
}

const CLAUSE_BREAK = /[;:()[\]\u2013\u2014]|\s-\s/
const POSSESSIVE = /['\u2019]s$/iu

/** "US", "NATO", "G7": short and all upper case. String checks, not a regex: this runs for every word. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** The acronym key of a word ("U.S." and "US" → "#US"), or null if it is not one. */
export function acronymOf(surface: string): string | null {
  if (surface.includes('.')) return '#' + surface.replace(/\./g, '').toUpperCase()
  return isAllCaps(surface) ? '#' + surface : null
}

/** "Trump's" → "Trump": possessives are stemmed as their noun. */
export function stripPossessive(surface: string): string {
  return surface.length > 2 && (surface.endsWith("'s") || surface.endsWith('\u2019s') || surface.endsWith("'S")) ? surface.replace(POSSESSIVE, '') : surface
}

/**
 * Tokenises `text` for `lang`. `formsOf` gives a word's stem and exact form, or null for a word
 * that cannot matter (its stem and exact form stay empty and match nothing); by default every
 * word is stemmed.
 */
export function tokenise(text: string, lang: Lang, formsOf: (word: string) => WordForms | null = (word) => wordForms(word, lang)): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  const words = new WordScanner(text)
  while (words.next()) {
    const { start, end } = words
    const surface = text.slice(start, end)
    // Most gaps are one space; only longer gaps can hold clause punctuation.
    const gap = start - previousEnd
    const punctuated = tokens.length > 0 && (gap > 1 || (gap === 1 && text[previousEnd] !== ' '))
    const between = punctuated ? text.slice(previousEnd, start) : ''
    const clauseBreak = punctuated && CLAUSE_BREAK.test(between)
    const comma = punctuated && between.includes(',')
    previousEnd = end
    const acronym = acronymOf(surface)
    const word = stripPossessive(surface)
    const forms = acronym ? wordForms(word.replace(/\./g, ''), lang) : formsOf(word)
    const capital = isCapitalised(surface)
    tokens.push(forms ? { start, end, stem: forms.stem, exact: forms.exact, acronym, clauseBreak, comma, capital } : { start, end, stem: '', exact: '', acronym: null, clauseBreak, comma, capital })
  }
  return tokens
}

/** The keys a token is looked up by: its acronym form first, then its stem. */
export function tokenKeys(token: Token): string[] {
  return token.acronym ? [token.acronym, token.stem] : [token.stem]
}
