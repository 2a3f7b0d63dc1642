/**
 * Sentence segmentation: Intl.Segmenter, then a merge pass for the places where it splits
 * too eagerly in news text (titles, initials, U.S., German ordinals, "he asked" after a quote).
 */
import { calendarNames } from './calendar.ts'
import type { Lang } from './language.ts'

export interface Span {
  start: number
  end: number
}

const ABBREVIATIONS = new Set([
  // English titles and shortenings that are rarely sentence-final
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'jr', 'sr', 'st', 'mt', 'ft', 'vs', 'vol', 'pp', 'fig', 'approx', 'est', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rev', 'hon', 'pres',
  // German
  'hr', 'fr', 'frl', 'bzw', 'ca', 'vgl', 'ggf', 'evtl', 'inkl', 'zzgl', 'abs', 'bd', 'str', 'tel', 'vs',
  'z', 'b', 'd', 'h', 'u', 'a', 'o', 's', 'dt', 'jh', 'jhd', 'mio', 'mrd', 'bspw', 'sog', 'gegr', 'geb',
])

let months: Set<string> | null = null
/** English and German month names ("3. März" is a date, not a sentence end); built on first use. */
function isMonth(word: string): boolean {
  return (months ??= calendarNames(['en', 'de', 'de-AT'], 'month')).has(word)
}

/** Words that commonly open a sentence; after "U.S." or "3." such a word means a real sentence break. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and',
  'or', 'so', 'then', 'in', 'on', 'at', 'as', 'for', 'if', 'when', 'while', 'meanwhile', 'however', 'there',
  'his', 'her', 'their', 'its', 'our', 'after', 'before', 'since', 'yet', 'still', 'now', 'what', 'why', 'how',
  'who', 'according', 'despite', 'although', 'even', 'also', 'instead', 'indeed', 'moreover', 'today',
  'der', 'die', 'das', 'es', 'er', 'wir', 'ich', 'man', 'doch', 'aber', 'und', 'dies', 'diese', 'dieser',
  'danach', 'dann', 'auch', 'im', 'am', 'als', 'nach', 'bei', 'mit', 'ein', 'eine', 'so', 'zudem', 'damit',
  'trotzdem', 'denn', 'wie', 'was', 'wer', 'warum', 'laut', 'seit', 'bereits', 'nun', 'heute', 'dabei',
])

const LAST_WORD = /([\p{L}\p{N}]+)\.["')\]]*\s*$/u
const DOTTED_ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}\s*$/u
const INITIAL = /(?:^|\s)\p{Lu}\.\s*$/u
const ORDINAL = /(?:^|\s)\d{1,2}\.\s*$/u
/** "No. 5", "Nr. 3", "Art. 5": a number sign only when a number follows. */
const NUMBER_SIGN = /(?:^|\s)(?:no|nos|nr|art|abs)\.\s*$/iu
const FIRST_WORD = /^[\s"'“”‘’„«»([]*([\p{L}\p{N}]+)/u

/**
 * A quoted question or exclamation followed by who said it is one sentence: '"Have you said thank
 * you once?" Vance demanded of Zelensky.' Up to four words of a name or title may stand before the verb.
 */
const QUOTE_END = /[?!]["'\u201d\u2019\u00bb]\s*$/u
const ATTRIBUTION = /^\s*(?:[\p{L}.'\u2019-]+\s+){0,4}?(?:said|says|asked|asks|demanded|demands|told|tells|replied|shouted|snapped|added|insisted|retorted|countered|wrote|fragte|sagte|rief|entgegnete|antwortete)\b/u

function firstWord(text: string): string | undefined {
  return FIRST_WORD.exec(text)?.[1]
}

function startsLowercase(text: string): boolean {
  const word = firstWord(text)
  if (!word) return false
  const ch = word[0] ?? ''
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

/** Decides whether the break between `prev` and `next` is a false one that should be undone. */
export function shouldMerge(prev: string, next: string, lang: Lang): boolean {
  if (!/\S/.test(next)) return true
  if (startsLowercase(next)) return true
  if (QUOTE_END.test(prev) && ATTRIBUTION.test(next)) return true
  const nextWord = (firstWord(next) ?? '').toLowerCase()
  const isStarter = SENTENCE_STARTERS.has(nextWord)
  if (DOTTED_ABBREVIATION.test(prev)) return !isStarter
  if (INITIAL.test(prev)) return true
  if (NUMBER_SIGN.test(prev)) return /^\s*\d/.test(next)
  if (ORDINAL.test(prev)) return isMonth(nextWord) || (lang === 'de' && !isStarter)
  const last = LAST_WORD.exec(prev)?.[1]?.toLowerCase()
  if (last !== undefined && ABBREVIATIONS.has(last) && /\.\s*$/.test(prev)) return true
  return false
}

/** Punctuation followed by more text: only then can a line hold more than one sentence. */
const POSSIBLE_BREAK = /[.!?\u2026\u3002]["'\u201d\u2019)\]]*\s+\S/u

/** Characters at the end of a piece that shouldMerge looks at ("... Prof.", "... am 3."). */
const MERGE_CONTEXT = 24

/**
 * One segmenter for both languages, created on first need: ICU's sentence rules do not depend
 * on the locale (without the "ss" keyword; checked identical on 20,952 lines of English and
 * German), and each new instance costs a page 10–20 ms of start-up. The language matters only
 * to the merge pass.
 */
let segmenter: Intl.Segmenter | null = null

function sharedSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })
  return segmenter
}

/** Sentences longer than this are cut at clause punctuation or word boundaries, so a page without full stops cannot produce one giant "sentence". */
export const MAX_SENTENCE_CHARS = 600

function splitOverlong(text: string, span: Span, out: Span[]): void {
  let start = span.start
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS)
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(': '), window.lastIndexOf(' - '))
    if (cut < MAX_SENTENCE_CHARS / 3) cut = window.lastIndexOf(' ')
    if (cut < MAX_SENTENCE_CHARS / 3) cut = MAX_SENTENCE_CHARS
    out.push({ start, end: start + cut })
    start += cut
  }
  out.push({ start, end: span.end })
}

/**
 * Intl.Segmenter slows down more than linearly with input length (4,000 sentences: ~650 ms
 * whole, ~4 ms in pieces), so text is fed to it a paragraph at a time, and long paragraphs
 * in chunks cut after a likely sentence end.
 */
const CHUNK_CHARS = 2000
const LIKELY_SENTENCE_END = /[.!?]["'”’)]*\s+(?=["'“‘(]?\p{Lu})/gu

/**
 * Cuts text[start, end) into spans of at most `size` characters, each ending after a likely
 * sentence end where there is one, else at a space. Also used by the content script to keep
 * one enormous paragraph from becoming one long task.
 */
export function* textChunks(text: string, start: number, end: number, size = CHUNK_CHARS): Generator<Span> {
  let from = start
  while (end - from > size) {
    const window = text.slice(from, from + size)
    let cut = -1
    for (const match of window.matchAll(LIKELY_SENTENCE_END)) cut = match.index + match[0].length
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1
    if (cut <= 0) cut = size
    yield { start: from, end: from + cut }
    from += cut
  }
  if (end > from) yield { start: from, end }
}

/** Splits text into sentence spans (offsets into `text`), trimmed of surrounding whitespace. Line breaks always end a sentence. */
export function segmentSentences(text: string, lang: Lang = 'en'): Span[] {
  const merged: Span[] = []
  const segmenter = sharedSegmenter()
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const firstOfLine = merged.length
    // A line with no sentence punctuation inside it is one sentence; the segmenter has nothing to find.
    if (!POSSIBLE_BREAK.test(text.slice(lineStart, lineEnd))) {
      if (lineEnd > lineStart) merged.push({ start: lineStart, end: lineEnd })
      lineStart = lineEnd + 1
      continue
    }
    for (const chunk of textChunks(text, lineStart, lineEnd)) {
      for (const piece of segmenter.segment(text.slice(chunk.start, chunk.end))) {
        const start = chunk.start + piece.index
        const end = start + piece.segment.length
        const last = merged.length > firstOfLine ? merged[merged.length - 1] : undefined
        // Only the end of the previous piece matters for the decision; slicing it keeps the end-anchored patterns cheap.
        if (last && shouldMerge(text.slice(Math.max(last.start, last.end - MERGE_CONTEXT), last.end), piece.segment, lang)) last.end = end
        else merged.push({ start, end })
      }
    }
    lineStart = lineEnd + 1
  }
  const spans: Span[] = []
  for (const span of merged) {
    let { start, end } = span
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    if (end > start) splitOverlong(text, { start, end }, spans)
  }
  return spans
}
