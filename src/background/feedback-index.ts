/**
 * What readers said about highlights, as plain data: the index matching consults, how a new
 * answer replaces an older one, and the export in the evaluation format. No storage here.
 */
import { sentenceKey } from '../core/text/normalise.ts'
import { claimKey, type ClaimRef } from '../shared/protocol.ts'
import { byTime, keepNewest, type Feedback } from './stored-state.ts'

/** Per sentence key: the claims dismissed for it, and the one a reader confirmed or picked. */
export type FeedbackIndex = Map<string, { dismissed: Set<string>; chosen: ClaimRef | null }>

const aboutKey = (entry: Feedback): string => `${entry.sentenceKey}:${entry.packId}:${entry.claimId}`

export function feedbackId(entry: Feedback): string {
  return `${aboutKey(entry)}:${entry.verdict}`
}

/** Later answers win: confirming a claim undoes its dismissal and the other way round. */
export function indexFeedback(feedback: readonly Feedback[]): FeedbackIndex {
  const index: FeedbackIndex = new Map()
  for (const entry of byTime(feedback)) {
    const item = index.get(entry.sentenceKey) ?? { dismissed: new Set(), chosen: null }
    if (entry.verdict === 'dismissed') {
      item.dismissed.add(claimKey(entry))
      if (item.chosen && claimKey(item.chosen) === claimKey(entry)) item.chosen = null
    } else {
      item.chosen = { packId: entry.packId, claimId: entry.claimId }
      item.dismissed.delete(claimKey(entry))
    }
    index.set(entry.sentenceKey, item)
  }
  return index
}

/** The claim to show for a sentence the matcher reported as `found`, after what readers said; null to show none. */
export function applyFeedback(index: FeedbackIndex, sentence: string, found: ClaimRef): ClaimRef | null {
  if (index.size === 0) return found
  const item = index.get(sentenceKey(sentence))
  if (!item) return found
  if (item.chosen) return item.chosen
  return item.dismissed.has(claimKey(found)) ? null : found
}

/** The stored answers with `added` in: a newer answer about the same sentence and claim replaces the older; the oldest go past the cap. */
export function withAnswers(feedback: readonly Feedback[], added: readonly Feedback[]): Feedback[] {
  const replaced = new Set(added.map(aboutKey))
  return keepNewest([...feedback.filter((item) => !replaced.has(aboutKey(item))), ...added])
}

/**
 * One line per sentence in the evaluation format (../shared/eval/README.md): a confirmed or
 * picked claim is its label; a sentence readers only dismissed claims for is labelled none.
 * Confirmations are left out unless asked for.
 */
export function exportLines(feedback: readonly Feedback[], confirmed: boolean): string[] {
  const index = indexFeedback(feedback)
  const lines: string[] = []
  const seen = new Set<string>()
  for (const item of byTime(feedback)) {
    if (seen.has(item.sentenceKey)) continue
    seen.add(item.sentenceKey)
    const chosen = index.get(item.sentenceKey)?.chosen ?? null
    if (chosen && !confirmed) continue
    const label = chosen ? chosen.claimId : 'none'
    lines.push(JSON.stringify({ url: item.url, lang: item.lang, sentence: item.sentence, label, kind: chosen ? 'paraphrase' : 'related-not-claim', borderline: false }))
  }
  return lines
}
