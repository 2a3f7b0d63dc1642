import { describe, expect, it } from 'vitest'
import { detectLanguage, guessLanguage } from './language.ts'

describe('language of a short text', () => {
  it.each<[string, 'en' | 'de' | null]>([
    ['Trump wants to split Russia from China.', 'en'],
    ['Trump will Russland von China trennen.', 'de'],
    ['Europa alarmiert über Trumps Umarmung Putins', 'de'],
    // Names and nouns alone: nothing to go by.
    ['Trumps Wette: Moskau umgarnen, Peking isolieren', null],
    ['Moscow, Beijing, Washington', null],
  ])('%s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang)
  })

  it('gives a text with no evidence the fallback', () => {
    expect(detectLanguage('Moskau Peking', 'de')).toBe('de')
    expect(detectLanguage('Moskau Peking')).toBe('en')
  })
})
