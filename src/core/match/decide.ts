/**
 * The decide step: a small logistic model per language and kind of claim (curated, with patterns;
 * literal, with only its wording) turns a candidate's evidence into the probability that the
 * sentence restates the claim. Weights and thresholds come from `npm run train` (scripts/train.ts),
 * fitted on the labelled dev sentences; the sensitivity levels are thresholds on that probability.
 */
import type { Lang } from '../text/language.ts'
import type { Evidence } from './evidence.ts'
import type { Sensitivity } from './sensitivity.ts'
import model from './model.json' with { type: 'json' }

export interface LinearModel {
  bias: number
  weights: number[]
  thresholds: Record<Sensitivity, number>
}

export interface DecisionModel {
  features: string[]
  curated: Record<Lang, LinearModel>
  literal: Record<Lang, LinearModel>
}

export const MODEL = model as DecisionModel

/**
 * A second claim in the same sentence is reported only when it clears this probability as well as
 * the level's threshold: two restatements in one sentence are rare, near neighbours are not.
 */
export const SECOND_CLAIM_PROBABILITY = 0.9

export function modelFor(evidence: Evidence, lang: Lang, decision: DecisionModel = MODEL): LinearModel {
  return (evidence.literal ? decision.literal : decision.curated)[lang]
}

export function probability(evidence: Evidence, lang: Lang, decision: DecisionModel = MODEL): number {
  const { bias, weights } = modelFor(evidence, lang, decision)
  let sum = bias
  for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (evidence.features[i] ?? 0)
  return 1 / (1 + Math.exp(-sum))
}

export interface Decision {
  evidence: Evidence
  probability: number
}

/**
 * Below this probability a claim is not offered as another reading of a sentence: "Wrong claim?
 * Show others" lists what the model found plausible, not everything that shares a word.
 */
export const RUNNER_UP_PROBABILITY = 0.15
/** At most this many other readings are offered. */
export const MAX_RUNNERS_UP = 3

/** The next most probable claims for a sentence, besides those decided. */
export function runnersUp(evidence: readonly Evidence[], lang: Lang, decided: readonly Decision[], decision: DecisionModel = MODEL): Decision[] {
  return evidence
    .filter((item) => item.eligible && !decided.some((chosen) => chosen.evidence === item))
    .map((item) => ({ evidence: item, probability: probability(item, lang, decision) }))
    .filter((item) => item.probability >= RUNNER_UP_PROBABILITY)
    .sort((a, b) => b.probability - a.probability)
    .slice(0, MAX_RUNNERS_UP)
}

function refines(narrow: Evidence, broad: Evidence): boolean {
  return narrow.packIndex === broad.packIndex && narrow.refines.includes(broad.claimIndex)
}

/**
 * The claims reported for one sentence, most probable first; but a claim the sentence asserts
 * leads one it names only as an aim ("in trying to lure Moscow from Beijing, Washington is
 * sacrificing the alliance" asserts the sacrifice); and where a claim and a narrower case of it
 * both pass, the narrower one leads whatever their order: it says more about the sentence, and a
 * sentence that restates it restates the broader claim as well.
 */
export function decide(evidence: readonly Evidence[], lang: Lang, sensitivity: Sensitivity, decision: DecisionModel = MODEL): Decision[] {
  const passed = evidence
    .filter((item) => item.eligible)
    .map((item) => ({ evidence: item, probability: probability(item, lang, decision) }))
    .filter((item) => item.probability >= modelFor(item.evidence, lang, decision).thresholds[sensitivity])
    .sort((a, b) => b.probability - a.probability || a.evidence.packIndex - b.evidence.packIndex || a.evidence.claimIndex - b.evidence.claimIndex)
  const stated = passed[0]?.evidence.aim ? passed.find((item) => !item.evidence.aim) : undefined
  if (stated) passed.unshift(...passed.splice(passed.indexOf(stated), 1))
  const [top] = passed
  const narrower = top && passed.find((item) => refines(item.evidence, top.evidence))
  if (narrower) passed.unshift(...passed.splice(passed.indexOf(narrower), 1))
  return passed.filter((item, index) => index === 0 || item.probability >= SECOND_CLAIM_PROBABILITY)
}
