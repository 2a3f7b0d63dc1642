import { describe, expect, it } from 'vitest'
import { detectLanguage, guessLanguage } from './language.ts'

describe('language of a short text', () => {
  it.each<[string, 'en' | 'de' | null]>([
    ['Trump wants to split Russia from China.', 'en'],
    ['Trump will Russland von China trennen.', 'de'],
    ['Europa alarmiert über Trumps Umarmung Putins', 'de'],
    // Headlines with names and one German word of their own.
    ['Warum Trump Putin gegen China in Stellung bringen will', 'de'],
    ['Nixon umwarb einst China, nun umwirbt Trump Russland', 'de'],
    ['Trump turns to Putin against China', 'en'],
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
