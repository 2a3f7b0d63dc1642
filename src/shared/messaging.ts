/** Typed senders over webextension-polyfill; the receivers live with each context. */
import browser from 'webextension-polyfill'
import type { ContentToBackground, Message, PageToBackground, Reply, ToContent } from './protocol.ts'

type ToBackground = ContentToBackground & PageToBackground

export function sendToBackground<K extends keyof ToBackground>(message: Message<ToBackground, K>): Promise<Reply<ToBackground, K>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<ToBackground, K>>
}

export function sendToTab<K extends keyof ToContent>(tabId: number, message: Message<ToContent, K>, frameId = 0): Promise<Reply<ToContent, K>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Reply<ToContent, K>>
}
