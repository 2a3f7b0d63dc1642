/**
 * What a fixture page should show, derived independently of the extension: the evaluation
 * labels of the page's real sentences, and the core matcher run in Node on the page's text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { htmlToText } from '../../src/cli/html-text.ts'
import { matchText, PROFILES, type Sensitivity } from '../../src/core/index.ts'
import { acceptedIds, type EvalRow } from '../../src/core/eval/score.ts'
import { bundledPacks } from '../../scripts/eval/measure.ts'
import { loadDevRows } from '../../scripts/eval/shared-data.ts'
import { SITE } from '../fixtures.ts'

const sources = JSON.parse(readFileSync(join(SITE, 'sources.json'), 'utf8')) as Record<string, string>

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The labelled dev sentences of the page a fixture was built from (borderline ones left out). */
export function labelledRows(fixture: string): EvalRow[] {
  const url = sources[fixture]
  return loadDevRows().filter((row) => row.url === url && !row.borderline)
}

export function accepts(row: EvalRow, claimId: string): boolean {
  return acceptedIds(row.label).includes(claimId)
}

/** The sentences the core matcher finds in the fixture's readable text, as the CLI reads it. */
export function coreSentences(fixture: string, sensitivity: Sensitivity = 'balanced'): Array<{ sentence: string; claimId: string }> {
  return coreSentencesOfHtml(readFileSync(join(SITE, fixture), 'utf8'), sensitivity)
}

/** The same for a page built in the test. */
export function coreSentencesOfHtml(html: string, sensitivity: Sensitivity = 'balanced'): Array<{ sentence: string; claimId: string }> {
  const lang = /<html lang="de"/.test(html) ? 'de' : 'en'
  const packs = bundledPacks()
  return htmlToText(html)
    .split('\n')
    .flatMap((block) => matchText(packs, block, { profile: PROFILES[sensitivity], lang }).map((match) => ({ sentence: normalise(match.sentence), claimId: match.claimId })))
}

/** True when one text contains the other: dev sentences are sometimes a fragment of the page's sentence. */
export function overlaps(a: string, b: string): boolean {
  const x = normalise(a)
  const y = normalise(b)
  return x.includes(y) || y.includes(x)
}
