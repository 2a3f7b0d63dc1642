import { describe, expect, it } from 'vitest'
import { sentenceKey } from './normalise.ts'

describe('sentenceKey', () => {
  it.each([
    ['spacing', 'Trump wants  to split Russia from China.', 'Trump wants to split Russia from China.'],
    ['curly quotes', 'He called it “a long shot”.', 'He called it "a long shot".'],
    ['case', 'THE PLAN MAY FAIL.', 'the plan may fail.'],
    ['line breaks and outer space', '  The plan\nmay fail. ', 'The plan may fail.'],
  ])('is the same across %s', (_name, a, b) => {
    expect(sentenceKey(a)).toBe(sentenceKey(b))
  })

  it.each([
    ['a changed word', 'The plan may fail.', 'The plan may work.'],
    ['a negation', 'Moscow will side with Beijing.', 'Moscow will not side with Beijing.'],
    ['German umlauts kept apart from plain vowels', 'Die Pläne scheitern.', 'Die Plane scheitern.'],
  ])('differs for %s', (_name, a, b) => {
    expect(sentenceKey(a)).not.toBe(sentenceKey(b))
  })

  it('is short hex that fits the stored schema', () => {
    expect(sentenceKey('A sentence.')).toMatch(/^[0-9a-f]{1,14}$/)
  })
})
