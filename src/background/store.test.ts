import { describe, expect, it, vi } from 'vitest'

// storage.local as the browser has it: every call answers later.
const stored = new Map<string, unknown>()
const later = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 2))
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: (name: string) => later(stored.has(name) ? { [name]: structuredClone(stored.get(name)) } : {}),
        set: (items: Record<string, unknown>) => later(Object.entries(items).forEach(([name, value]) => stored.set(name, structuredClone(value)))),
      },
    },
  },
}))

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
