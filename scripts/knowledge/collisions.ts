/**
 * Stem collisions to review: a single-word lexicon term (own or grown) is matched by its stem, and
 * stemmers give some unrelated common words the same stem ("several" and "sever", "Durchschnitt" and
 * "durchschnitten", "ausschließlich" and "ausschließen"). `npm run knowledge` lists the frequent
 * words of general text that would count as a concept that way, so the pack's author can write the
 * term as "=word" (matched as written) or avoid it. Build-time only.
 */
import type { Lang } from '../../src/core/index.ts'
import { foldWord } from '../../src/core/text/normalise.ts'
import { tokenise } from '../../src/core/text/tokenise.ts'
import { stemFrequency } from './frequency.ts'

/** Words rarer than this in general text (per million words) are not worth a line. */
const REPORT_PER_MILLION = 20

export interface Collision {
  concept: string
  term: string
  word: string
  perMillion: number
}

/** Endings that make another form of the same word (not another word: "sever" + "al"). */
const ENDINGS: Record<Lang, Set<string>> = {
  en: new Set(['', 's', 'es', 'd', 'ed', 'ing', 'ings', 'er', 'ers', 'est', 'ly', 'ies', 'ied', 'ment', 'ments', 'ion', 'ions', 'ation', 'ations']),
  de: new Set(['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'st', 't', 'te', 'ten', 'tet', 'test', 'et', 'est', 'ung', 'ungen', 'ern', 'ens']),
}

/** A word without each ending it may carry (and without a doubled final consonant before it: "stopped"). */
function roots(lang: Lang, word: string): Set<string> {
  const out = new Set<string>()
  for (const ending of ENDINGS[lang]) {
    if (!word.endsWith(ending)) continue
    const root = word.slice(0, word.length - ending.length).replace(/['’]s$/, '')
    for (const form of [root, root.replace(/(.)\1$/, '$1'), root.replace(/(?:e|y)$/, '')]) if (form.length >= 3) out.add(form)
  }
  return out
}

/** Whether two words are forms of one word: they share a root once their endings are taken off. */
function inflects(lang: Lang, term: string, word: string): boolean {
  const other = roots(lang, foldWord(word, false))
  return [...roots(lang, foldWord(term, false))].some((root) => other.has(root))
}

/**
 * Frequent words that share a stem with a concept's single-word term but are neither one of the
 * concept's own terms nor the term with an inflectional ending (a cheap test; what it lets through,
 * a person reads).
 */
export function stemCollisions(lang: Lang, concepts: Record<string, string[]>): Collision[] {
  const { surfaces, words } = stemFrequency(lang)
  const found = new Map<string, Collision>()
  for (const [concept, terms] of Object.entries(concepts)) {
    const own = new Set(terms.map((term) => term.replace(/^[=*]|\*$/g, '').toLowerCase()))
    for (const term of terms) {
      if (term.startsWith('=') || /[\s…]/.test(term)) continue
      const plain = term.replace(/^\*|\*$/g, '')
      const tokens = tokenise(plain, lang)
      // Acronyms ("U.S.") are looked up as acronyms, not by stem.
      if (tokens.length !== 1 || tokens[0]?.acronym) continue
      for (const [word, count] of surfaces.get(tokens[0]?.stem ?? '') ?? []) {
        const perMillion = (count / words) * 1_000_000
        if (perMillion < REPORT_PER_MILLION || own.has(word) || inflects(lang, plain, word)) continue
        const key = `${concept} ${word}`
        if (!found.has(key)) found.set(key, { concept, term, word, perMillion })
      }
    }
  }
  return [...found.values()].sort((a, b) => b.perMillion - a.perMillion)
}
