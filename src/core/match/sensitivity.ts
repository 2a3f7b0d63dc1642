/**
 * Sensitivity levels offered in the options page. Each is a matching profile: how much of a
 * known wording a sentence must cover, and how close a claim's concepts must stand together.
 * `npm run eval` prints precision, recall and false highlights for each, so the choice is informed.
 */
export const SENSITIVITIES = ['strict', 'balanced', 'broad'] as const
export type Sensitivity = (typeof SENSITIVITIES)[number]

export interface MatchProfile {
  /** Share (0..1) of the best paraphrase's weighted features the sentence must contain. */
  minCoverage: number
  /** How many tokens a pattern's ~group may stand from its anchor. */
  nearTokens: number
}

export const PROFILES: Record<Sensitivity, MatchProfile> = {
  strict: { minCoverage: 0.8, nearTokens: 7 },
  balanced: { minCoverage: 0.6, nearTokens: 10 },
  broad: { minCoverage: 0.5, nearTokens: 14 },
}
