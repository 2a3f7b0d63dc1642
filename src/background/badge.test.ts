import { describe, expect, it } from 'vitest'
import { BADGE_COLOURS, badgeFor } from './badge.ts'
import type { FoundMatch } from '../shared/protocol.ts'

const found = (claimId: string, status: FoundMatch['status'], packId = 'p'): FoundMatch => ({ highlightId: claimId, packId, claimId, status, score: 1, sentence: 's', terms: [], alternatives: [] })

describe('badge', () => {
  it('is empty without claims', () => {
    expect(badgeFor([])).toEqual({ text: '', colour: null })
  })

  it('counts distinct claims, not sentences, and takes the colour of the most serious status', () => {
    expect(badgeFor([found('a', 'incomplete'), found('a', 'incomplete'), found('b', 'disputed'), found('c', 'needs-context')])).toEqual({ text: '3', colour: BADGE_COLOURS.disputed })
  })

  it('keeps claims of different packs apart', () => {
    expect(badgeFor([found('a', 'false', 'one'), found('a', 'accurate', 'two')])).toEqual({ text: '2', colour: BADGE_COLOURS.false })
  })
})
