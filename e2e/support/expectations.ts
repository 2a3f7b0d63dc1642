/**
 * What a fixture page should show, derived independently of the extension: what a reader would say
 * each sentence of the team's demo pages restates (expected.json, written with the pages), and the
 * core matcher run in Node on the page's text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { htmlToText } from '../../src/cli/html-text.ts'
import { matchText, PROFILES, type Sensitivity } from '../../src/core/index.ts'
import { acceptedIds, type EvalRow } from '../../src/core/eval/score.ts'
import { bundledPacks } from '../../scripts/eval/measure.ts'
import { SITE } from '../fixtures.ts'

const expected = JSON.parse(readFileSync(join(SITE, 'expected.json'), 'utf8')) as { pages: Record<string, Array<{ sentence: string; label: string }>> }

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Every sentence of a demo page with the claim it restates, as evaluation rows. */
export function labelledRows(fixture: string): EvalRow[] {
  const rows = expected.pages[fixture]
  if (!rows) throw new Error(`expected.json has no entry for ${fixture}`)
  return rows.map(({ sentence, label }) => ({ url: fixture, lang: fixture.endsWith('-de.html') ? 'de' : 'en', sentence, label, kind: label === 'none' ? 'related-not-claim' : 'paraphrase', borderline: false }))
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
