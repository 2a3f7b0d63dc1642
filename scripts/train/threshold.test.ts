/** Choosing a level's threshold: a lone spike on a jagged F curve does not pull the choice away from a broad plateau. */
import { describe, expect, it } from 'vitest'
import { bestThreshold, smoothedScores, type ScoredThreshold } from './threshold.ts'

/** Scores on a grid 0.50, 0.51, … from the listed values. */
function grid(scores: number[]): ScoredThreshold[] {
  return scores.map((score, i) => ({ threshold: Math.round((0.5 + i * 0.01) * 100) / 100, score }))
}

describe('bestThreshold', () => {
  it.each([
    // A broad plateau at 0.80 from 0.52 to 0.58, and one point at 0.68 that spikes to 0.82.
    { name: 'a lone spike beside a broad plateau', scores: [0.7, 0.75, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.7, 0.6, 0.55, 0.5, 0.45, 0.4, 0.5, 0.55, 0.6, 0.82, 0.6, 0.5, 0.4], expected: 0.55 },
    { name: 'one clear peak', scores: [0.5, 0.6, 0.7, 0.8, 0.9, 0.8, 0.7, 0.6, 0.5], expected: 0.54 },
    { name: 'a flat curve: the highest, leaning to precision', scores: [0.8, 0.8, 0.8, 0.8, 0.8], expected: 0.54 },
  ])('$name', ({ scores, expected }) => {
    expect(bestThreshold(grid(scores))).toBe(expected)
  })

  it('without a neighbourhood, the spike wins', () => {
    const scores = [0.8, 0.8, 0.8, 0.8, 0.8, 0.5, 0.5, 0.83, 0.5]
    expect(bestThreshold(grid(scores), 0)).toBe(0.57)
    expect(bestThreshold(grid(scores))).toBe(0.51)
  })

  it('nothing to choose from gives no threshold', () => {
    expect(bestThreshold([])).toBeUndefined()
  })
})

describe('smoothedScores', () => {
  it('averages each point with its neighbours inside the reach, fewer at the ends', () => {
    const smoothed = smoothedScores(grid([0, 0.3, 0.6]), 0.01).map(({ score }) => Math.round(score * 100) / 100)
    expect(smoothed).toEqual([0.15, 0.3, 0.45])
  })
})
