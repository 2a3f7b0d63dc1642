/**
 * Text normalisation shared by the claim compiler (build time) and the matcher (page time).
 * Both sides must fold text the same way, so this is the only place that decides it.
 */

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2039': "'", '\u203a': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u200b': '',
}
const TYPOGRAPHIC_RE = /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2010-\u2015\u2212\u00a0\u2009\u202f\u200b]/g

/** Replaces curly quotes, dashes and odd spaces with ASCII ones. */
export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHIC_RE, (ch) => TYPOGRAPHIC[ch] ?? ch)
}

const COMBINING_MARKS = /\p{M}+/gu

/** Lower-cases a single word and removes accents, except German umlauts and ß, which the German stemmer folds itself. */
export function foldWord(word: string, keepUmlauts: boolean): string {
  const lower = word.normalize('NFKC').toLowerCase()
  if (keepUmlauts) return lower.replace(/[\u2019']/g, '')
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss').replace(/[\u2019']/g, '')
}

/** Collapses runs of whitespace; used for comparing whole sentences (e.g. paraphrase vs evaluation sentence). */
export function normaliseSentence(text: string): string {
  return foldTypography(text).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * A sentence's key for remembering what a reader said about it: its normalised text hashed
 * (cyrb53, 53 bits, hex), so the same sentence on any page, with other quotes or spacing, has the
 * same key. Written here because it must fold text exactly as normaliseSentence does.
 */
export function sentenceKey(sentence: string): string {
  const text = normaliseSentence(sentence)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)
}
