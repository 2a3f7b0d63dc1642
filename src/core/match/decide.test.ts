/** The decide step's rules around the model: who may be weighed, which threshold, how many claims a sentence gets. */
import { describe, expect, it } from 'vitest'
import { decide, SECOND_CLAIM_PROBABILITY, type DecisionModel, type LinearModel } from './decide.ts'
import { FEATURE_NAMES, type Evidence } from './evidence.ts'

/** A model whose probability is the first feature's value, read through a steep logistic. */
function model(thresholds: LinearModel['thresholds']): DecisionModel {
  const linear = (): LinearModel => ({ bias: -50, weights: FEATURE_NAMES.map((_, index) => (index === 0 ? 100 : 0)), thresholds })
  return { features: [...FEATURE_NAMES], curated: { en: linear(), de: linear() }, literal: { en: linear(), de: linear() } }
}

/** Evidence whose probability under model() is about `p` (0 or 1 for the extremes used here). */
function item(claimIndex: number, p: number, eligible = true, refines: number[] = [], aim = false): Evidence {
  const features = FEATURE_NAMES.map(() => 0)
  features[0] = 0.5 + Math.log(p / (1 - p)) / 100
  return { packIndex: 0, claimIndex, literal: false, eligible, pattern: 0, refines, full: true, aim, features, prior: 0, terms: () => [] }
}

const levels = { strict: 0.8, balanced: 0.5, broad: 0.2 }

describe('decide', () => {
  it.each([
    ['strict', [0]],
    ['balanced', [0]],
    ['broad', [0]],
  ] as const)('at %s, reports what clears the level', (sensitivity, expected) => {
    const result = decide([item(0, 0.85), item(1, 0.3)], 'en', sensitivity, model(levels))
    expect(result.map((decision) => decision.evidence.claimIndex)).toEqual(expected)
  })

  it('reports nothing below the threshold', () => {
    expect(decide([item(0, 0.4)], 'en', 'balanced', model(levels))).toEqual([])
  })

  it('never weighs an ineligible candidate (another speaker, too little of a literal wording), however strong', () => {
    expect(decide([item(0, 0.99, false)], 'en', 'broad', model(levels))).toEqual([])
  })

  it('most probable first, and a second claim only when it is nearly certain too', () => {
    const likely = decide([item(0, 0.7), item(1, 0.95)], 'en', 'balanced', model(levels))
    expect(likely.map((decision) => decision.evidence.claimIndex)).toEqual([1])
    const both = decide([item(0, (SECOND_CLAIM_PROBABILITY + 1) / 2), item(1, 0.99)], 'en', 'balanced', model(levels))
    expect(both.map((decision) => decision.evidence.claimIndex)).toEqual([1, 0])
  })

  it.each([
    ['the narrower case leads though less probable', [item(0, 0.8), item(1, 0.7, true, [0])], 'balanced', [1]],
    ['and both are reported when both are nearly certain', [item(0, 0.99), item(1, 0.95, true, [0])], 'balanced', [1, 0]],
    ['but not when it misses the level', [item(0, 0.8), item(1, 0.3, true, [0])], 'balanced', [0]],
    ['a claim that refines another claim, not the top one, changes nothing', [item(0, 0.8), item(1, 0.7, true, [2])], 'balanced', [0]],
    ['a claim the sentence asserts leads one it names only as an aim', [item(0, 0.8, true, [], true), item(1, 0.7)], 'balanced', [1]],
    ['and both are reported when both are nearly certain', [item(0, 0.99, true, [], true), item(1, 0.95)], 'balanced', [1, 0]],
    ['but not when the asserted one misses the level', [item(0, 0.8, true, [], true), item(1, 0.3)], 'balanced', [0]],
    ['two aims keep their order', [item(0, 0.8, true, [], true), item(1, 0.7, true, [], true)], 'balanced', [0]],
  ] as const)('%s', (_name, evidence, sensitivity, expected) => {
    expect(decide(evidence, 'en', sensitivity, model(levels)).map((decision) => decision.evidence.claimIndex)).toEqual(expected)
  })
})
