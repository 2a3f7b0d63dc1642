/**
 * Phrases of purpose: what an action is for, set beside what it does ("European officials fear
 * that in trying to lure Moscow away from Beijing, Washington is sacrificing the Western
 * alliance"). A claim whose anchor stands only in such a phrase is the aim the sentence names;
 * another claim it asserts outside the phrase is what the sentence says (see decide.ts).
 */
import type { Lang } from '../text/language.ts'
import type { Token } from '../text/tokenise.ts'
import type { Occurrence } from './analyse.ts'
import { PURPOSE_AFTER_COMMA, PURPOSE_ENDS, PURPOSE_NOUNS_DE } from './cues.ts'

/** Where the phrase a purpose cue opens begins, or -1 when the cue opens none here. */
function opening(tokens: readonly Token[], cue: Occurrence, lang: Lang): number {
  const first = tokens[cue.first] as Token
  if (lang === 'de' && PURPOSE_NOUNS_DE.has(first.exact)) return tokens[cue.last + 1]?.comma ? cue.last + 1 : -1
  if (PURPOSE_AFTER_COMMA.has(first.exact)) return first.comma || first.clauseBreak || cue.first === 0 ? cue.first : -1
  return cue.first
}

/**
 * For each token, 1 if it stands in a phrase of purpose: from its cue to the next comma or clause
 * break, and in English to a finite verb before them, which closes a phrase standing as subject.
 */
export function purposePhrases(tokens: readonly Token[], occurrences: readonly Occurrence[], purpose: number, lang: Lang): Uint8Array {
  const phrase = new Uint8Array(tokens.length)
  for (const cue of occurrences) {
    if (cue.feature !== purpose) continue
    const from = opening(tokens, cue, lang)
    if (from < 0) continue
    phrase[from] = 1
    for (let i = from + 1; i < tokens.length; i++) {
      const token = tokens[i] as Token
      if (token.comma || token.clauseBreak || (lang === 'en' && PURPOSE_ENDS.has(token.exact))) break
      phrase[i] = 1
    }
  }
  return phrase
}
