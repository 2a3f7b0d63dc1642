/**
 * Fitting the decide step's models and judging them honestly: page-grouped cross-validation
 * (no page lends sentences to both sides of a fold), thresholds per sensitivity chosen from the
 * cross-validated predictions, and the figures those predictions give. Build-time only.
 */
import { createHash } from 'node:crypto'
import { LANGS, type Lang } from '../../src/core/text/language.ts'
import { decide, type DecisionModel, type LinearModel } from '../../src/core/match/decide.ts'
import { FEATURE_NAMES, type Evidence } from '../../src/core/match/evidence.ts'
import { SENSITIVITIES, type Sensitivity } from '../../src/core/match/sensitivity.ts'
import { scoreRow, type Tally } from '../../src/core/eval/score.ts'
import { fitLogistic, type Example, type Fitted } from './logistic.ts'
import type { LabelledRow } from './examples.ts'
import { bestThreshold } from './threshold.ts'

export const FOLDS = 5
/** Penalty on the weights of the model of both languages, and on each language's distance from it. */
export const LAMBDA_SHARED = 0.5
export const LAMBDA_LANGUAGE = 4
/**
 * What each level weighs: the F-measure whose beta it maximises on cross-validated predictions
 * (beta < 1 favours precision, > 1 recall).
 */
export const LEVEL_BETA: Record<Sensitivity, number> = { strict: 0.5, balanced: 1, broad: 2 }
/**
 * A literal claim's evidence is thinner (its words, not its meaning), so each level leans further
 * toward precision for it: a reader forgives a missed restatement sooner than a wrong highlight.
 */
export const LITERAL_BETA_FACTOR = 0.5
/**
 * False highlights per 10,000 words of unrelated text (cross-validated, on the training half) each
 * level may make. The goal is at most 0.05 on text never trained on, at every level: the default
 * (balanced) and stricter levels leave room below it; "broader" is a reader's choice of more
 * restatements, not of highlights on pages about something else.
 */
export const UNRELATED_BOUND: Record<Sensitivity, number> = { strict: 0.01, balanced: 0.025, broad: 0.05 }

type Kind = 'curated' | 'literal'
export type Fits = Record<Kind, Record<Lang, Fitted> | null>

function examplesOf(rows: readonly LabelledRow[], kind: Kind, lang?: Lang): Example[] {
  const out: Example[] = []
  for (const row of rows) {
    if (lang && row.lang !== lang) continue
    for (const piece of row.pieces) for (const candidate of piece) if (candidate.eligible && candidate.literal === (kind === 'literal')) out.push({ x: candidate.features, y: candidate.positive ? 1 : 0 })
  }
  return out
}

export function fitModels(rows: readonly LabelledRow[]): Fits {
  const fits: Fits = { curated: null, literal: null }
  for (const kind of ['curated', 'literal'] as const) {
    const all = examplesOf(rows, kind)
    if (all.length === 0 || !all.some((example) => example.y === 1)) continue
    const shared = fitLogistic(all, LAMBDA_SHARED)
    fits[kind] = Object.fromEntries(
      LANGS.map((lang) => {
        const own = examplesOf(rows, kind, lang)
        return [lang, own.some((example) => example.y === 1) ? fitLogistic(own, LAMBDA_LANGUAGE, shared) : shared]
      }),
    ) as Record<Lang, Fitted>
  }
  return fits
}

const NEVER: Record<Sensitivity, number> = { strict: 1.01, balanced: 1.01, broad: 1.01 }

/** The fitted weights as the decide step's model, all thresholds set to `threshold`. */
export function asModel(fits: Fits, thresholds: (kind: Kind, lang: Lang) => Record<Sensitivity, number>): DecisionModel {
  const linear = (kind: Kind, lang: Lang): LinearModel => {
    const fit = fits[kind]?.[lang]
    return fit ? { bias: fit.bias, weights: fit.weights, thresholds: thresholds(kind, lang) } : { bias: -20, weights: FEATURE_NAMES.map(() => 0), thresholds: NEVER }
  }
  return {
    features: [...FEATURE_NAMES],
    curated: { en: linear('curated', 'en'), de: linear('curated', 'de') },
    literal: { en: linear('literal', 'en'), de: linear('literal', 'de') },
  }
}

/** The claim ids a model reports for a row at a sensitivity, by the same rule the matcher uses. */
export function reported(row: LabelledRow, model: DecisionModel, sensitivity: Sensitivity): string[] {
  const ids = new Set<string>()
  for (const piece of row.pieces) {
    const evidence = piece.map((candidate, index) => {
      const refines = candidate.refines.map((id) => piece.findIndex((other) => other.claimId === id)).filter((at) => at >= 0)
      return { packIndex: 0, claimIndex: index, literal: candidate.literal, eligible: candidate.eligible, pattern: -1, refines, full: false, aim: candidate.aim, features: candidate.features, prior: 0, terms: () => [] } satisfies Evidence
    })
    for (const decision of decide(evidence, row.lang, sensitivity, model)) ids.add((piece[decision.evidence.claimIndex] as { claimId: string }).claimId)
  }
  return [...ids]
}

function foldOf(url: string): number {
  return parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16) % FOLDS
}

/** For each row, the model fitted without its page's fold. */
export function crossValidatedModels(rows: readonly LabelledRow[]): Map<LabelledRow, Fits> {
  const byRow = new Map<LabelledRow, Fits>()
  for (let fold = 0; fold < FOLDS; fold++) {
    const fits = fitModels(rows.filter((row) => foldOf(row.row.url) !== fold))
    for (const row of rows) if (foldOf(row.row.url) === fold) byRow.set(row, fits)
  }
  return byRow
}

export function tallyAt(rows: readonly LabelledRow[], modelOf: (row: LabelledRow) => DecisionModel, sensitivity: Sensitivity, lang?: Lang): Tally {
  const tally: Tally = { tp: 0, fp: 0, fn: 0, rows: 0 }
  for (const row of rows) {
    if (lang && row.row.lang !== lang) continue
    const outcome = scoreRow(row.row, reported(row, modelOf(row), sensitivity))
    tally.tp += outcome.tp
    tally.fp += outcome.fp
    tally.fn += outcome.fn
    tally.rows++
  }
  return tally
}

const GRID = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01)

/**
 * Thresholds per level for one kind, from cross-validated predictions of both languages together
 * (German alone has too few labelled sentences for a stable choice): the best threshold (see
 * bestThreshold) by the F-measure for the level's beta on the labelled sentences, among those that
 * keep false highlights on unrelated text (`unrelated`, `words` long) within the level's bound.
 */
export function chooseThresholds(rows: readonly LabelledRow[], unrelated: readonly LabelledRow[], words: number, cv: Map<LabelledRow, Fits>, kind: Kind): Record<Sensitivity, number> {
  const ofKind = (row: LabelledRow): boolean => row.pieces.some((piece) => piece.some((candidate) => candidate.literal === (kind === 'literal')))
  const subset = rows.filter(ofKind)
  const noise = unrelated.filter(ofKind)
  const at = (threshold: number) => (row: LabelledRow) => asModel(cv.get(row) as Fits, () => ({ strict: threshold, balanced: threshold, broad: threshold }))
  const tallies = GRID.map((threshold) => ({
    threshold,
    tally: tallyAt(subset, at(threshold), 'balanced'),
    per10k: words > 0 ? (tallyAt(noise, at(threshold), 'balanced').fp / words) * 10_000 : 0,
  }))
  const out = {} as Record<Sensitivity, number>
  for (const sensitivity of SENSITIVITIES) {
    const beta2 = (LEVEL_BETA[sensitivity] * (kind === 'literal' ? LITERAL_BETA_FACTOR : 1)) ** 2
    const allowed = tallies
      .filter(({ per10k }) => per10k <= UNRELATED_BOUND[sensitivity])
      .map(({ threshold, tally }) => ({ threshold, score: ((1 + beta2) * tally.tp) / ((1 + beta2) * tally.tp + beta2 * tally.fn + tally.fp || 1) }))
    out[sensitivity] = Math.round((bestThreshold(allowed) ?? 0.99) * 100) / 100
  }
  // Stricter levels never sit below looser ones.
  out.balanced = Math.max(out.balanced, out.broad)
  out.strict = Math.max(out.strict, out.balanced)
  return out
}
