/**
 * Why restatements are missed, counted per language and never shown sentence by sentence, so it
 * can be printed for the check set too: whether the labelled claim was not even a candidate (the
 * sentence holds none of its anchors or wordings: missing knowledge), was weighed and fell below
 * the threshold (the evidence was too thin), or lost to another claim that was reported instead.
 */
import { explainText, type Lang, type MatcherPack, type Sensitivity } from '../../src/core/index.ts'
import { decide } from '../../src/core/match/decide.ts'
import { acceptedIds, type EvalRow } from '../../src/core/eval/score.ts'

export interface MissAnatomy {
  /** Restatements (rows labelled with a claim) and how many were found. */
  restatements: number
  found: number
  /** The claim was not a candidate: no anchor and not enough of any wording. */
  noCandidate: number
  /** The claim was weighed, but fell below the threshold and nothing else was reported. */
  belowThreshold: number
  /** Another claim was reported instead. */
  otherClaim: number
}

const empty = (): MissAnatomy => ({ restatements: 0, found: 0, noCandidate: 0, belowThreshold: 0, otherClaim: 0 })

/** Each row is matched alone, as `match --lines` and the evaluation see it. */
export function missAnatomy(packs: readonly MatcherPack[], rows: readonly EvalRow[], sensitivity: Sensitivity): Partial<Record<Lang, MissAnatomy>> {
  const out: Partial<Record<Lang, MissAnatomy>> = {}
  const idOf = (packIndex: number, claimIndex: number): string => packs[packIndex]?.compiled.claims[claimIndex]?.id ?? ''
  for (const row of rows) {
    if (row.borderline || row.label === 'none') continue
    const lang = row.lang as Lang
    const tally = (out[lang] ??= empty())
    tally.restatements++
    const accepted = acceptedIds(row.label)
    const items = explainText(packs, row.sentence, { lang })
    const reported = items.flatMap((item) => decide(item.evidence, item.lang, sensitivity)).map((decision) => idOf(decision.evidence.packIndex, decision.evidence.claimIndex))
    if (reported.some((id) => accepted.includes(id))) tally.found++
    else if (reported.length > 0) tally.otherClaim++
    else if (items.some((item) => item.evidence.some((evidence) => accepted.includes(idOf(evidence.packIndex, evidence.claimIndex))))) tally.belowThreshold++
    else tally.noCandidate++
  }
  return out
}

export function describeMisses(anatomy: MissAnatomy): string {
  const missed = anatomy.restatements - anatomy.found
  return `${missed} of ${anatomy.restatements} missed: ${anatomy.noCandidate} not a candidate (no anchor or wording), ${anatomy.belowThreshold} weighed below the threshold, ${anatomy.otherClaim} another claim reported instead`
}
