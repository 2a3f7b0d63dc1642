/**
 * Sensitivity levels offered in the options page, mapped to coverage thresholds.
 * `npm run eval` prints precision and recall at each level, so the choice is an informed one.
 */
export const SENSITIVITIES = ['strict', 'balanced', 'broad'] as const
export type Sensitivity = (typeof SENSITIVITIES)[number]

export const THRESHOLDS: Record<Sensitivity, number> = {
  strict: 0.6,
  balanced: 0.45,
  broad: 0.3,
}

export function thresholdFor(sensitivity: Sensitivity): number {
  return THRESHOLDS[sensitivity]
}
