/**
 * npm run eval: precision and recall on the dev sentences (overall, per language, per kind,
 * per claim) at every sensitivity, and false highlights per 10,000 words of unrelated text.
 * Flags: --verbose (list every error), --json (machine-readable), --skip-corpus, --readme (write the
 * summary table into README.md).
 */
import { SENSITIVITIES, PROFILES } from '../src/core/index.ts'
import { precision, recall, type EvalReport, type Tally } from '../src/core/eval/score.ts'
import { bundledPacks, devReport, falseHighlightRate, loadDevRows, type FalseHighlightRate } from './eval/measure.ts'
import { markdownTable, writeReadmeBlock } from './readme-block.ts'

const args = new Set(process.argv.slice(2))
const packs = bundledPacks()
const rows = loadDevRows()

const pct = (value: number | null): string => (value === null ? '   -  ' : (value * 100).toFixed(1).padStart(5) + '%')
const line = (name: string, tally: Tally): string =>
  `  ${name.padEnd(26)} P ${pct(precision(tally))}  R ${pct(recall(tally))}   tp ${String(tally.tp).padStart(3)}  fp ${String(tally.fp).padStart(3)}  fn ${String(tally.fn).padStart(3)}  rows ${String(tally.rows).padStart(3)}`

const reports: Record<string, EvalReport> = {}
const corpus: Record<string, FalseHighlightRate[]> = {}
for (const sensitivity of SENSITIVITIES) {
  const profile = PROFILES[sensitivity]
  reports[sensitivity] = devReport(packs, rows, profile)
  if (!args.has('--skip-corpus')) corpus[sensitivity] = (['en', 'de'] as const).map((lang) => falseHighlightRate(packs, lang, profile))
}

if (args.has('--json')) {
  const summary = Object.fromEntries(
    SENSITIVITIES.map((sensitivity) => {
      const report = reports[sensitivity] as EvalReport
      const figures = (tally: Tally) => ({ precision: precision(tally), recall: recall(tally), ...tally })
      return [
        sensitivity,
        {
          profile: PROFILES[sensitivity],
          overall: figures(report.overall),
          byLang: Object.fromEntries(Object.entries(report.byLang).map(([key, tally]) => [key, figures(tally)])),
          byKind: Object.fromEntries(Object.entries(report.byKind).map(([key, tally]) => [key, figures(tally)])),
          unrelated: corpus[sensitivity]?.map(({ examples: _examples, ...rate }) => rate),
        },
      ]
    }),
  )
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
} else {
  for (const sensitivity of SENSITIVITIES) {
    const report = reports[sensitivity] as EvalReport
    console.log(`\n== ${sensitivity} (coverage ≥ ${PROFILES[sensitivity].minCoverage}, concepts within ${PROFILES[sensitivity].nearTokens} words) — dev set, ${report.overall.rows} rows scored (borderline left out)`)
    console.log(line('overall', report.overall))
    for (const [lang, tally] of Object.entries(report.byLang)) console.log(line(`lang ${lang}`, tally))
    for (const [kind, tally] of Object.entries(report.byKind)) console.log(line(`kind ${kind}`, tally))
    if (sensitivity === 'balanced' || args.has('--verbose')) for (const [claim, tally] of Object.entries(report.byClaim).sort()) console.log(line(claim, tally))
    for (const rate of corpus[sensitivity] ?? []) {
      console.log(`  unrelated ${rate.lang}: ${rate.highlights} false highlights in ${rate.words.toLocaleString('en')} words = ${rate.per10k.toFixed(3)} per 10,000 words`)
      if (args.has('--verbose')) for (const example of rate.examples) console.log(`      ${example.claim}  ${example.document}  ${example.sentence}`)
    }
    if (args.has('--verbose') || sensitivity === 'balanced') {
      for (const outcome of report.outcomes) {
        if (outcome.fp === 0 && outcome.fn === 0) continue
        const tag = outcome.fn ? 'MISS' : 'FP  '
        console.log(`    ${tag} ${outcome.row.lang} [${outcome.row.label}] -> [${outcome.reported.join(', ')}] ${outcome.row.sentence}`)
      }
    }
  }
}

if (args.has('--readme')) {
  const percent = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`)
  const rate = (sensitivity: string, lang: string): string => {
    const found = corpus[sensitivity]?.find((item) => item.lang === lang)
    return found ? found.per10k.toFixed(3) : 'not measured'
  }
  const rowsOut = SENSITIVITIES.map((sensitivity) => {
    const report = reports[sensitivity] as EvalReport
    const en = report.byLang.en as Tally
    const de = report.byLang.de as Tally
    const profile = PROFILES[sensitivity]
    return [
      `**${sensitivity}** (coverage ≥ ${profile.minCoverage}, within ${profile.nearTokens} words)`,
      `${percent(precision(en))} / ${percent(recall(en))}`,
      `${percent(precision(de))} / ${percent(recall(de))}`,
      rate(sensitivity, 'en'),
      rate(sensitivity, 'de'),
    ]
  })
  const words = (lang: string): string => (corpus.balanced?.find((item) => item.lang === lang)?.words ?? 0).toLocaleString('en')
  writeReadmeBlock(
    'eval',
    `${markdownTable(['sensitivity', 'dev EN precision / recall', 'dev DE precision / recall', 'false highlights per 10k words, unrelated EN', '… unrelated DE'], rowsOut)}

Dev set: ${(reports.balanced as EvalReport).overall.rows} real sentences from coverage scored (of ${rows.length} in \`../shared/eval/dev.jsonl\`; borderline ones left out); unrelated text: ${words('en')} English words (Brown corpus, nlp-corpus) and ${words('de')} German words (de-corpus). Produced by \`npm run eval -- --readme\` on ${new Date().toISOString().slice(0, 10)}.`,
  )
}
