/**
 * Where on a grid of thresholds a level should sit, given the F-measure each one scores. With a
 * few hundred labelled sentences the F curve is jagged: one sentence that moves can lift a single
 * grid point above a broad plateau, and a choice of that point swings with every change to the
 * claims. So each threshold is judged by the mean score of its neighbourhood, and of those within
 * a hair of the best, the highest is taken (a precision-leaning choice at the plateau's edge).
 */

export interface ScoredThreshold {
  threshold: number
  score: number
}

/** How far either side of a threshold its neighbourhood reaches. */
export const NEIGHBOURHOOD = 0.03
/** How far below the best neighbourhood mean a threshold may score and still be chosen. */
export const F_TOLERANCE = 0.01

/** Each threshold's score replaced by the mean over the thresholds within NEIGHBOURHOOD of it. */
export function smoothedScores(scored: readonly ScoredThreshold[], reach: number = NEIGHBOURHOOD): ScoredThreshold[] {
  return scored.map(({ threshold }) => {
    const around = scored.filter((other) => Math.abs(other.threshold - threshold) <= reach + 1e-9)
    return { threshold, score: around.reduce((sum, other) => sum + other.score, 0) / around.length }
  })
}

/** The chosen threshold, or undefined when none is scored. Thresholds must come in ascending order. */
export function bestThreshold(scored: readonly ScoredThreshold[], reach: number = NEIGHBOURHOOD): number | undefined {
  const smoothed = smoothedScores(scored, reach)
  const top = Math.max(...smoothed.map(({ score }) => score))
  return smoothed.filter(({ score }) => score >= top - F_TOLERANCE).pop()?.threshold
}
