/**
 * The evaluation as a ratchet in npm test: precision and recall per language on the dev set may
 * not fall below the recorded floor, false highlights on a million words of unrelated text may
 * not rise above it, and no paraphrase in the claim set may be a copy of a dev sentence.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { packSchema, PROFILES } from '../../src/core/index.ts'
import { precision, recall } from '../../src/core/eval/score.ts'
import { normaliseSentence } from '../../src/core/text/normalise.ts'
import bundled from '../../src/data/russia-china-2025.pack.json' with { type: 'json' }
import { bundledPacks, devReport, falseHighlightRate, loadDevRows } from './measure.ts'

const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as {
  dev: Record<'en' | 'de', { precision: number; recall: number }>
  unrelatedPer10kWords: Record<'en' | 'de', number>
}
const rows = loadDevRows()
const packs = bundledPacks()

describe('matching quality on the dev set (balanced)', () => {
  const report = devReport(packs, rows, PROFILES.balanced)
  it.each(['en', 'de'] as const)('%s stays at or above the floor', (lang) => {
    const tally = report.byLang[lang]
    expect(tally).toBeDefined()
    if (!tally) return
    expect(precision(tally)).toBeGreaterThanOrEqual(floor.dev[lang].precision)
    expect(recall(tally)).toBeGreaterThanOrEqual(floor.dev[lang].recall)
  })
})

describe('false highlights on unrelated text (balanced)', () => {
  it.each(['en', 'de'] as const)('%s: at least a million words, rate at or below the floor', (lang) => {
    const rate = falseHighlightRate(packs, lang, PROFILES.balanced)
    expect(rate.words).toBeGreaterThan(1_000_000)
    expect(rate.per10k).toBeLessThanOrEqual(floor.unrelatedPer10kWords[lang])
  })
})

describe('the claim set generalises instead of memorising', () => {
  const pack = packSchema.parse(bundled)
  const paraphrases = pack.claims.flatMap((claim) => [claim.claim.en, claim.claim.de ?? '', ...claim.match.paraphrases.en, ...claim.match.paraphrases.de]).filter(Boolean)
  const words = (text: string): Set<string> => new Set(normaliseSentence(text).match(/[\p{L}\p{N}]+/gu) ?? [])

  it('no paraphrase equals a dev sentence', () => {
    const dev = new Set(rows.map((row) => normaliseSentence(row.sentence)))
    expect(paraphrases.filter((text) => dev.has(normaliseSentence(text)))).toEqual([])
  })

  it('no paraphrase is a near copy of a dev sentence (word overlap below 70%)', () => {
    const copies: string[] = []
    for (const text of paraphrases) {
      const mine = words(text)
      for (const row of rows) {
        const theirs = words(row.sentence)
        const shared = [...mine].filter((word) => theirs.has(word)).length
        if (shared / Math.max(mine.size, theirs.size) >= 0.7) copies.push(`${text} ~ ${row.sentence}`)
      }
    }
    expect(copies).toEqual([])
  })
})
