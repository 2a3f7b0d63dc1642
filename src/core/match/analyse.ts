/**
 * Finds which compiled terms occur in a tokenised sentence, and which of those occurrences
 * stand under a negation or doubt ("won't be able to split", "any attempt to split ... is futile").
 */
import type { Lang } from '../text/language.ts'
import type { Token } from '../text/tokenise.ts'
import { CLAUSE_FINAL_NEGATION, COMPLEMENT_OPENERS, COORDINATORS, DOUBT_AHEAD_BEFORE_TO, INFINITIVE_TO, PHRASE_NEGATION } from './cues.ts'
import { CLAUSE_END, CLAUSE_GAP, type CompiledLanguage, type CompiledPhrase } from './compiled.ts'
import { compoundPartsOf, compoundParts, COMPOUND_MIN_PART, COMPOUND_MIN_REST, type CompoundParts } from './relevance.ts'

export interface Occurrence {
  feature: number
  /** First and last token index covered by the term. */
  first: number
  last: number
  /** The phrase a multi-word term matched, so markNegated can tell its own words from the words between them. */
  phrase?: CompiledPhrase
  /** Set by markNegated: a negation cue has this occurrence in its scope ("won't split"). */
  negated: boolean
  /** Set by markNegated: a doubt cue has it in its scope ("unlikely to split", "any attempt to split … is futile"). */
  doubted: boolean
}

/** Whether a negation or a doubt has the occurrence in its scope. */
export function contradicted(occurrence: Occurrence): boolean {
  return occurrence.negated || occurrence.doubted
}

/**
 * Compiled lookup tables are prototype-free objects (see preparePack), so a page word such as
 * "constructor" finds nothing instead of Object's own property.
 */
export type Table<T> = Record<string, T>

/** Words between the parts of a phrase: "drive a deep wedge" still matches "drive a wedge". */
const PHRASE_GAP = 2

function hasKey(token: Token | undefined, key: string): boolean {
  return token !== undefined && (token.stem === key || token.acronym === key || token.exact === key)
}

/** How far a separated German verb prefix may stand from its verb, within the clause. */
const CLAUSE_REACH = 14

/** Words after which a main clause goes on into another: "gibt die Bindung auf und wendet sich …". */
const CLAUSE_JOINERS = new Set(COORDINATORS.de)
/**
 * A comparison may follow the closed clause ("kanzelt seinen Gast ab wie einen Schuljungen"). Both
 * words are keys of every compiled pack (the pseudo-negation cues hold them), so a filtered
 * tokenisation keeps their stems.
 */
const COMPARISONS = new Set(['wie', 'als'])

/** Whether the token at `index` ends its clause: nothing after it, or punctuation, a joining word or a comparison next. */
function closesClause(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next === undefined || next.clauseBreak || next.comma || CLAUSE_JOINERS.has(next.exact) || COMPARISONS.has(next.stem)
}

/**
 * The last token of the phrase matched from token `from` on, or -1. After a clause gap every
 * place the next key occurs is tried, not only the first: in "kehrt Trump den Verbündeten den
 * Rücken", "den Rücken" follows the second "den".
 */
function matchPhrase(tokens: Token[], from: number, phrase: CompiledPhrase, part = 1): number {
  let position = from
  let reach = PHRASE_GAP + 1
  for (; part < phrase.length; part++) {
    const key = phrase[part] as string
    if (key === CLAUSE_END) return closesClause(tokens, position) ? position : -1
    if (key === CLAUSE_GAP) {
      reach = CLAUSE_REACH
      continue
    }
    let found = -1
    for (let step = 1; step <= reach && position + step < tokens.length; step++) {
      const token = tokens[position + step]
      if (reach === CLAUSE_REACH && token?.clauseBreak) break
      // Words skipped in a phrase's gap stay in its clause: "opening to the world, China's economy" is no
      // "opening to China". A comma right between two keys is the term's own ("nicht daran, sich …").
      if (reach !== CLAUSE_REACH && token?.comma && step > 1) break
      if (!hasKey(token, key)) continue
      if (reach !== CLAUSE_REACH || part === phrase.length - 1) {
        found = position + step
        break
      }
      const last = matchPhrase(tokens, position + step, phrase, part + 1)
      if (last >= 0) return last
    }
    if (found < 0) return -1
    position = found
    reach = PHRASE_GAP + 1
  }
  return position
}

/** A language table's own compound parts, for when no relevance index is at hand (compiling a pack, whose table still grows). */
function partsOfLanguage(language: CompiledLanguage): CompoundParts {
  return compoundParts(Object.keys(language.compoundHeads), Object.keys(language.compoundModifiers))
}

/** The features of a compound's known head and modifier. */
function compoundFeatures(language: CompiledLanguage, parts: CompoundParts, word: string, capital: boolean): number[] {
  const features: number[] = []
  for (const found of compoundPartsOf(parts, word, capital)) {
    const feature = found.head ? language.compoundHeads[found.part] : language.compoundModifiers[found.part]
    if (feature !== undefined && !features.includes(feature)) features.push(feature)
  }
  return features
}

function lookup(language: CompiledLanguage, tokens: Token[], index: number, key: string, occurrences: Occurrence[]): boolean {
  let matched = false
  const single = language.single[key]
  if (single !== undefined) {
    matched = true
    for (const feature of single) occurrences.push({ feature, first: index, last: index, negated: false, doubted: false })
  }
  const phrases = language.phrases[key]
  if (phrases !== undefined) {
    for (const phrase of phrases) {
      const last = matchPhrase(tokens, index, phrase)
      if (last >= 0) {
        matched = true
        occurrences.push({ feature: phrase[0], first: index, last, phrase, negated: false, doubted: false })
      }
    }
  }
  return matched
}

/** Every term occurrence in the sentence, in token order. `parts`: the German compound parts of the packs in use. */
export function findOccurrences(language: CompiledLanguage, tokens: Token[], lang: Lang, parts?: CompoundParts): Occurrence[] {
  const occurrences: Occurrence[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    let matched = token.acronym !== null && lookup(language, tokens, index, token.acronym, occurrences)
    matched = lookup(language, tokens, index, token.stem, occurrences) || matched
    if (language.exact) matched = lookup(language, tokens, index, token.exact, occurrences) || matched
    if (!matched && lang === 'de' && token.exact.length > COMPOUND_MIN_PART + COMPOUND_MIN_REST) {
      parts ??= partsOfLanguage(language)
      for (const feature of compoundFeatures(language, parts, token.exact.slice(1), token.capital)) occurrences.push({ feature, first: index, last: index, negated: false, doubted: false })
    }
  }
  return occurrences
}

/**
 * How far, in tokens, a negation or doubt reaches forward at least ("won't be able to detach").
 * German reaches further: the verb comes last ("unwahrscheinlich, dass die USA Russland von China
 * trennen"); cueReach extends this to the clauses a cue governs whole.
 */
export const SCOPE_FORWARD: Record<Lang, number> = { en: 6, de: 10 }
/** How far, in tokens, a doubt reaches back ("the attempt to sow discord between China and Russia is futile"). */
export const SCOPE_BACKWARD = 8
/** How far, in tokens, a cue reaches at most through a clause it governs ("doubt that …", "bezweifeln, dass …"). */
export const SCOPE_COMPLEMENT = 20
/** How far, in tokens, "without" / "ohne" reach when no clause follows them: the phrase they lead. */
const PHRASE_REACH = 3
/** How many words may stand between a cue and the word that opens its clause ("doubt very much that", "glaubt, dass"). */
const COMPLEMENT_GAP = 3

export interface CueFeatures {
  negation: number
  doubt: number
  pseudoNegation: number
  relative: number
  scopeEnd: number
  coordinator: number
  pointer: number
  speech: number
}

const NEGATES_FORWARD = 1
const DOUBTS_BACKWARD = 2
const NEGATES_BACKWARD = 4
const LOOKS_AHEAD_ONLY = 8

// What a token is to a cue's scope, as bits of one mark per token (see scopeMarks).
/** A word after which no cue applies ("but", "before", "weil"). */
const ENDS_SCOPE = 1
/** "daran", "davon": points a verb at the zu-clause after the comma. */
const POINTER = 2
/** A verb of saying after a comma: it tags what came before. */
const SPEECH_TAG = 4
/** "und", "oder": joins a clause when a verb follows. */
const CONJUNCTION = 8
/** An article or relative pronoun: what follows a conjunction is a noun phrase, not a clause. */
const ARTICLE = 16

/** Each token's marks, from the cue occurrences that stand on it. */
function scopeMarks(tokens: readonly Token[], occurrences: readonly Occurrence[], cues: CueFeatures): Uint8Array {
  const marks = new Uint8Array(tokens.length)
  for (const { feature, first } of occurrences) {
    const mark =
      feature === cues.scopeEnd ? ENDS_SCOPE
      : feature === cues.pointer ? POINTER
      : feature === cues.speech && tokens[first]?.comma ? SPEECH_TAG
      : feature === cues.coordinator ? CONJUNCTION
      : feature === cues.relative ? ARTICLE
      : 0
    marks[first] = (marks[first] ?? 0) | mark
  }
  return marks
}

/**
 * The last token a cue reaches forward: a few tokens on; to the end of a clause that "that" or
 * "dass" opens right after it ("bezweifeln, dass Putin … aufs Spiel setzen würde"), or of the
 * zu-clause "daran" or "davon" points to ("denkt nicht daran, die Partnerschaft … aufs Spiel zu
 * setzen"); and in German to the end of its own clause, where the verb bracket closes ("Warum
 * sollte Moskau … eintauschen").
 * Never more than SCOPE_COMPLEMENT tokens on; "without" and "ohne" only over their phrase; and
 * never into a verb of saying that tags the sentence after a comma.
 */
function cueReach(tokens: readonly Token[], cueLast: number, lang: Lang, marks: Uint8Array): number {
  const until = clauseReach(tokens, cueLast, lang, marks)
  // "…, versicherte der Kreml", "…, he said": the tag reports what came before; no cue reaches it.
  for (let i = cueLast + 1; i <= until; i++) if (marks[i]! & SPEECH_TAG) return i - 1
  return until
}

/** The reach before any verb of saying caps it (see cueReach). */
function clauseReach(tokens: readonly Token[], cueLast: number, lang: Lang, marks: Uint8Array): number {
  for (let opener = cueLast + 1; opener <= cueLast + COMPLEMENT_GAP && opener < tokens.length; opener++) {
    if (tokens[opener]?.clauseBreak) break
    if (COMPLEMENT_OPENERS.has(tokens[opener]?.exact ?? '')) return clauseEnd(tokens, opener, cueLast + SCOPE_COMPLEMENT)
    if (marks[opener]! & POINTER && tokens[opener + 1]?.comma) return clauseEnd(tokens, opener + 1, cueLast + SCOPE_COMPLEMENT)
  }
  // "Without" and "ohne" after a comma open a clause of their own (", ohne sich von Peking zu
  // distanzieren"); elsewhere they lead a phrase ("Ohne westliche Kunden muss sich Russland …").
  // Either way their reach ends at the next comma ("without consulting its partners, has shaken …").
  const cue = tokens[cueLast]
  if (PHRASE_NEGATION.has(cue?.exact ?? '')) return clauseEnd(tokens, cueLast, cueLast + (cue?.comma ? SCOPE_FORWARD[lang] : PHRASE_REACH))
  const near = cueLast + SCOPE_FORWARD[lang]
  return lang === 'de' ? Math.max(near, clauseEnd(tokens, cueLast, cueLast + SCOPE_COMPLEMENT)) : near
}

/** The last token of the clause `from` stands in: before the next comma or clause break, at most `limit`. */
function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let end = from
  while (end + 1 < tokens.length && end < limit && !tokens[end + 1]?.comma && !tokens[end + 1]?.clauseBreak) end++
  return end
}

/** Whether token `at` is a conjunction that joins a clause: a word in lower case follows it that is no article. */
function joinsClause(tokens: readonly Token[], marks: Uint8Array, at: number): boolean {
  const next = tokens[at + 1]
  return (marks[at]! & CONJUNCTION) !== 0 && next !== undefined && !next.capital && !(marks[at + 1]! & ARTICLE)
}

/** Whether at most one word follows `last` before its clause ends (see CLAUSE_FINAL_NEGATION). */
function endsClause(tokens: readonly Token[], last: number): boolean {
  for (let i = last + 1; i <= last + 2; i++) {
    const next = tokens[i]
    if (!next || next.clauseBreak || next.comma) return true
  }
  return false
}

/**
 * Numbers the relative clauses set off by commas (", who …,", ", der …,"): tokens inside the k-th
 * get k, all others 0. A relative pronoun counts right after a comma, or one word after it, where a
 * preposition leads it (", zu denen …,", ", to whom …,"); the clause runs from the comma to the
 * next comma or clause break.
 */
export function relativeClauses(tokens: readonly Token[], occurrences: readonly Occurrence[], relative: number): Uint16Array {
  const clause = new Uint16Array(tokens.length)
  let count = 0
  for (const occurrence of occurrences) {
    if (occurrence.feature !== relative) continue
    const opens = tokens[occurrence.first]?.comma ? occurrence.first : tokens[occurrence.first - 1]?.comma ? occurrence.first - 1 : -1
    if (opens < 0 || clause[opens]) continue
    count++
    for (let i = opens; i <= occurrence.first; i++) clause[i] = count
    for (let i = occurrence.first + 1; i < tokens.length && !tokens[i]?.comma && !tokens[i]?.clauseBreak; i++) clause[i] = count
  }
  return clause
}

/**
 * Marks occurrences under negation or doubt, NegEx-style: a negation reaches a few tokens
 * forward, a doubt word also a few tokens back; a clause break or a word like "but" ends
 * either scope. A term that itself starts with a cue ("no limits", "not abandon") is not
 * negated by it, a cue inside a pseudo-negation ("no secret", "nicht nur") is no cue, and a cue
 * inside a relative clause reaches nothing outside it ("Trump, who has no love for NATO, wants …").
 * A cue in the gap of a split term ("hängt nicht von China ab") negates or doubts that term.
 */
export function markNegated(tokens: Token[], occurrences: Occurrence[], cues: CueFeatures, lang: Lang, clause: Uint16Array): void {
  if (!occurrences.some((occurrence) => occurrence.feature === cues.negation || occurrence.feature === cues.doubt)) return
  const marks = scopeMarks(tokens, occurrences, cues)
  const cue = new Uint8Array(tokens.length)
  // The last token each cue token reaches forward.
  const reach = new Int32Array(tokens.length)
  for (const occurrence of occurrences) {
    const kind = occurrence.feature === cues.negation ? NEGATES_FORWARD : occurrence.feature === cues.doubt ? NEGATES_FORWARD | DOUBTS_BACKWARD : 0
    if (!kind) continue
    const ahead = kind & DOUBTS_BACKWARD && DOUBT_AHEAD_BEFORE_TO.has(tokens[occurrence.last]?.exact ?? '') && INFINITIVE_TO.has(tokens[occurrence.last + 1]?.exact ?? '')
    const until = cueReach(tokens, occurrence.last, lang, marks)
    for (let i = occurrence.first; i <= occurrence.last; i++) {
      cue[i] = (cue[i] ?? 0) | kind | (ahead ? LOOKS_AHEAD_ONLY : 0)
      reach[i] = Math.max(reach[i] ?? 0, until)
    }
  }
  for (const occurrence of occurrences) {
    if (occurrence.feature === cues.pseudoNegation) cue.fill(0, occurrence.first, occurrence.last + 1)
  }
  // A term that starts with a cue ("without … being weakened") carries it over all its words.
  for (const occurrence of occurrences) {
    if (cue[occurrence.first] && occurrence.last > (reach[occurrence.first] ?? 0)) reach[occurrence.first] = occurrence.last
  }
  if (lang === 'de') {
    for (const occurrence of occurrences) {
      const word = tokens[occurrence.first]
      if (occurrence.feature !== cues.negation || !cue[occurrence.first] || !word || !CLAUSE_FINAL_NEGATION.has(word.exact)) continue
      if (endsClause(tokens, occurrence.last)) cue[occurrence.first] = (cue[occurrence.first] ?? 0) | NEGATES_BACKWARD
    }
  }
  for (const occurrence of occurrences) {
    if (cue[occurrence.first]) continue
    let negated = false
    let doubted = false
    // A cue between a term's words belongs to the clause it spans: "hängt nicht von China ab".
    // The term's own words are no such cue ("gibt … nicht auf", "will not abandon").
    for (let i = occurrence.first + 1; i < occurrence.last; i++) {
      if (occurrence.phrase?.some((key, part) => part > 0 && hasKey(tokens[i], key as string))) continue
      const kind = cue[i] ?? 0
      if (kind & DOUBTS_BACKWARD) doubted = true
      else if (kind & NEGATES_FORWARD) negated = true
    }
    for (let i = occurrence.first - 1; i >= 0 && i >= occurrence.first - SCOPE_COMPLEMENT && !negated && !doubted; i--) {
      if (tokens[i + 1]?.clauseBreak || marks[i]! & ENDS_SCOPE) break
      if (clause[i] !== clause[occurrence.first] && clause[i]) continue
      if ((reach[i] ?? 0) < occurrence.first) continue
      const kind = cue[i] ?? 0
      if (kind & DOUBTS_BACKWARD) doubted = true
      else if (kind & NEGATES_FORWARD) negated = true
    }
    let sameClause = true
    for (let i = occurrence.last + 1; i < tokens.length && i <= occurrence.last + SCOPE_BACKWARD && !negated && !doubted; i++) {
      if (tokens[i]?.clauseBreak || marks[i]! & ENDS_SCOPE) break
      if (tokens[i]?.comma || joinsClause(tokens, marks, i)) sameClause = false
      if (clause[i] !== clause[occurrence.first] && clause[i]) continue
      const kind = cue[i] ?? 0
      if (kind & DOUBTS_BACKWARD && !(kind & LOOKS_AHEAD_ONLY)) doubted = true
      else if (kind & NEGATES_BACKWARD && sameClause) negated = true
    }
    occurrence.negated = negated
    occurrence.doubted = doubted
  }
}
