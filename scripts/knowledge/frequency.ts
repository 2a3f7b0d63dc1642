/** How often each stem occurs per million words of the unrelated corpora: a word's generality. Build-time only. */
import type { Lang } from '../../src/core/index.ts'
import { tokenise } from '../../src/core/text/tokenise.ts'
import { unrelatedCorpus } from '../eval/corpora.ts'

export interface StemFrequency {
  perMillion(stem: string): number
  /** Every stem seen, with its count. */
  counts: ReadonlyMap<string, number>
  /** Every stem seen, with the lower-case words that had it and how often (for the stem-collision review). */
  surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>
  words: number
}

const cache: Partial<Record<Lang, StemFrequency>> = {}

export function stemFrequency(lang: Lang): StemFrequency {
  const known = cache[lang]
  if (known) return known
  const counts = new Map<string, number>()
  const surfaces = new Map<string, Map<string, number>>()
  let words = 0
  for (const document of unrelatedCorpus(lang)) {
    for (const token of tokenise(document.text, lang)) {
      words++
      counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1)
      const word = document.text.slice(token.start, token.end).toLowerCase()
      let forms = surfaces.get(token.stem)
      if (!forms) surfaces.set(token.stem, (forms = new Map()))
      forms.set(word, (forms.get(word) ?? 0) + 1)
    }
  }
  const frequency = { perMillion: (stem: string) => ((counts.get(stem) ?? 0) / words) * 1_000_000, counts, surfaces, words }
  cache[lang] = frequency
  return frequency
}
