/** Why restatements are missed, counted on rows written for the test. */
import { describe, expect, it } from 'vitest'
import type { EvalRow } from '../../src/core/eval/score.ts'
import { bundledPacks } from './measure.ts'
import { describeMisses, missAnatomy, type MissAnatomy } from './misses.ts'

const row = (sentence: string, label: string, borderline = false): EvalRow => ({ url: 'test', lang: 'en', sentence, label, kind: 'paraphrase', borderline })

describe('missAnatomy', () => {
  it.each<[string, EvalRow, Partial<MissAnatomy>]>([
    ['a restatement found', row('Trump wants to drive a wedge between Russia and China.', 'split-russia-china'), { restatements: 1, found: 1 }],
    ['a claim with no anchor in the sentence', row('It was cold in Moscow on Tuesday.', 'europe-strain'), { restatements: 1, noCandidate: 1 }],
    ['a claim weighed on thin evidence', row('Trump wants to drive a wedge between Russia and its neighbours.', 'split-russia-china'), { restatements: 1, belowThreshold: 1 }],
    ['another claim reported instead', row('Beijing and Moscow announced a friendship with no limits.', 'split-russia-china'), { restatements: 1, otherClaim: 1 }],
    ['a row labelled none is no restatement', row('Beijing and Moscow announced a friendship with no limits.', 'none'), { restatements: 0 }],
    ['a borderline row is left out', row('Trump wants to drive a wedge between Russia and China.', 'split-russia-china', true), { restatements: 0 }],
  ])('%s', (_name, input, expected) => {
    const anatomy = missAnatomy(bundledPacks(), [input], 'balanced').en
    expect(anatomy ?? { restatements: 0 }).toMatchObject(expected)
  })

  it('says it in counts only, never with a sentence', () => {
    const anatomy = missAnatomy(bundledPacks(), [row('It was cold in Moscow on Tuesday.', 'europe-strain')], 'balanced').en as MissAnatomy
    expect(describeMisses(anatomy)).toBe('1 of 1 missed: 1 not a candidate (no anchor or wording), 0 weighed below the threshold, 0 another claim reported instead')
  })
})
