/** The pattern syntax: groups, alternatives, the ~ (near the anchor) and ? (may be left to the context) marks. */
import { describe, expect, it } from 'vitest'
import { parsePattern, PatternError } from './pattern.ts'

describe('parsePattern', () => {
  it.each([
    ['split & russia', [{ names: ['split'], near: false, optional: false }, { names: ['russia'], near: false, optional: false }]],
    ['split & ~russia & ~(china | xi)', [{ names: ['split'], near: false, optional: false }, { names: ['russia'], near: true, optional: false }, { names: ['china', 'xi'], near: true, optional: false }]],
    ['damage & ?(us | trump)', [{ names: ['damage'], near: false, optional: false }, { names: ['us', 'trump'], near: false, optional: true }]],
  ])('%s', (source, groups) => {
    expect(parsePattern(source)).toEqual(groups)
  })

  it.each([
    ['~split & russia', /anchor and cannot be marked ~/],
    ['?split & russia', /anchor and cannot be marked \?/],
    ['split & russia | china', /alternatives must be in parentheses/],
    ['split & Russia', /is not a concept name/],
  ])('%s is refused with a reason', (source, reason) => {
    expect(() => parsePattern(source)).toThrow(PatternError)
    expect(() => parsePattern(source)).toThrow(reason)
  })
})
