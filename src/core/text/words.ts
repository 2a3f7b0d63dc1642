/**
 * Finds the words of a text: a dotted abbreviation of two or more letters ("U.S.", "z.B."), else a
 * run of letters and digits with inner apostrophes ("don't", "Trump's"). It finds exactly what
 * WORD_PATTERN finds (a property test holds the two together), written out by hand because it runs
 * over every word of every page the gate lets through and measured three times faster than the
 * regular expression's Unicode classes.
 */

/** The same words as a regular expression, for code that is not on the hot path, and for the test. */
export const WORD_PATTERN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu

const LETTER = /^\p{L}$/u
const DIGIT = /^\p{N}$/u
const OTHER = 0
const LETTER_KIND = 1
const DIGIT_KIND = 2
const UNKNOWN = 3

/** What each UTF-16 unit is, looked up with the Unicode classes the first time it is met; allocated on first use. */
let kinds: Uint8Array | null = null

/** The kind of the code point at `index` and its length in UTF-16 units (2 for an astral one). */
function kindAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(index) as number
    if (point > 0xffff) {
      const character = String.fromCodePoint(point)
      return LETTER.test(character) ? LETTER_KIND : DIGIT.test(character) ? DIGIT_KIND : OTHER
    }
  }
  kinds ??= new Uint8Array(0x10000).fill(UNKNOWN)
  let kind = kinds[unit] as number
  if (kind === UNKNOWN) {
    const character = String.fromCharCode(unit)
    kind = LETTER.test(character) ? LETTER_KIND : DIGIT.test(character) ? DIGIT_KIND : OTHER
    kinds[unit] = kind
  }
  return kind
}

function unitsAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  return unit >= 0xd800 && unit <= 0xdbff && (text.codePointAt(index) as number) > 0xffff ? 2 : 1
}

const DOT = 0x2e
const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

/** Moves through the runs of letters of `text` (what /\p{L}+/gu finds), the same way as WordScanner. */
export class LetterScanner {
  start = 0
  end = 0

  constructor(private readonly text: string) {}

  next(): boolean {
    const text = this.text
    let index = this.end
    while (index < text.length && kindAt(text, index) !== LETTER_KIND) index += unitsAt(text, index)
    if (index >= text.length) return false
    this.start = index
    while (index < text.length && kindAt(text, index) === LETTER_KIND) index += unitsAt(text, index)
    this.end = index
    return true
  }
}

/** Moves through the words of `text`, one at a time, without allocating: `next()`, then `start` and `end`. */
export class WordScanner {
  start = 0
  end = 0
  private position = 0

  constructor(private readonly text: string) {}

  next(): boolean {
    const text = this.text
    const length = text.length
    let index = this.position
    while (index < length && kindAt(text, index) === OTHER) index += unitsAt(text, index)
    if (index >= length) {
      this.position = length
      return false
    }
    this.start = index
    this.end = this.dotted(index) || this.plain(index)
    this.position = this.end
    return true
  }

  /** The end of a dotted abbreviation starting at `index`, or 0 if there is none. */
  private dotted(index: number): number {
    const text = this.text
    let pairs = 0
    let at = index
    while (at < text.length && kindAt(text, at) === LETTER_KIND) {
      const next = at + unitsAt(text, at)
      if (text.charCodeAt(next) !== DOT) break
      pairs++
      at = next + 1
    }
    return pairs >= 2 ? at : 0
  }

  private plain(index: number): number {
    const text = this.text
    let at = index
    while (at < text.length && kindAt(text, at) !== OTHER) at += unitsAt(text, at)
    for (;;) {
      const unit = text.charCodeAt(at)
      if ((unit !== APOSTROPHE && unit !== RIGHT_QUOTE) || at + 1 >= text.length || kindAt(text, at + 1) !== LETTER_KIND) return at
      at++
      while (at < text.length && kindAt(text, at) === LETTER_KIND) at += unitsAt(text, at)
    }
  }
}
