import { describe, expect, it, vi } from 'vitest'

vi.mock('webextension-polyfill', async () => {
  const { slowStorageArea } = await import('./test-support/slow-storage.ts')
  return { default: { storage: { local: slowStorageArea() } } }
})

const { forget, getState, updateState } = await import('./store.ts')

describe('stored state', () => {
  it('changes made at the same moment all land, each on top of the one before', async () => {
    const disable = (site: string) => updateState((state) => ({ ...state, settings: { ...state.settings, disabledSites: [...state.settings.disabledSites, site] } }))
    // Storage notifies a change after every write; the cache is dropped between the changes.
    await Promise.all([disable('a.example'), disable('b.example').then(forget), disable('c.example')])
    forget()
    expect((await getState()).state.settings.disabledSites).toEqual(['a.example', 'b.example', 'c.example'])
  })
})
