/** Month and weekday names from the platform's calendar data. */
import { describe, expect, it } from 'vitest'
import { calendarNames } from './calendar.ts'

describe('calendarNames', () => {
  it('gives the English and German months, with the Austrian "Jänner"', () => {
    expect([...calendarNames(['en', 'de', 'de-AT'], 'month')].sort()).toEqual(
      ['april', 'august', 'december', 'dezember', 'februar', 'february', 'januar', 'january', 'jänner', 'juli', 'july', 'june', 'juni', 'mai', 'march', 'may', 'märz', 'november', 'october', 'oktober', 'september'].sort(),
    )
  })

  it.each([
    ['en', 'weekday', 'friday'],
    ['en', 'weekday', 'fri'],
    ['de', 'weekday', 'freitag'],
    ['de', 'weekday', 'fr'],
    ['en', 'month', 'feb'],
    ['de', 'month', 'feb'],
  ] as const)('%s %s names include "%s" (long and short, without a dot)', (locale, field, name) => {
    expect(calendarNames([locale], field, ['long', 'short']).has(name)).toBe(true)
  })

  it('holds no ordinary word', () => {
    const all = new Set([...calendarNames(['en', 'de'], 'month', ['long', 'short']), ...calendarNames(['en', 'de'], 'weekday', ['long', 'short'])])
    for (const word of ['the', 'bridge', 'die', 'brücke', 'war']) expect(all.has(word)).toBe(false)
  })
})
