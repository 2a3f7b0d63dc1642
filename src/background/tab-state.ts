/**
 * What each tab's content scripts found, per frame, kept in storage.session so it survives the
 * service worker going to sleep, and cleared when the tab navigates or closes.
 */
import browser from 'webextension-polyfill'
import type { FoundMatch } from '../shared/protocol.ts'

export interface TabState {
  hostname: string
  frames: Record<string, FoundMatch[]>
}

const key = (tabId: number): string => `tab:${tabId}`

/** storage.session where the browser has it; a map otherwise (state is then lost on restart, no worse). */
const memory = new Map<string, TabState>()
const session = (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session

export async function readTab(tabId: number): Promise<TabState | null> {
  if (!session) return memory.get(key(tabId)) ?? null
  const value = (await session.get(key(tabId)))[key(tabId)] as TabState | undefined
  return value ?? null
}

export async function writeTab(tabId: number, state: TabState): Promise<void> {
  if (!session) memory.set(key(tabId), state)
  else await session.set({ [key(tabId)]: state })
}

export async function clearTab(tabId: number): Promise<void> {
  if (!session) memory.delete(key(tabId))
  else await session.remove(key(tabId))
}

export async function recordFrame(tabId: number, frameId: number, hostname: string, top: boolean, matches: FoundMatch[]): Promise<TabState> {
  const current = (await readTab(tabId)) ?? { hostname, frames: {} }
  const next: TabState = { hostname: top ? hostname : current.hostname, frames: { ...current.frames, [String(frameId)]: matches } }
  if (matches.length === 0) delete next.frames[String(frameId)]
  await writeTab(tabId, next)
  return next
}

export function allMatches(state: TabState | null): Array<FoundMatch & { frameId: number }> {
  if (!state) return []
  return Object.entries(state.frames).flatMap(([frameId, matches]) => matches.map((match) => ({ ...match, frameId: Number(frameId) })))
}
