/**
 * How often each pattern of each claim holds by chance: counted on the training half of the
 * unrelated corpora, per million words, per language. The decide step reads it as evidence
 * (a pattern that holds in unrelated text now and then is weaker than one that never does).
 */
import { createHash } from 'node:crypto'
import { explainText, parsePack, preparePack } from '../../src/core/index.ts'
import { LANGS, type Lang } from '../../src/core/text/language.ts'
import { countWords } from '../eval/corpora.ts'
import { corpusHalf } from '../train/corpus.ts'

export interface PatternChance {
  /** Hash of the claim's patterns: rates counted for other patterns are stale. */
  patterns: string
  en: number[]
  de: number[]
}

export function patternHash(require: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(require)).digest('hex').slice(0, 12)
}

export function patternChances(packData: unknown): Record<string, PatternChance> {
  const parsed = parsePack(packData)
  if (!parsed.ok) throw new Error(parsed.problem)
  const pack = preparePack(parsed.value.compiled)
  const out: Record<string, PatternChance> = {}
  for (const claim of parsed.value.pack.claims) {
    if (claim.match.require.length) out[claim.id] = { patterns: patternHash(claim.match.require), en: claim.match.require.map(() => 0), de: claim.match.require.map(() => 0) }
  }
  for (const lang of LANGS) {
    let words = 0
    const counts = new Map<string, number[]>()
    for (const document of corpusHalf(lang, 'train')) {
      words += countWords(document.text)
      for (const item of explainText([pack], document.text, { lang })) {
        for (const evidence of item.evidence) {
          if (!evidence.full) continue
          const id = pack.compiled.claims[evidence.claimIndex]?.id ?? ''
          const list = counts.get(id) ?? []
          list[evidence.pattern] = (list[evidence.pattern] ?? 0) + 1
          counts.set(id, list)
        }
      }
    }
    for (const [id, chance] of Object.entries(out)) {
      const list = counts.get(id) ?? []
      chance[lang as Lang] = chance[lang as Lang].map((_, index) => Math.round(((list[index] ?? 0) / words) * 1_000_000 * 100) / 100)
    }
  }
  return out
}
