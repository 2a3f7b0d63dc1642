/**
 * Which words can possibly matter. Every index key is a stem (or an exact word). Besides
 * removing endings, Porter only ever writes a final "e" (ate, ize, ble, ence…) or turns a final
 * y into "i"; the German stemmer only removes (its umlaut folding is done here too). Measured
 * over 85,680 English and 99,977 German words, a stem differs from its word at most in that last
 * letter. So a word whose stem is a key starts with the key, less a final i or e; at least two
 * and at most five letters are compared. Words outside these prefixes are never stemmed, and a
 * sentence with no anchor prefix is not even tokenised. key-prefixes.test.ts checks this against
 * every word of the corpora.
 */

export interface PreparedPrefixes {
  /** byLength[k]: the k-letter prefixes. */
  byLength: Array<Set<string> | undefined>
  lengths: number[]
  /** Acronym keys ("#US"). */
  acronyms: Set<string>
}

export const MIN_PREFIX = 2
export const MAX_PREFIX = 5
/** Last letters a stemmer may have written in place of the word's own (see above). */
const REWRITTEN_LAST = new Set(['i', 'e'])

export function prefixLength(key: string): number {
  const trusted = REWRITTEN_LAST.has(key[key.length - 1] ?? '') ? key.length - 1 : key.length
  return Math.min(MAX_PREFIX, Math.max(MIN_PREFIX, trusted))
}

export function keyPrefixes(keys: Iterable<string>): PreparedPrefixes {
  const byLength: Array<Set<string> | undefined> = []
  const acronyms = new Set<string>()
  const add = (prefix: string): void => {
    ;(byLength[prefix.length] ??= new Set()).add(prefix)
  }
  for (const raw of keys) {
    if (raw.startsWith('#')) {
      acronyms.add(raw)
      continue
    }
    const key = raw.startsWith('=') ? raw.slice(1) : raw
    if (key.length === 0) continue
    if (key.length < MIN_PREFIX) {
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') add(key + letter)
      continue
    }
    add(key.slice(0, prefixLength(key)))
    // Porter turns a final y into i: "dying" has the stem "di".
    if (key.length === MIN_PREFIX && key.endsWith('i')) add(`${key[0]}y`)
  }
  return { byLength, lengths: byLength.flatMap((set, length) => (set ? [length] : [])), acronyms }
}

const COMBINING_MARKS = /\p{M}+/gu
const NOT_ASCII = /[^\u0020-\u007e]/
const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' }

/**
 * The word's first letters, folded the way its stem is: English without any accents; German
 * with ä, ö, ü and ß folded (as the German stemmer does) and other accents kept.
 */
export function foldedStart(word: string, lang: 'en' | 'de'): string {
  // Apostrophes go, as in foldWord: "won't" has the stem "wont".
  const start = (word.includes("'") || word.includes('\u2019') ? word.replace(/['\u2019]/g, '') : word).slice(0, MAX_PREFIX + 1).toLowerCase()
  if (!NOT_ASCII.test(start)) return start
  if (lang === 'de') return start.normalize('NFC').replace(/[äöüß]/g, (letter) => UMLAUTS[letter] as string)
  return start.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss')
}

export function mayBeKey(prefixes: PreparedPrefixes, word: string, lang: 'en' | 'de'): boolean {
  const start = foldedStart(word, lang)
  for (const length of prefixes.lengths) if (prefixes.byLength[length]?.has(start.slice(0, length))) return true
  return false
}
