/**
 * The relevance filters skip words and sentences before stemming. They must never skip a word
 * that would have matched: checked here for every distinct word of the unrelated corpora and of
 * the evaluation sentences, against the bundled pack and a generated literal pack.
 */
import { describe, expect, it } from 'vitest'
import { compilePack, preparePack, type MatcherPack } from '../../src/core/index.ts'
import { mayBeKey } from '../../src/core/match/key-prefixes.ts'
import { relevanceOf } from '../../src/core/match/relevance.ts'
import { wordForms } from '../../src/core/text/stem.ts'
import { WORD_PATTERN } from '../../src/core/text/words.ts'
import type { Lang } from '../../src/core/text/language.ts'
import { generatedPack } from '../bench/generated-pack.ts'
import { unrelatedCorpus } from './corpora.ts'
import { bundledPacks } from './measure.ts'
import { loadDevRows, sharedEvalAvailable } from './shared-data.ts'
import { CLAUSE_GAP } from '../../src/core/match/compiled.ts'

function vocabulary(lang: Lang): Set<string> {
  const words = new Set<string>()
  // The tokeniser's own word pattern: words with apostrophes ("won't") must pass too.
  const add = (text: string): void => {
    for (const match of text.matchAll(new RegExp(WORD_PATTERN.source, 'gu'))) words.add(match[0].replace(/['\u2019][sS]$/u, ''))
  }
  for (const document of unrelatedCorpus(lang)) add(document.text)
  if (sharedEvalAvailable()) for (const row of loadDevRows()) if (row.lang === lang) add(row.sentence)
  return words
}

function keysOf(pack: MatcherPack, lang: Lang): Set<string> {
  const language = pack.compiled.languages[lang]
  return new Set([...Object.keys(language.single), ...Object.entries(language.phrases).flatMap(([first, phrases]) => [first, ...phrases.flatMap((phrase) => (phrase.slice(1) as string[]).filter((key) => key !== CLAUSE_GAP))])])
}

describe('key prefixes never filter out a word whose stem is a key', () => {
  const packs = [...bundledPacks(), preparePack(compilePack(generatedPack(2000)))]
  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: every corpus and dev word`, () => {
      const relevance = relevanceOf(packs)
      const keys = new Set(packs.flatMap((pack) => [...keysOf(pack, lang)]))
      const missed: string[] = []
      let checked = 0
      for (const word of vocabulary(lang)) {
        const forms = wordForms(word, lang)
        if (!keys.has(forms.stem) && !keys.has(forms.exact)) continue
        checked++
        if (!mayBeKey(relevance.of(lang).keys, word, lang)) missed.push(`${word} -> ${forms.stem}`)
      }
      expect(checked).toBeGreaterThan(500)
      expect(missed).toEqual([])
    })
  }
})
