/** The measurements behind `npm run eval`, shared with the ratchet test so both see the same numbers. */
import { readFileSync } from 'node:fs'
import { matchText, parsePack, preparePack, type Lang, type MatchProfile, type MatcherPack } from '../../src/core/index.ts'
import { evaluate, parseRows, type EvalReport, type EvalRow } from '../../src/core/eval/score.ts'
import bundledPack from '../../src/data/russia-china-2025.pack.json' with { type: 'json' }
import { countWords, unrelatedCorpus } from './corpora.ts'

export const DEV_FIXTURE = new URL('../../src/core/eval/fixtures/dev.jsonl', import.meta.url)

export function loadDevRows(): EvalRow[] {
  return parseRows(readFileSync(DEV_FIXTURE, 'utf8'))
}

export function bundledPacks(): MatcherPack[] {
  const parsed = parsePack(bundledPack)
  if (!parsed.ok) throw new Error(`bundled pack: ${parsed.problem}`)
  return [preparePack(parsed.value.compiled)]
}

/** Each dev sentence is matched as one block of text, as `match --lines` does. */
export function devReport(packs: MatcherPack[], rows: EvalRow[], profile: MatchProfile): EvalReport {
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
