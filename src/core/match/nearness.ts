/**
 * How near two occurrences in a sentence stand, for a claim's ~groups: by tokens, and in German by
 * clause, since a German clause closes with its verb far from where it opened. A relative clause
 * set between them does not part them.
 */
import type { Lang } from '../text/language.ts'
import type { Token } from '../text/tokenise.ts'
import type { Occurrence } from './analyse.ts'
import { distance, type SentenceState } from './sentence.ts'
import { FRAME_OPENERS } from './cues.ts'

/**
 * How close (in tokens) a ~group must stand to its anchor to count as near. Coverage writes long
 * sentences in both languages ("Vance interjected, telling Zelensky …, and the exchange quickly
 * escalated"); German also closes a clause with its verb, which `nearness` allows for beyond this reach.
 * Measured for English at 10 to 15 tokens: 14 found the most on cross-validated dev and the probes.
 */
export const NEAR_TOKENS: Record<Lang, number> = { en: 14, de: 14 }

/** How many tokens an apposition set off by commas may hold ("die beiden Autokratien, Russland und China, …"). */
const APPOSITION_TOKENS = 4

/** Whether the comma before token `at` opens or closes a short apposition: another comma within its reach. */
function appositionComma(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - APPOSITION_TOKENS); i <= at + APPOSITION_TOKENS && i < tokens.length; i++) {
    if (i === at) continue
    if (tokens[i]?.clauseBreak) return false
    if (tokens[i]?.comma) return true
  }
  return false
}

/** Whether token `i` stands in a relative clause that holds neither occurrence: one set into the clause they share. */
function inserted(state: SentenceState, i: number, a: Occurrence, b: Occurrence): boolean {
  const clause = state.relative[i] ?? 0
  return clause !== 0 && clause !== state.relative[a.first] && clause !== state.relative[b.first]
}

/**
 * Whether no clause punctuation, nor a comma other than an apposition's, one that opens or closes
 * a relative clause set in between, or one that opens a phrase of purpose (which says what the
 * clause before it is for: "…, gilt als erster Schritt, um das Bündnis … aufzuweichen"), stands
 * between two occurrences.
 */
function oneClause(state: SentenceState, a: Occurrence, b: Occurrence): boolean {
  const { tokens } = state
  const to = Math.max(a.first, b.first)
  for (let i = Math.min(a.last, b.last) + 1; i <= to; i++) {
    if (tokens[i]?.clauseBreak) return false
    if (tokens[i]?.comma && !appositionComma(tokens, i) && !inserted(state, i, a, b) && !inserted(state, i - 1, a, b) && !state.purpose[i]) return false
  }
  return true
}

/**
 * Tokens between two occurrences, in English not counting a relative clause set in between
 * ("Poland, which feels threatened, views …"). German "der", "die", "das" after a comma are as often
 * articles as relative pronouns ("die Möglichkeit, die Vereinbarung zu verlängern"); there the clause
 * test below does this work, and only within twice the reach.
 */
function gapBetween(state: SentenceState, a: Occurrence, b: Occurrence): number {
  let gap = distance(a, b)
  if (state.lang !== 'en') return gap
  const to = Math.max(a.first, b.first)
  for (let i = Math.min(a.last, b.last) + 1; i < to && gap > 0; i++) if (inserted(state, i, a, b)) gap--
  return gap
}

/** How far into the sentence a participant of that opening phrase may stand. */
const FRAME_TOKENS = 6

/**
 * Whether `a` stands in a phrase that opens the sentence with a preposition and ends at a comma
 * before `b`: such a phrase sets the scene for the whole clause after it, however long ("In
 * Brussels, where officials had prepared for weeks, the news was met with fear").
 */
function framed(state: SentenceState, a: Occurrence, b: Occurrence): boolean {
  const { tokens } = state
  if (a.first > FRAME_TOKENS || a.last >= b.first || !FRAME_OPENERS.has(tokens[0]?.exact ?? '')) return false
  for (let i = 1; i <= a.last; i++) if (tokens[i]?.comma || tokens[i]?.clauseBreak) return false
  for (let i = a.last + 1; i <= b.first; i++) if (tokens[i]?.comma) return true
  return false
}

/** Whether a pronoun within reach of `anchor` takes up `participant`, named before it in the sentence. */
function takenUp(state: SentenceState, anchor: Occurrence, participant: Occurrence): boolean {
  for (const pronoun of state.pronouns) {
    if (pronoun.first > participant.last && gapBetween(state, anchor, pronoun) <= NEAR_TOKENS[state.lang]) return true
  }
  return false
}

/**
 * How near two occurrences stand: within reach, whole; within twice the reach, half, since long
 * sentences put participants further apart. But in German a clause is bracketed by its verbs and
 * the main verb closes it ("Ein schnelles Kriegsende soll … die Allianz zwischen Moskau und Peking
 * schwächen"), so within twice the reach and in one clause counts whole. `anchor` is the
 * pattern's anchor: a pronoun beside it takes up `other` named earlier, not the other way round.
 */
export function nearness(state: SentenceState, anchor: Occurrence, other: Occurrence): number {
  if (framed(state, anchor, other) || framed(state, other, anchor)) return 1
  if (takenUp(state, anchor, other)) return 1
  const gap = gapBetween(state, anchor, other)
  const reach = NEAR_TOKENS[state.lang]
  if (gap <= reach) return 1
  if (gap > 2 * reach) return 0
  return state.lang === 'de' && oneClause(state, anchor, other) ? 1 : 0.5
}
