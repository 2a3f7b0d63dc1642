/**
 * npm run eval: how well the matcher finds restatements, per language, on sentences from coverage of
 * the story, read from ../shared/eval (never copied into the project):
 *   - dev: the labelled development set (the model is fitted on it, so this is in-sample);
 *   - dev, cross-validated: each page's sentences decided by a model fitted without that page,
 *     alone (as `match --lines` sees them) and in their page (paragraph and headline as context);
 *   - check: sentences from other pages, in aggregate only (its sentences are never printed);
 * and how often it highlights where it should not: unrelated English and German text, and the
 * real pages of unrelated news in ../shared/realpages.
 * Flags: --claims-only (the claims stripped to their sentences, as a ClaimReview gives them),
 * --extra FILE (score another file in the evaluation format, e.g. a reader's export), --verbose
 * (dev errors), --json, --skip-corpus, --readme (write the summary into README.md). At the balanced
 * level it also counts why restatements were missed, per language, for dev and check alike.
 */
import { SENSITIVITIES, type Sensitivity } from '../src/core/index.ts'
import { precision, recall, type EvalReport, type Tally } from '../src/core/eval/score.ts'
import { bundledPacks, claimsOnlyPacks, falseHighlightRate, type FalseHighlightRate } from './eval/measure.ts'
import { crossValidated, realPagesReport, setReport, type CrossValidated, type RealPagesReport } from './eval/report.ts'
import { describeMisses, missAnatomy } from './eval/misses.ts'
import { loadCheckRows, loadDevRows, loadPages, loadRowsFrom, sharedEvalAvailable, SKIP_MESSAGE } from './eval/shared-data.ts'
import { markdownTable, writeReadmeBlock } from './readme-block.ts'

const argv = process.argv.slice(2)
const args = new Set(argv)
const extraPath = argv.includes('--extra') ? argv[argv.indexOf('--extra') + 1] : undefined
if (!sharedEvalAvailable() && !extraPath) {
  console.log(`eval: ${SKIP_MESSAGE}`)
  process.exit(0)
}
const claimsOnly = args.has('--claims-only')
const packs = claimsOnly ? claimsOnlyPacks() : bundledPacks()
const pct = (value: number | null): string => (value === null ? '    – ' : `${(value * 100).toFixed(1).padStart(5)}%`)
const pr = (tally: Tally | undefined): string => (tally ? `P ${pct(precision(tally))} R ${pct(recall(tally))} (tp ${tally.tp} fp ${tally.fp} fn ${tally.fn})` : 'no rows')
const short = (tally: Tally | undefined): string => (tally ? `${pct(precision(tally)).trim()} / ${pct(recall(tally)).trim()}` : '–')

interface Level {
  dev?: EvalReport
  check?: EvalReport
  extra?: EvalReport
  cv?: CrossValidated
  corpus?: FalseHighlightRate[]
  real?: RealPagesReport
}
const levels: Partial<Record<Sensitivity, Level>> = {}
const dev = sharedEvalAvailable() ? loadDevRows() : []
const check = sharedEvalAvailable() ? loadCheckRows() : []
const pages = sharedEvalAvailable() ? loadPages() : new Map()
const extra = extraPath ? loadRowsFrom(extraPath) : []

for (const sensitivity of SENSITIVITIES) {
  const level: Level = {}
  if (dev.length) {
    level.dev = setReport(packs, dev, sensitivity)
    level.check = setReport(packs, check, sensitivity)
    level.cv = crossValidated(packs, dev, pages, sensitivity)
  }
  if (extra.length) level.extra = setReport(packs, extra, sensitivity)
  if (!args.has('--skip-corpus')) {
    level.corpus = (['en', 'de'] as const).map((lang) => falseHighlightRate(packs, lang, { sensitivity }))
    level.real = realPagesReport(packs, sensitivity)
  }
  levels[sensitivity] = level
}

if (args.has('--json')) {
  const strip = (report?: EvalReport) => report && { overall: report.overall, byLang: report.byLang }
  const json = Object.fromEntries(
    SENSITIVITIES.map((sensitivity) => {
      const level = levels[sensitivity] as Level
      return [sensitivity, { dev: strip(level.dev), check: strip(level.check), extra: strip(level.extra), crossValidated: level.cv, unrelated: level.corpus?.map(({ examples: _e, ...rate }) => rate), realPages: level.real }]
    }),
  )
  process.stdout.write(JSON.stringify({ claimsOnly, levels: json }, null, 2) + '\n')
  process.exit(0)
}

console.log(claimsOnly ? 'Claims only: every claim stripped to its sentence (English and German), no paraphrases, patterns or lexicon.' : 'Bundled pack, curated.')
for (const sensitivity of SENSITIVITIES) {
  const level = levels[sensitivity] as Level
  console.log(`\n== ${sensitivity}`)
  for (const lang of ['en', 'de'] as const) {
    if (level.dev) {
      console.log(`  ${lang}  dev ${pr(level.dev.byLang[lang])}`)
      console.log(`      dev cross-validated, alone   ${pr(level.cv?.line[lang])}`)
      console.log(`      dev cross-validated, in page ${pr(level.cv?.page[lang])}`)
      console.log(`      check ${pr(level.check?.byLang[lang])}`)
    }
    if (level.extra) console.log(`      ${extraPath} ${pr(level.extra.byLang[lang])}`)
  }
  for (const rate of level.corpus ?? []) console.log(`  unrelated ${rate.lang}: ${rate.highlights} false highlights in ${rate.words.toLocaleString('en')} words = ${rate.per10k.toFixed(3)} per 10,000 words`)
  if (level.real) console.log(`  real unrelated pages: ${level.real.highlights} false highlights on ${level.real.pages} pages${level.real.pagesWithHighlights.length ? ` (${level.real.pagesWithHighlights.join(', ')})` : ''}`)
  if (level.dev && (sensitivity === 'balanced' || args.has('--verbose'))) {
    for (const [claim, tally] of Object.entries(level.dev.byClaim).sort()) console.log(`    ${claim.padEnd(28)} ${pr(tally)}`)
    for (const [name, rows] of [['dev', dev], ['check', check]] as const) {
      const anatomy = missAnatomy(packs, rows, sensitivity)
      for (const lang of ['en', 'de'] as const) if (anatomy[lang]) console.log(`  ${lang} ${name}: ${describeMisses(anatomy[lang])}`)
    }
  }
  if (level.dev && args.has('--verbose')) {
    for (const outcome of level.dev.outcomes) {
      if (outcome.fp === 0 && outcome.fn === 0) continue
      console.log(`    ${outcome.fn ? 'MISS' : 'FP  '} ${outcome.row.lang} [${outcome.row.label}] -> [${outcome.reported.join(', ')}] ${outcome.row.sentence}`)
    }
  }
}

if (args.has('--readme') && dev.length) {
  const rows = SENSITIVITIES.flatMap((sensitivity) => {
    const level = levels[sensitivity] as Level
    return (['en', 'de'] as const).map((lang) => [
      lang === 'en' ? `**${sensitivity}**` : '',
      lang.toUpperCase(),
      short(level.dev?.byLang[lang]),
      short(level.cv?.line[lang]),
      short(level.cv?.page[lang]),
      short(level.check?.byLang[lang]),
      level.corpus?.find((rate) => rate.lang === lang)?.per10k.toFixed(3) ?? '–',
    ])
  })
  const balanced = levels.balanced as Level
  const words = (lang: string): string => (balanced.corpus?.find((rate) => rate.lang === lang)?.words ?? 0).toLocaleString('en')
  writeReadmeBlock(
    claimsOnly ? 'eval-claims-only' : 'eval',
    `${markdownTable(['sensitivity', 'lang', 'dev (in-sample)', 'dev cross-validated, sentence alone', 'dev cross-validated, in its page', 'check (never tuned on)', 'false highlights / 10k words of unrelated text'], rows)}

Precision / recall. Dev: ${(balanced.dev as EvalReport).overall.rows} scored sentences of ${dev.length} in \`../shared/eval/dev.jsonl\` (borderline ones left out); cross-validated: page-grouped, ${5} folds. Check: ${(balanced.check as EvalReport).overall.rows} scored sentences from other pages, in aggregate only. Unrelated text: ${words('en')} English words (Brown corpus, nlp-corpus) and ${words('de')} German words (de-corpus); real unrelated pages: ${balanced.real?.highlights ?? '–'} false highlights on ${balanced.real?.pages ?? '–'} pages. Produced by \`npm run eval -- --readme${claimsOnly ? ' --claims-only' : ''}\` on ${new Date().toISOString().slice(0, 10)}.`,
  )
}
