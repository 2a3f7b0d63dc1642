/**
 * npm run train: fits the decide step's models on the dev set and writes
 * src/core/match/model.json (weights per kind and language, and thresholds per sensitivity from
 * page-grouped cross-validation). The curated model learns from the bundled pack, the literal
 * model from the same claims stripped to their wording (what a ClaimReview gives).
 */
import { writeFileSync } from 'node:fs'
import { LANGS } from '../src/core/text/language.ts'
import { bundledPacks, claimsOnlyPacks } from './eval/measure.ts'
import { loadDevRows, loadPages, sharedEvalAvailable, SKIP_MESSAGE } from './eval/shared-data.ts'
import { labelledRows } from './train/examples.ts'
import { corpusHalf, corpusRows } from './train/corpus.ts'
import { countWords } from './eval/corpora.ts'
import { asModel, chooseThresholds, crossValidatedModels, fitModels, type Fits } from './train/cross-validate.ts'

const OUT = new URL('../src/core/match/model.json', import.meta.url)

if (!sharedEvalAvailable()) {
  console.log(`train: ${SKIP_MESSAGE}`)
  process.exit(0)
}
const rows = loadDevRows()
const pages = loadPages()
const curated = [...labelledRows(bundledPacks(), rows, 'line'), ...labelledRows(bundledPacks(), rows, 'page', pages)]
const literal = [...labelledRows(claimsOnlyPacks(), rows, 'line'), ...labelledRows(claimsOnlyPacks(), rows, 'page', pages)]
// Unrelated text teaches the model what a chance co-occurrence of a claim's words looks like.
const unrelated = (packs: Parameters<typeof corpusRows>[0]) => LANGS.flatMap((lang) => corpusRows(packs, lang))
const curatedNegatives = unrelated(bundledPacks())
const literalNegatives = unrelated(claimsOnlyPacks())
const all = [...curated, ...literal, ...curatedNegatives, ...literalNegatives]
const cv = crossValidatedModels([...curated, ...curatedNegatives])
for (const [row, fits] of crossValidatedModels([...literal, ...literalNegatives])) cv.set(row, fits)
const words = LANGS.reduce((sum, lang) => sum + corpusHalf(lang, 'train').reduce((total, document) => total + countWords(document.text), 0), 0)
const thresholds = {
  curated: chooseThresholds(curated, curatedNegatives, words, cv, 'curated'),
  literal: chooseThresholds(literal, literalNegatives, words, cv, 'literal'),
}
const fits: Fits = fitModels(all)
const model = asModel(fits, (kind) => thresholds[kind])
const round = (value: number): number => Math.round(value * 10000) / 10000
for (const kind of ['curated', 'literal'] as const) {
  for (const lang of LANGS) {
    const linear = model[kind][lang]
    linear.bias = round(linear.bias)
    linear.weights = linear.weights.map(round)
  }
}
writeFileSync(OUT, JSON.stringify(model, null, 1) + '\n')
console.log(`train: ${curated.length} curated and ${literal.length} literal row evaluations, ${curatedNegatives.length} + ${literalNegatives.length} sentences of unrelated text -> ${OUT.pathname}`)
for (const kind of ['curated', 'literal'] as const) for (const lang of LANGS) console.log(`  ${kind} ${lang}: thresholds ${JSON.stringify(model[kind][lang].thresholds)}`)
