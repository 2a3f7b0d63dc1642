import { describe, expect, it } from 'vitest'
import { sentenceKey } from '../core/text/normalise.ts'
import { applyFeedback, exportLines, indexFeedback, withAnswers } from './feedback-index.ts'
import { MAX_FEEDBACK, type Feedback } from './stored-state.ts'

const SENTENCE = 'The White House hopes to draw Moscow away from Beijing.'
const OTHER = 'Analysts doubt the plan can work.'
const A = { packId: 'pack', claimId: 'claim-a' }
const B = { packId: 'pack', claimId: 'claim-b' }

function answer(sentence: string, ref: typeof A, verdict: Feedback['verdict'], at: string): Feedback {
  return { sentenceKey: sentenceKey(sentence), sentence, ...ref, verdict, site: 'news.example', url: 'https://news.example/a', lang: 'en', at }
}

describe('what readers said, applied to matches', () => {
  it.each<[string, Feedback[], string, typeof A | null]>([
    ['no answers: the match stands', [], SENTENCE, A],
    ['dismissed: hidden', [answer(SENTENCE, A, 'dismissed', '2026-01-01')], SENTENCE, null],
    ['dismissed, same sentence re-spaced on another page: hidden', [answer(SENTENCE, A, 'dismissed', '2026-01-01')], SENTENCE.replace(/ /g, '  '), null],
    ['dismissed for another claim: the match stands', [answer(SENTENCE, B, 'dismissed', '2026-01-01')], SENTENCE, A],
    ['dismissed for another sentence: the match stands', [answer(OTHER, A, 'dismissed', '2026-01-01')], SENTENCE, A],
    ['picked another claim: that claim is shown', [answer(SENTENCE, A, 'dismissed', '2026-01-01'), answer(SENTENCE, B, 'confirmed', '2026-01-01')], SENTENCE, B],
    ['dismissed, then confirmed later: shown again', [answer(SENTENCE, A, 'dismissed', '2026-01-01'), answer(SENTENCE, A, 'confirmed', '2026-01-02')], SENTENCE, A],
    ['confirmed, then dismissed later: hidden', [answer(SENTENCE, A, 'confirmed', '2026-01-01'), answer(SENTENCE, A, 'dismissed', '2026-01-02')], SENTENCE, null],
  ])('%s', (_name, feedback, sentence, expected) => {
    expect(applyFeedback(indexFeedback(feedback), sentence, A)).toEqual(expected)
  })
})

describe('recording answers', () => {
  it('a newer answer about the same sentence and claim replaces the older', () => {
    const stored = [answer(SENTENCE, A, 'dismissed', '2026-01-01')]
    const next = withAnswers(stored, [answer(SENTENCE, A, 'confirmed', '2026-01-02')])
    expect(next.map((item) => item.verdict)).toEqual(['confirmed'])
  })

  it('keeps at most MAX_FEEDBACK answers, dropping the oldest', () => {
    const many = Array.from({ length: MAX_FEEDBACK }, (_, i) => answer(`Sentence ${i}.`, A, 'dismissed', `2026-01-01T00:00:${String(i).padStart(6, '0')}`))
    const next = withAnswers(many, [answer('The newest.', A, 'dismissed', '2027-01-01')])
    expect(next).toHaveLength(MAX_FEEDBACK)
    expect(next.some((item) => item.sentence === 'Sentence 0.')).toBe(false)
    expect(next.at(-1)?.sentence).toBe('The newest.')
  })
})

describe('export in the evaluation format', () => {
  const feedback = [answer(SENTENCE, A, 'dismissed', '2026-01-01'), answer(OTHER, A, 'confirmed', '2026-01-02'), answer(OTHER, B, 'dismissed', '2026-01-03')]

  it('labels sentences readers only dismissed claims for as none, and leaves confirmations out by default', () => {
    const rows = exportLines(feedback, false).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(rows).toEqual([{ url: 'https://news.example/a', lang: 'en', sentence: SENTENCE, label: 'none', kind: 'related-not-claim', borderline: false }])
  })

  it('includes confirmed sentences with their claim as the label when asked', () => {
    const rows = exportLines(feedback, true).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(rows.map((row) => [row.sentence, row.label])).toEqual([
      [SENTENCE, 'none'],
      [OTHER, 'claim-a'],
    ])
  })
})
