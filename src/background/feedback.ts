/**
 * What readers say about highlights, kept on the device only: "not this claim" removes a highlight
 * for that sentence and claim on every page that carries the sentence; "yes, this restates it"
 * (or picking another claim for the sentence) keeps the reader's reading. Listed and forgotten in
 * the options page, and exported, on request, as a file in the evaluation format.
 */
import { localise } from '../core/claims/views.ts'
import { detectLanguage } from '../core/text/language.ts'
import { sentenceKey } from '../core/text/normalise.ts'
import { claimKey, type ClaimRef, type ContentToBackground, type FeedbackView, type Message } from '../shared/protocol.ts'
import { cardFor } from './packs.ts'
import { getState, updateState } from './store.ts'
import { exportLines, feedbackId, withAnswers } from './feedback-index.ts'
import { MAX_FEEDBACK, type Feedback } from './stored-state.ts'

function entry(message: Message<ContentToBackground, 'content/feedback'>, ref: ClaimRef, verdict: Feedback['verdict'], at: string): Feedback {
  return { sentenceKey: sentenceKey(message.sentence), sentence: message.sentence, ...ref, verdict, site: message.hostname, url: message.url, lang: message.lang ?? detectLanguage(message.sentence), at }
}

export async function recordFeedback(message: Message<ContentToBackground, 'content/feedback'>): Promise<void> {
  const at = new Date().toISOString()
  const added = [entry(message, message, message.verdict, at), ...(message.instead ? [entry(message, message.instead, 'confirmed', at)] : [])]
  await updateState((state) => ({ ...state, feedback: withAnswers(state.feedback, added) }))
}

async function claimText(ref: ClaimRef, lang: 'en' | 'de'): Promise<string> {
  const card = await cardFor(ref.packId, ref.claimId)
  return card ? localise(card.claim, lang) : ref.claimId
}

/** Newest first, each claim's text looked up once however many answers name it (up to MAX_FEEDBACK). */
export async function feedbackViews(lang: 'en' | 'de'): Promise<{ items: FeedbackView[]; limit: number }> {
  const { state } = await getState()
  const texts = new Map<string, Promise<string>>()
  const textOf = (ref: ClaimRef): Promise<string> => {
    let text = texts.get(claimKey(ref))
    if (!text) texts.set(claimKey(ref), (text = claimText(ref, lang)))
    return text
  }
  const items: FeedbackView[] = []
  for (const item of [...state.feedback].sort((a, b) => b.at.localeCompare(a.at))) {
    items.push({ id: feedbackId(item), sentence: item.sentence, claim: await textOf(item), site: item.site, at: item.at, verdict: item.verdict })
  }
  return { items, limit: MAX_FEEDBACK }
}

export async function restoreFeedback(ids: string[] | 'all'): Promise<void> {
  const forget = ids === 'all' ? null : new Set(ids)
  await updateState((state) => ({ ...state, feedback: forget ? state.feedback.filter((item) => !forget.has(feedbackId(item))) : [] }))
}

/** The answers as a file's text in the evaluation format (see exportLines). */
export async function exportFeedback(confirmed: boolean): Promise<{ jsonl: string; rows: number }> {
  const lines = exportLines((await getState()).state.feedback, confirmed)
  return { jsonl: lines.length ? `${lines.join('\n')}\n` : '', rows: lines.length }
}
