/** Typed senders over the browser's own API (see extension-api.ts); the receivers live with each context. */
import { api } from './extension-api.ts'
import type { ContentToBackground, Message, PageToBackground, Reply, ToContent } from './protocol.ts'

type ToBackground = ContentToBackground & PageToBackground

export function sendToBackground<K extends keyof ToBackground>(message: Message<ToBackground, K>): Promise<Reply<ToBackground, K>> {
  return api.runtime.sendMessage(message) as Promise<Reply<ToBackground, K>>
}

export function sendToTab<K extends keyof ToContent>(tabId: number, message: Message<ToContent, K>, frameId = 0): Promise<Reply<ToContent, K>> {
  return api.tabs.sendMessage(tabId, message, { frameId }) as Promise<Reply<ToContent, K>>
}
