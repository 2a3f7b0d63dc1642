/** Reads and writes the stored state, compiling imported packs once per background lifetime. */
import browser from 'webextension-polyfill'
import { compilePack, type CompiledPack } from '../core/index.ts'
import { cardViews, packView, type CardView, type PackView } from '../core/claims/views.ts'
import { readState, STORAGE_KEY, type StoredPack, type StoredState } from './stored-state.ts'
import { serial } from './serial.ts'

export interface LoadedPack {
  stored: StoredPack
  compiled: CompiledPack
  cards: Record<string, CardView>
  view: PackView
}

let cache: { state: StoredState; packs: LoadedPack[] } | null = null

function load(stored: StoredPack): LoadedPack {
  return { stored, compiled: compilePack(stored.pack), cards: cardViews(stored.pack), view: packView(stored.pack) }
}

export async function getState(): Promise<{ state: StoredState; packs: LoadedPack[] }> {
  if (cache) return cache
  const raw = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]
  const { state, repaired } = readState(raw)
  if (repaired.length > 0) await browser.storage.local.set({ [STORAGE_KEY]: state })
  cache = { state, packs: state.packs.map(load) }
  return cache
}

async function saveState(state: StoredState): Promise<void> {
  const previous = cache?.packs ?? []
  cache = { state, packs: state.packs.map((stored) => previous.find((pack) => pack.stored === stored) ?? load(stored)) }
  await browser.storage.local.set({ [STORAGE_KEY]: state })
}

const inTurn = serial()

/** Every change to the stored state goes through here, one at a time, so none is lost to another. */
export function updateState(change: (state: StoredState) => StoredState): Promise<void> {
  return inTurn('state', async () => saveState(change((await getState()).state)))
}

/** Another context (or a test) changed storage: drop the cache so the next read sees it. */
export function forget(): void {
  cache = null
}
