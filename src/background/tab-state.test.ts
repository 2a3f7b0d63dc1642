import { describe, expect, it, vi } from 'vitest'
import type { FoundMatch } from '../shared/protocol.ts'
import type { TabState } from './tab-state.ts'

vi.mock('webextension-polyfill', async () => {
  const { slowStorageArea } = await import('./test-support/slow-storage.ts')
  return { default: { storage: { session: slowStorageArea() } } }
})

const { allMatches, clearTab, readTab, recordFrame } = await import('./tab-state.ts')

const found = (claimId: string): FoundMatch => ({ packId: 'p', claimId, sentence: claimId, status: 'false', alternatives: [] }) as unknown as FoundMatch

describe('tab state', () => {
  it('keeps every frame when frames of a tab report at the same moment', async () => {
    await Promise.all([
      recordFrame(1, 0, 'news.example', true, [found('a'), found('b')]),
      recordFrame(1, 7, 'news.example', false, [found('c')]),
      // A frame with nothing to show reports an empty list; it must not erase the others.
      recordFrame(1, 9, 'other.example', false, []),
    ])
    expect(allMatches(await readTab(1)).map((match) => `${match.frameId} ${match.claimId}`).sort()).toEqual(['0 a', '0 b', '7 c'])
    expect((await readTab(1))?.hostname).toBe('news.example')
  })

  it('what is shown follows the order of changes: the last show sees every frame', async () => {
    const shown: string[][] = []
    const show = async (state: TabState | null) => {
      const claims = allMatches(state).map((match) => match.claimId).sort()
      await new Promise((resolve) => setTimeout(resolve, 3 - shown.length))
      shown.push(claims)
    }
    await Promise.all([recordFrame(3, 0, 'a.example', true, [found('a')], show), recordFrame(3, 4, 'a.example', false, [found('b')], show), clearTab(3, show)])
    expect(shown).toEqual([['a'], ['a', 'b'], []])
  })

  it('a clear queued behind a report runs after it; a report queued behind a clear survives', async () => {
    await Promise.all([recordFrame(2, 0, 'a.example', true, [found('a')]), clearTab(2)])
    expect(await readTab(2)).toBeNull()
    await Promise.all([clearTab(2), recordFrame(2, 0, 'b.example', true, [found('b')])])
    expect(allMatches(await readTab(2)).map((match) => match.claimId)).toEqual(['b'])
  })
})
