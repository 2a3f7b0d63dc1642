/**
 * Term tables: how surface terms (words, phrases, compound parts) become the keys the matcher looks
 * page words up by. Used by the pack compiler for lexicon terms and cues, and for literal wordings.
 */
import type { Lang } from '../text/language.ts'
import { foldWord } from '../text/normalise.ts'
import { tokenise } from '../text/tokenise.ts'
import { CLAUSE_END, CLAUSE_GAP, type CompiledLanguage } from './compiled.ts'

export class FeatureTable {
  readonly names: string[] = []
  private readonly ids = new Map<string, number>()
  id(name: string): number {
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.names.length
      this.names.push(name)
      this.ids.set(name, id)
    }
    return id
  }
  find(name: string): number | undefined {
    return this.ids.get(name)
  }
}

/** A prototype-free table, so lookups of words like "constructor" find nothing. */
export function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

export function emptyLanguage(): CompiledLanguage {
  return { single: table(), phrases: table(), compoundHeads: table(), compoundModifiers: table(), exact: false }
}

/** Shortest German noun that may end a compound ("Gipfel" in "Krisengipfel"): shorter ones end too many unrelated words. */
export const COMPOUND_HEAD_LETTERS = 5

export function addUnique(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value)
}

function termKeys(text: string, lang: Lang, exact: boolean): string[] {
  // Single letters inside a phrase (articles, initials: "drive a wedge", "Donald J. Trump") are
  // left to the phrase gap rather than kept as keys that would match nearly any word.
  const all = tokenise(text, lang)
  const tokens = all.length > 1 ? all.filter((token) => token.end - token.start > 1) : all
  return tokens.map((token) => (exact ? token.exact : (token.acronym ?? token.stem)))
}

/**
 * Registers one surface term for a feature. Markers: "*gipfel" may end a German compound,
 * "gipfel*" may start one; "=alienate" matches that exact word only, where stemming would
 * make it collide with another ("alienate" and "aliens" share the stem "alien"); a gapped term
 * ending in a full stop ("kanzelt … ab.") holds only where its last word closes the clause (CLAUSE_END).
 */
export function addTerm(target: CompiledLanguage, lang: Lang, rawTerm: string, feature: number): void {
  const exact = rawTerm.startsWith('=')
  const asHead = rawTerm.startsWith('*')
  const asModifier = rawTerm.endsWith('*')
  const marked = rawTerm.replace(/^[*=]|\*$/g, '')
  const closesClause = marked.includes(CLAUSE_GAP) && marked.endsWith(CLAUSE_END)
  const term = closesClause ? marked.slice(0, -CLAUSE_END.length) : marked
  if (exact) target.exact = true
  // "kanzelt … ab": a German verb whose prefix stands apart, later in the same clause.
  const keys = term.split(CLAUSE_GAP).flatMap((part, index) => [...(index > 0 ? [CLAUSE_GAP] : []), ...termKeys(part, lang, exact)])
  if (closesClause) keys.push(CLAUSE_END)
  const [first, ...rest] = keys
  if (first === undefined || first === '') return
  if (rest.length === 0) addUnique((target.single[first] ??= []), feature)
  else {
    const list = (target.phrases[first] ??= [])
    if (!list.some(([known, ...words]) => known === feature && words.join(' ') === rest.join(' '))) list.push([feature, ...rest])
  }
  const folded = foldWord(term, false)
  if (asHead) target.compoundHeads[folded] = feature
  if (asModifier) target.compoundModifiers[folded] = feature
}
