/** The fitting behind the decide step: it learns which way evidence points, and a prior pulls a small sample toward it. */
import { describe, expect, it } from 'vitest'
import { fitLogistic, predict, type Example } from './logistic.ts'

/** y = 1 exactly when the first feature is on; the second is noise. */
const examples: Example[] = Array.from({ length: 200 }, (_, i) => {
  const on = i % 2
  return { x: [on, (i * 7919) % 3 === 0 ? 1 : 0], y: on as 0 | 1 }
})

describe('fitLogistic', () => {
  it('weights the feature that decides the label, and not the noise', () => {
    const fit = fitLogistic(examples, 0.1)
    expect(fit.weights[0]).toBeGreaterThan(3)
    expect(Math.abs(fit.weights[1] ?? 0)).toBeLessThan(0.5)
    expect(predict(fit, [1, 0])).toBeGreaterThan(0.9)
    expect(predict(fit, [0, 1])).toBeLessThan(0.1)
  })

  it('a stronger penalty shrinks the weights', () => {
    expect(Math.abs(fitLogistic(examples, 50).weights[0] ?? 0)).toBeLessThan(Math.abs(fitLogistic(examples, 0.1).weights[0] ?? 0))
  })

  it('with a prior, a tiny sample stays near the prior instead of near zero', () => {
    const prior = { bias: -2, weights: [4, 0] }
    const few = examples.slice(0, 4)
    expect(fitLogistic(few, 10, prior).weights[0]).toBeGreaterThan(fitLogistic(few, 10).weights[0] ?? 0)
    expect(Math.abs((fitLogistic(few, 10, prior).weights[0] ?? 0) - 4)).toBeLessThan(1)
  })
})
