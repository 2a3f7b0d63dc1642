/**
 * Sensitivity levels offered in the options page. Each is a threshold on the decide step's
 * probability that a sentence restates a claim, chosen per language by `npm run train` from
 * cross-validated predictions (see model.json); `npm run eval` prints what each level does.
 */
export const SENSITIVITIES = ['strict', 'balanced', 'broad'] as const
export type Sensitivity = (typeof SENSITIVITIES)[number]

export interface MatchProfile {
  sensitivity: Sensitivity
}

export const PROFILES: Record<Sensitivity, MatchProfile> = {
  strict: { sensitivity: 'strict' },
  balanced: { sensitivity: 'balanced' },
  broad: { sensitivity: 'broad' },
}
