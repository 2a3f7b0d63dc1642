/**
 * The anchor test lets a sentence through to the matcher only if it holds a word that could be a
 * claim's anchor. It must stay exact (the property tests check it never drops a match) and must
 * not let everything through: a phrase stands in it for its rarest word, never a function word.
 */
import { describe, expect, it } from 'vitest'
import { bundledMatcher } from '../test-support/bundled.ts'
import type { Lang } from '../text/language.ts'
import { mayMatch, phraseAnchorKey, relevanceOf } from './relevance.ts'

describe('a phrase is keyed in the anchor test by its rarest word', () => {
  it.each([
    [['the', 'row'], 'en', 'row'],
    [['turn', 'their', 'back', 'on'], 'en', 'turn'],
    [['on', 'the', 'sidelin'], 'en', 'sidelin'],
    [['nicht', 'mehr', 'vertrau'], 'de', 'vertrau'],
    [['auf', 'die', 'seit'], 'de', 'seit'],
  ] as const)('%j (%s) → %s', (words, lang, key) => {
    expect(phraseAnchorKey(words, lang)).toBe(key)
  })
})

describe('text of everyday life does not pass the anchor test', () => {
  const relevance = relevanceOf([bundledMatcher()])
  it.each([
    ['The garden looked lovely in the spring sunshine.', 'en'],
    ['Their house would have a new roof this year.', 'en'],
    ['Die Kinder sind nicht zu Hause, sagte die Lehrerin.', 'de'],
    ['Das Wetter war nicht gut, aber die Stimmung im Stadion war großartig.', 'de'],
  ] as const)('%s', (sentence, lang: Lang) => {
    expect(mayMatch(relevance, sentence, lang)).toBe(false)
  })

  it.each([
    ['Trump and Putin spoke on the phone.', 'en'],
    ['Der Streit im Weißen Haus eskalierte.', 'de'],
  ] as const)('but a sentence with an anchor does: %s', (sentence, lang: Lang) => {
    expect(mayMatch(relevance, sentence, lang)).toBe(true)
  })
})
