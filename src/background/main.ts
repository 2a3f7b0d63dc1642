/**
 * Background service worker (an event page in Firefox): routes messages after checking who sent
 * them, keeps the badge per tab, and turns keyboard commands into messages to the page.
 */
import browser from 'webextension-polyfill'
import { validate, contentToBackground, pageToBackground, type ContentToBackground, type PageToBackground } from '../shared/protocol.ts'
import { sendToTab } from '../shared/messaging.ts'
import { fromContent, fromPage, showBadge } from './handlers.ts'
import { forget } from './store.ts'
import { clearTab } from './tab-state.ts'
import { messageForCommand } from './commands.ts'
import { welcomeOnInstall } from './welcome.ts'

let rejected = 0

function isExtensionPage(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL(''))
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) {
    rejected++
    return undefined
  }
  if (isExtensionPage(sender.url)) {
    const valid = validate<PageToBackground>(pageToBackground, message)
    if (valid) return fromPage(valid, () => rejected)
  } else if (sender.tab?.id !== undefined && typeof sender.frameId === 'number') {
    const valid = validate<ContentToBackground>(contentToBackground, message)
    if (valid) return fromContent(valid, sender.tab.id, sender.frameId)
  }
  rejected++
  return undefined
})

browser.runtime.onInstalled.addListener((details) => void welcomeOnInstall(details.reason).catch(() => undefined))

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') forget()
})

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: what the old one held no longer applies. Content scripts report afresh.
  if (change.status === 'loading') void clearTab(tabId, (state) => showBadge(tabId, state)).catch(() => undefined)
})

browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId).catch(() => undefined))

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  void (async () => {
    const message = messageForCommand(command)
    if (!message) return
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id
    if (tabId !== undefined) await sendToTab(tabId, message).catch(() => undefined)
  })()
})
