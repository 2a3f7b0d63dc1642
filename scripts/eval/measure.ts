/** The measurements behind `npm run eval` and `npm run train`, shared with the ratchet test so all see the same numbers. */
import { matchText, parsePack, preparePack, type Lang, type MatchProfile, type MatcherPack } from '../../src/core/index.ts'
import { evaluate, type EvalReport, type EvalRow } from '../../src/core/eval/score.ts'
import { bundledPackData } from '../../src/data/bundled.ts'
import { claimsOnly } from './claims-only.ts'
import { countWords, unrelatedCorpus } from './corpora.ts'

function prepared(data: unknown, name: string): MatcherPack[] {
  const parsed = parsePack(data)
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problem}`)
  return [preparePack(parsed.value.compiled)]
}

let bundled: MatcherPack[] | null = null
export function bundledPacks(): MatcherPack[] {
  return (bundled ??= prepared(bundledPackData, 'bundled pack'))
}

let stripped: MatcherPack[] | null = null
/** The bundled claims as a fact-checker publishes them: their sentences, nothing else. */
export function claimsOnlyPacks(): MatcherPack[] {
  return (stripped ??= prepared(claimsOnly(bundledPackData), 'claims-only pack'))
}

/** Each sentence is matched as one block of text, as `match --lines` does. */
export function rowsReport(packs: MatcherPack[], rows: readonly EvalRow[], profile: MatchProfile): EvalReport {
  return evaluate(rows, (row) => [...new Set(matchText(packs, row.sentence, { profile }).map((match) => match.claimId))])
}

export interface FalseHighlightRate {
  lang: Lang
  words: number
  highlights: number
  per10k: number
  examples: Array<{ document: string; sentence: string; claim: string }>
}

export function falseHighlightRate(packs: MatcherPack[], lang: Lang, profile: MatchProfile): FalseHighlightRate {
  let words = 0
  let highlights = 0
  const examples: FalseHighlightRate['examples'] = []
  for (const document of unrelatedCorpus(lang)) {
    words += countWords(document.text)
    for (const match of matchText(packs, document.text, { profile, lang })) {
      highlights++
      examples.push({ document: document.name, sentence: match.sentence, claim: match.claimId })
    }
  }
  return { lang, words, highlights, per10k: (highlights / words) * 10_000, examples }
}
