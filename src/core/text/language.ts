import { LetterScanner } from './words.ts'

/** The languages the matcher knows. Other text is still segmented, but matched with English rules (and then rarely matches). */
export type Lang = 'en' | 'de'
export const LANGS: readonly Lang[] = ['en', 'de']

// Frequent function words that are not shared between the two languages.
// Left out because both languages use them often: an, in, was, war ("the war"), am, so.
const ENGLISH_FUNCTION_WORDS = [
  'the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'his', 'has', 'have', 'are', 'it', 'this', 'by',
  'from', 'not', 'but', 'on', 'be', 'which', 'who', 'would', 'its', 'their', 'they', 'been', 'said', 'a',
  'as', 'at', 'or', 'he', 'she', 'we', 'more', 'than', 'after', 'between', 'could', 'about', 'into', 'there',
]
const GERMAN_FUNCTION_WORDS = [
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'zu', 'ein', 'eine', 'einen', 'sich',
  'auf', 'für', 'des', 'im', 'sie', 'es', 'auch', 'wird', 'hat', 'dass', 'nach', 'bei', 'wie', 'um', 'zwischen',
  'sei', 'habe', 'werden', 'wurde', 'einem', 'einer', 'noch', 'nur', 'aus', 'über', 'vor', 'sagte', 'seine',
  'ihre', 'oder', 'aber', 'soll', 'kann', 'mehr', 'als', 'vom', 'zum', 'zur', 'sind',
  // Short headlines hold few of the words above: "Warum Trump Putin gegen China in Stellung bringen will".
  'gegen', 'warum', 'nun', 'wenn', 'weil', 'doch', 'durch', 'unter', 'ihm', 'ihn', 'wir', 'ich', 'wer', 'denn',
  'seit', 'jetzt', 'sehr', 'immer', 'wieder', 'schon', 'kein', 'keine', 'einst', 'hatte', 'dieser', 'diese',
]

/** +1 for an English function word, -1 for a German one; built on first use (the content script only reads tags). */
let functionWords: Map<string, number> | null = null
/** Longer words are not looked up: none of the function words is. */
let longestFunctionWord = 0

function functionWordTable(): Map<string, number> {
  if (!functionWords) {
    functionWords = new Map([...ENGLISH_FUNCTION_WORDS.map((word): [string, number] => [word, 1]), ...GERMAN_FUNCTION_WORDS.map((word): [string, number] => [word, -1])])
    longestFunctionWord = Math.max(...[...functionWords.keys()].map((word) => word.length))
  }
  return functionWords
}
const GERMAN_LETTERS = /[äöüß]/gi
const WORDS_LOOKED_AT = 30

/**
 * Guesses the language of a short text from function words. Ties go to `fallback`
 * (the page's declared language), so an ambiguous headline follows its page.
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  return guessLanguage(text) ?? fallback
}

/** The language the text's own function words (and German letters) point to, or null when they do not. */
export function guessLanguage(text: string): Lang | null {
  const table = functionWordTable()
  let balance = 0
  let words = 0
  const runs = new LetterScanner(text)
  while (words < WORDS_LOOKED_AT && runs.next()) {
    words++
    if (runs.end - runs.start <= longestFunctionWord) balance += table.get(text.slice(runs.start, runs.end).toLowerCase()) ?? 0
  }
  const sample = text.length > 400 ? text.slice(0, 400) : text
  balance -= (sample.match(GERMAN_LETTERS)?.length ?? 0) * 0.5
  if (balance === 0) return null
  return balance > 0 ? 'en' : 'de'
}

/** Maps a BCP 47 tag such as "de-CH" to a known language, if any. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]
  return primary === 'en' || primary === 'de' ? primary : undefined
}
