/**
 * Property tests of the core (fast-check): for arbitrary text, from random Unicode to sentences
 * built out of the claim set's own vocabulary, segmentation, tokenising and matching never throw,
 * every offset maps back into the text, and the relevance filters change no result (checked
 * against matching with every word stemmed). Runs and seeds are fixed, so a failure reproduces.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import data from '../data/russia-china-2025.pack.json' with { type: 'json' }
import { bundledMatcher } from './test-support/bundled.ts'
import { matchText, type TextMatch } from './match/matcher.ts'
import { PROFILES } from './match/sensitivity.ts'
import { segmentSentences } from './text/segment.ts'
import { tokenise } from './text/tokenise.ts'
import { WORD_PATTERN } from './text/words.ts'
import type { Lang } from './text/language.ts'

const RUNS = 300
const SEED = 20261125
const settings = { numRuns: RUNS, seed: SEED }

/** Every word the claim set is written in, plus forms a page may use and common words around them. */
const pack = data as { claims: Array<{ claim: Record<string, string>; match: { paraphrases: Record<string, string[]> } }>; lexicon: Record<string, { terms: Record<string, string[]> }> }

function vocabulary(): string[] {
  const words = new Set<string>()
  const add = (text: string): void => {
    for (const match of text.matchAll(new RegExp(WORD_PATTERN.source, 'gu'))) words.add(match[0])
  }
  for (const claim of pack.claims) {
    Object.values(claim.claim).forEach(add)
    Object.values(claim.match.paraphrases).flat().forEach(add)
  }
  for (const entry of Object.values(pack.lexicon)) Object.values(entry.terms).flat().forEach((term) => add(term.replace(/[*=]/g, '')))
  'the a of and not no never said says may could would nicht kein sagte hat ist der die das und von U.S. Mr. Dr. z.B. am 3. März'.split(' ').forEach((word) => words.add(word))
  return [...words]
}

const WORDS = vocabulary()
const PARAPHRASES = pack.claims.flatMap((claim) => [...Object.values(claim.claim), ...Object.values(claim.match.paraphrases).flat()])

/** A word from the claim set, sometimes changed the way pages change words. */
const word = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('', '', '', 's', "'s", '’s', 'ing', 'ed', 'en', 'ung', 'er', '-Strategie'), fc.constantFrom('as-is', 'as-is', 'lower', 'upper', 'capital')).map(([base, suffix, casing]) => {
  const text = base + suffix
  if (casing === 'lower') return text.toLowerCase()
  if (casing === 'upper') return text.toUpperCase()
  if (casing === 'capital') return text.charAt(0).toUpperCase() + text.slice(1)
  return text
})
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '; ', ' — ', ' - ', ': ', ' (', ') ', ' “', '” ', '\u00a0', '  ', '\t')
const ending = fc.constantFrom('. ', '? ', '! ', '.\n', '\n', '." ', '… ', '. ', '')
const sentence = fc.tuple(fc.array(fc.tuple(word, separator), { minLength: 2, maxLength: 24 }), ending).map(([parts, end]) => parts.map(([w, s]) => w + s).join('').trim() + end)
/** A paraphrase of a claim, edited: words dropped, words of other claims put in, a separator changed. */
const editedParaphrase = fc
  .tuple(fc.constantFrom(...PARAPHRASES), fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constant(''), word)), { maxLength: 4 }), ending)
  .map(([text, edits, end]) => {
    const words = text.split(' ')
    for (const [at, replacement] of edits) words.splice(at % (words.length + 1), replacement === '' ? 1 : 0, ...(replacement === '' ? [] : [replacement]))
    return words.join(' ') + end
  })
/** Claim-like prose: sentences of claim vocabulary, sometimes interrupted by arbitrary Unicode. */
const prose = fc
  .array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 3, arbitrary: editedParaphrase }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '))
/** Anything at all: lone surrogates, control characters, combining marks, every script. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 })
const lang = fc.constantFrom<Lang>('en', 'de')

function checkMatches(text: string, matches: TextMatch[]): void {
  let previousEnd = 0
  for (const match of matches) {
    expect(Number.isInteger(match.start) && Number.isInteger(match.end)).toBe(true)
    expect(match.start).toBeGreaterThanOrEqual(previousEnd)
    expect(match.end).toBeGreaterThan(match.start)
    expect(match.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(match.start, match.end)).toBe(match.sentence)
    expect(match.score).toBeGreaterThan(0)
    expect(match.score).toBeLessThanOrEqual(1)
    previousEnd = match.end
  }
}

describe('segmentation: sentences are trimmed, ordered spans of the text that cover all of it', () => {
  for (const [name, text] of [['arbitrary Unicode', anyText], ['claim-like prose', prose]] as const) {
    it(name, () => {
      fc.assert(
        fc.property(text, lang, (input, language) => {
          const spans = segmentSentences(input, language)
          let previousEnd = 0
          const covered = new Uint8Array(input.length)
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(previousEnd)
            expect(span.end).toBeGreaterThan(span.start)
            expect(span.end).toBeLessThanOrEqual(input.length)
            expect(/^\s|\s$/.test(input.slice(span.start, span.end))).toBe(false)
            expect(input.slice(span.start, span.end)).not.toContain('\n')
            covered.fill(1, span.start, span.end)
            previousEnd = span.end
          }
          // Nothing but whitespace is left out.
          for (let index = 0; index < input.length; index++) if (!covered[index]) expect(input[index]).toMatch(/\s/)
        }),
        settings,
      )
    })
  }
})

describe('tokenising: tokens are ordered, disjoint words of the text', () => {
  it('arbitrary Unicode and claim-like prose', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, prose), lang, (input, language) => {
        let previousEnd = 0
        for (const token of tokenise(input, language)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd)
          expect(token.end).toBeGreaterThan(token.start)
          expect(input.slice(token.start, token.end)).toMatch(new RegExp(`^(?:${WORD_PATTERN.source})$`, 'u'))
          previousEnd = token.end
        }
      }),
      settings,
    )
  })
})

describe('matching: offsets always map back into the text', () => {
  for (const [name, text] of [['arbitrary Unicode', anyText], ['claim-like prose', prose]] as const) {
    it(name, () => {
      fc.assert(
        fc.property(text, lang, fc.constantFrom(...Object.values(PROFILES)), (input, language, profile) => {
          checkMatches(input, matchText([bundledMatcher()], input, { profile, lang: language }))
        }),
        settings,
      )
    })
  }

  it('claim-like prose does produce matches (the properties above are not vacuous)', () => {
    const samples = fc.sample(prose, { numRuns: RUNS, seed: SEED })
    const matched = samples.filter((input) => matchText([bundledMatcher()], input, { profile: PROFILES.broad }).length > 0)
    expect(matched.length).toBeGreaterThan(RUNS / 4)
  })
})

describe('the relevance filters change no result: same matches as stemming every word', () => {
  it('claim-like prose, every sensitivity', () => {
    fc.assert(
      fc.property(prose, lang, fc.constantFrom(...Object.values(PROFILES)), (input, language, profile) => {
        const filtered = matchText([bundledMatcher()], input, { profile, lang: language })
        const everyWord = matchText([bundledMatcher()], input, { profile, lang: language, filter: false })
        expect(filtered).toEqual(everyWord)
      }),
      { ...settings, numRuns: RUNS * 2 },
    )
  })

  it('results do not depend on what was matched before (per-word memory)', () => {
    fc.assert(
      fc.property(prose, fc.array(prose, { maxLength: 5 }), (input, before) => {
        const first = matchText([bundledMatcher()], input, { profile: PROFILES.balanced })
        for (const other of before) matchText([bundledMatcher()], other, { profile: PROFILES.balanced })
        expect(matchText([bundledMatcher()], input, { profile: PROFILES.balanced })).toEqual(first)
      }),
      settings,
    )
  })
})

describe('huge and degenerate inputs complete without throwing', () => {
  const sentenceOfClaim = 'Officials say the White House hopes warmer ties with the Kremlin will pry Russia away from China.'
  it.each([
    ['one 1,000,000-letter word, then a claim', `${'a'.repeat(1_000_000)}. ${sentenceOfClaim}`],
    ['a 600,000-letter word that starts like a key', `${'Ru'.repeat(300_000)}. ${sentenceOfClaim}`],
    ['200,000 full stops', `${'. '.repeat(100_000)}${sentenceOfClaim}`],
    ['100,000 abbreviations', `${'U.S. '.repeat(100_000)}\n${sentenceOfClaim}`],
    ['a million characters of mixed scripts without spaces', `${'Пекин北京موسكو'.repeat(80_000)}. ${sentenceOfClaim}`],
    ['100,000 line breaks', `${'\n'.repeat(100_000)}${sentenceOfClaim}`],
  ])('%s', (_name, input) => {
    const matches = matchText([bundledMatcher()], input, { profile: PROFILES.balanced, lang: 'en' })
    checkMatches(input, matches)
    expect(matches.map((match) => match.sentence)).toContain(sentenceOfClaim)
  }, 60_000)
})
