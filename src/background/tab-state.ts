/**
 * What each tab's content scripts found, per frame, kept in storage.session so it survives the
 * service worker going to sleep, and cleared when the tab navigates or closes.
 */
import browser from 'webextension-polyfill'
import type { FoundMatch } from '../shared/protocol.ts'
import { serial } from './serial.ts'

export interface TabState {
  hostname: string
  frames: Record<string, FoundMatch[]>
}

const key = (tabId: number): string => `tab:${tabId}`

/** storage.session where the browser has it; a map otherwise (state is then lost on restart, no worse). */
const memory = new Map<string, TabState>()
const session = (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session
/** A tab's frames report at once; their updates to the tab's record take turns. */
const inTurn = serial()

export async function readTab(tabId: number): Promise<TabState | null> {
  if (!session) return memory.get(key(tabId)) ?? null
  const value = (await session.get(key(tabId)))[key(tabId)] as TabState | undefined
  return value ?? null
}

async function writeTab(tabId: number, state: TabState): Promise<void> {
  if (!session) memory.set(key(tabId), state)
  else await session.set({ [key(tabId)]: state })
}

/** What to show for the tab once its record changed; run in the same turn, so shows keep the order of changes. */
type Show = (state: TabState | null) => Promise<void>

export function clearTab(tabId: number, show?: Show): Promise<void> {
  return inTurn(key(tabId), async () => {
    if (!session) memory.delete(key(tabId))
    else await session.remove(key(tabId))
    await show?.(null)
  })
}

export function recordFrame(tabId: number, frameId: number, hostname: string, top: boolean, matches: FoundMatch[], show?: Show): Promise<void> {
  return inTurn(key(tabId), async () => {
    const current = (await readTab(tabId)) ?? { hostname, frames: {} }
    const next: TabState = { hostname: top ? hostname : current.hostname, frames: { ...current.frames, [String(frameId)]: matches } }
    if (matches.length === 0) delete next.frames[String(frameId)]
    await writeTab(tabId, next)
    await show?.(next)
  })
}

export function allMatches(state: TabState | null): Array<FoundMatch & { frameId: number }> {
  if (!state) return []
  return Object.entries(state.frames).flatMap(([frameId, matches]) => matches.map((match) => ({ ...match, frameId: Number(frameId) })))
}
