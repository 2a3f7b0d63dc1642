/**
 * Labelled evidence for training and cross-validation: each dev sentence is run through the
 * matcher's explain step twice, once alone (as `match --lines` sees it) and once in its page
 * (its paragraph, with the page's headline as context, as the extension sees it), and every
 * candidate claim becomes one example, positive when the sentence's label accepts that claim.
 */
import { explainText, type MatcherPack } from '../../src/core/index.ts'
import type { Lang } from '../../src/core/text/language.ts'
import type { Evidence } from '../../src/core/match/evidence.ts'
import { acceptedIds, type EvalRow } from '../../src/core/eval/score.ts'
import { normaliseSentence } from '../../src/core/text/normalise.ts'
import type { SourcePage } from '../eval/shared-data.ts'

export type Setting = 'line' | 'page'

export interface LabelledCandidate {
  claimId: string
  /** The ids of the claims this one is a narrower case of. */
  refines: string[]
  /** Whether its anchor stands only in a phrase of purpose (see decide.ts). */
  aim: boolean
  literal: boolean
  eligible: boolean
  features: number[]
  positive: boolean
}

/** One row in one setting: its sentence pieces (a line may hold more than one sentence), each with its candidates. */
export interface LabelledRow {
  row: EvalRow
  setting: Setting
  lang: Lang
  pieces: LabelledCandidate[][]
}

/** One candidate as an example; `accepted`: the claim ids the sentence's label accepts. */
export function labelledCandidate(packs: readonly MatcherPack[], evidence: Evidence, accepted: readonly string[]): LabelledCandidate {
  const claims = packs[evidence.packIndex]?.compiled.claims ?? []
  const claimId = claims[evidence.claimIndex]?.id ?? ''
  const refines = evidence.refines.map((index) => claims[index]?.id ?? '')
  return { claimId, refines, aim: evidence.aim, literal: evidence.literal, eligible: evidence.eligible, features: [...evidence.features], positive: accepted.includes(claimId) }
}

function labelled(packs: readonly MatcherPack[], row: EvalRow, items: ReturnType<typeof explainText>): LabelledCandidate[][] {
  const accepted = acceptedIds(row.label)
  return items.map((item) => item.evidence.map((evidence) => labelledCandidate(packs, evidence, accepted)))
}

/** The row's sentence inside its page: the paragraph holding it and the offsets of the sentence there. */
function locate(page: SourcePage, sentence: string): { paragraph: string; start: number; end: number } | null {
  const wanted = normaliseSentence(sentence)
  for (const paragraph of page.paragraphs) {
    const at = paragraph.indexOf(sentence)
    if (at >= 0) return { paragraph, start: at, end: at + sentence.length }
    if (normaliseSentence(paragraph).includes(wanted)) {
      const head = sentence.slice(0, 20)
      const guess = paragraph.indexOf(head)
      if (guess >= 0) return { paragraph, start: guess, end: guess + sentence.length }
    }
  }
  return null
}

export function labelledRows(packs: readonly MatcherPack[], rows: readonly EvalRow[], setting: Setting, pages?: Map<string, SourcePage>): LabelledRow[] {
  const out: LabelledRow[] = []
  for (const row of rows) {
    if (row.borderline) continue
    if (setting === 'line') {
      const items = explainText(packs, row.sentence, {})
      out.push({ row, setting, lang: items[0]?.lang ?? (row.lang as Lang), pieces: labelled(packs, row, items) })
      continue
    }
    const page = pages?.get(row.url)
    const found = page ? locate(page, row.sentence) : null
    if (!page || !found) continue
    const context = page.paragraphs[0] === found.paragraph ? [] : [page.headline]
    const items = explainText(packs, found.paragraph, { lang: row.lang as Lang, context }).filter((item) => item.start < found.end && item.end > found.start)
    out.push({ row, setting, lang: items[0]?.lang ?? (row.lang as Lang), pieces: labelled(packs, row, items) })
  }
  return out
}
