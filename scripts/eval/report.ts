/**
 * The figures `npm run eval` prints and the ratchet test checks: per language precision and recall
 * on a labelled set (sentence by sentence, as `match --lines` sees it), cross-validated figures on
 * the dev set, and false highlights on unrelated real pages. Check-set figures are aggregates only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { htmlToText } from '../../src/cli/html-text.ts'
import { langFromTag, matchText, type MatcherPack, type Sensitivity } from '../../src/core/index.ts'
import { PROFILES } from '../../src/core/match/sensitivity.ts'
import { MODEL } from '../../src/core/match/decide.ts'
import type { EvalReport, EvalRow, Tally } from '../../src/core/eval/score.ts'
import { rowsReport } from './measure.ts'
import { SHARED_EVAL } from './shared-data.ts'
import { labelledRows, type LabelledRow } from '../train/examples.ts'
import { asModel, crossValidatedModels, tallyAt, type Fits } from '../train/cross-validate.ts'
import type { SourcePage } from './shared-data.ts'

export const REAL_PAGES = `${SHARED_EVAL}../realpages/`

export function setReport(packs: MatcherPack[], rows: readonly EvalRow[], sensitivity: Sensitivity): EvalReport {
  return rowsReport(packs, rows, PROFILES[sensitivity])
}

export interface CrossValidated {
  /** Each sentence alone, as `match --lines` sees it. */
  line: Record<string, Tally>
  /** Each sentence in its paragraph, with the page's headline as context, as the extension sees it. */
  page: Record<string, Tally>
}

/**
 * Page-grouped cross-validation: every sentence is decided by a model fitted without any sentence
 * of its page's fold, at the committed thresholds.
 */
export function crossValidated(packs: MatcherPack[], rows: readonly EvalRow[], pages: Map<string, SourcePage>, sensitivity: Sensitivity): CrossValidated {
  const line = labelledRows(packs, rows, 'line')
  const page = labelledRows(packs, rows, 'page', pages)
  const cv = crossValidatedModels([...line, ...page])
  const thresholds = (kind: 'curated' | 'literal'): Record<Sensitivity, number> => MODEL[kind].en.thresholds
  const modelOf = (row: LabelledRow) => asModel(cv.get(row) as Fits, thresholds)
  const byLang = (set: LabelledRow[]): Record<string, Tally> => Object.fromEntries((['en', 'de'] as const).map((lang) => [lang, tallyAt(set, modelOf, sensitivity, lang)]))
  return { line: byLang(line), page: byLang(page) }
}

export interface RealPagesReport {
  pages: number
  words: number
  highlights: number
  pagesWithHighlights: string[]
}

/** Highlights the matcher makes on the real pages of unrelated news in ../shared/realpages (all false). */
export function realPagesReport(packs: MatcherPack[], sensitivity: Sensitivity): RealPagesReport {
  const report: RealPagesReport = { pages: 0, words: 0, highlights: 0, pagesWithHighlights: [] }
  if (!existsSync(REAL_PAGES)) return report
  const files = readdirSync(REAL_PAGES).filter((file) => file.endsWith('.html'))
  for (const file of files) {
    const html = readFileSync(`${REAL_PAGES}${file}`, 'utf8')
    const lang = langFromTag(/<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1]) ?? 'en'
    const text = htmlToText(html)
    report.pages++
    report.words += text.split(/\s+/).length
    let found = 0
    for (const block of text.split('\n')) found += matchText(packs, block, { profile: PROFILES[sensitivity], lang }).length
    report.highlights += found
    if (found > 0) report.pagesWithHighlights.push(file)
  }
  return report
}
