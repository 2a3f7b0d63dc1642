import { describe, expect, it } from 'vitest'
import { tokenise } from './tokenise.ts'
import { detectLanguage, langFromTag, type Lang } from './language.ts'

describe('tokenise', () => {
  it('keeps offsets into the original text', () => {
    const text = 'The “U.S.” and Trump’s plan—un-unite them.'
    for (const token of tokenise(text, 'en')) expect(text.slice(token.start, token.end)).toMatch(/^[\p{L}.’]+$/u)
  })

  it.each([
    ['U.S.', '#US'],
    ['US', '#US'],
    ['WSJ', '#WSJ'],
    ['us', null],
  ])('acronym form of %s is %s', (word, acronym) => {
    expect(tokenise(word, 'en')[0]?.acronym ?? null).toBe(acronym)
  })

  it('strips possessives before stemming, in both apostrophe styles', () => {
    expect(tokenise("Trump's Russia’s", 'en').map((token) => token.stem)).toEqual(['trump', 'russia'])
  })

  it('splits hyphenated compounds into their words', () => {
    expect(tokenise('Reverse-Nixon-Strategie', 'de').map((token) => token.stem)).toEqual(['revers', 'nixon', 'strategi'])
  })

  it('marks clause breaks', () => {
    const tokens = tokenise('a wedge; between them — and (more)', 'en')
    expect(tokens.map((token) => token.clauseBreak)).toEqual([false, false, true, false, true, true])
  })

  it('marks commas apart from clause breaks', () => {
    const tokens = tokenise('Er sagte, dass sie (wohl) gehen.', 'de')
    expect(tokens.map((token) => token.comma)).toEqual([false, false, true, false, false, false])
    expect(tokens.map((token) => token.clauseBreak)).toEqual([false, false, false, false, true, true])
  })
})

describe('language', () => {
  it.each([
    ['The president wants to split Russia and China.', 'en'],
    ['Der Präsident will Russland und China spalten.', 'de'],
    ['Trump, Putin, Xi.', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  // Words both languages use often ("an", "was", "war", "am") say nothing either way.
  it.each([
    ['Putin nimmt Trumps Angebote an und hält Peking an seiner Seite.', 'en', 'de'],
    ['Was auch immer Trump anbietet, Putin bleibt an Xis Seite.', 'en', 'de'],
    ['The war in Ukraine', 'de', 'en'],
  ])('%s (page: %s) -> %s', (text, page, lang) => {
    expect(detectLanguage(text, page as Lang)).toBe(lang)
  })

  it('falls back to the page language when the text is ambiguous', () => {
    expect(detectLanguage('Trump, Putin, Xi.', 'de')).toBe('de')
  })

  it.each([
    ['de-CH', 'de'],
    ['EN_gb', 'en'],
    ['fr', undefined],
    [null, undefined],
  ])('langFromTag(%s)', (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang)
  })
})
