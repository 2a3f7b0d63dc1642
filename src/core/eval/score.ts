/**
 * Scores a matcher on labelled sentences, with the rule in shared/eval/README.md:
 * borderline rows are left out; wsj-report and end-war-to-weaken-axis also accept
 * split-russia-china; each reported id from the fixed list that the row does not accept is a
 * false positive; precision = TP/(TP+FP), recall = TP/(TP+FN).
 */
export interface EvalRow {
  url: string
  lang: string
  sentence: string
  label: string
  kind: string
  borderline: boolean
}

/** The claim ids fixed by the evaluation README. */
export const EVAL_CLAIM_IDS = [
  'split-russia-china', 'wsj-report', 'end-war-to-weaken-axis', 'rubio-opportunities', 'oval-office-clash', 'bolton-likes',
  'putin-call-without-ukraine', 'nixon-parallel', 'boundless-friendship', 'russia-depends-on-china', 'europe-strain',
  'london-summit', 'putin-tactical',
] as const

const ALSO_ACCEPTS: Record<string, string[]> = {
  'wsj-report': ['split-russia-china'],
  'end-war-to-weaken-axis': ['split-russia-china'],
}

export function acceptedIds(label: string): string[] {
  return label === 'none' ? [] : [label, ...(ALSO_ACCEPTS[label] ?? [])]
}

export interface Tally {
  tp: number
  fp: number
  fn: number
  rows: number
}

export interface RowOutcome {
  row: EvalRow
  reported: string[]
  tp: number
  fp: number
  fn: number
}

export interface EvalReport {
  overall: Tally
  byLang: Record<string, Tally>
  byKind: Record<string, Tally>
  byClaim: Record<string, Tally>
  outcomes: RowOutcome[]
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, rows: 0 })

export function precision(tally: Tally): number | null {
  return tally.tp + tally.fp === 0 ? null : tally.tp / (tally.tp + tally.fp)
}

export function recall(tally: Tally): number | null {
  return tally.tp + tally.fn === 0 ? null : tally.tp / (tally.tp + tally.fn)
}

export function scoreRow(row: EvalRow, reported: readonly string[]): RowOutcome {
  const accepted = acceptedIds(row.label)
  const scored = reported.filter((id) => (EVAL_CLAIM_IDS as readonly string[]).includes(id))
  const hit = scored.some((id) => accepted.includes(id))
  const tp = row.label !== 'none' && hit ? 1 : 0
  const fn = row.label !== 'none' && !hit ? 1 : 0
  const fp = scored.filter((id) => !accepted.includes(id)).length
  return { row, reported: [...reported], tp, fp, fn }
}

function add(tally: Tally, outcome: RowOutcome): void {
  tally.tp += outcome.tp
  tally.fp += outcome.fp
  tally.fn += outcome.fn
  tally.rows += 1
}

/** Scores every non-borderline row with `predict`, which returns the claim ids found in one sentence. */
export function evaluate(rows: readonly EvalRow[], predict: (row: EvalRow) => string[]): EvalReport {
  const report: EvalReport = { overall: empty(), byLang: {}, byKind: {}, byClaim: {}, outcomes: [] }
  for (const row of rows) {
    if (row.borderline) continue
    const outcome = scoreRow(row, predict(row))
    report.outcomes.push(outcome)
    add(report.overall, outcome)
    add((report.byLang[row.lang] ??= empty()), outcome)
    add((report.byKind[row.kind] ??= empty()), outcome)
    if (row.label !== 'none') add((report.byClaim[row.label] ??= empty()), outcome)
    for (const id of outcome.reported) {
      if (!acceptedIds(row.label).includes(id) && (EVAL_CLAIM_IDS as readonly string[]).includes(id)) (report.byClaim[id] ??= empty()).fp += 1
    }
  }
  return report
}

export function parseRows(jsonl: string): EvalRow[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalRow)
}
