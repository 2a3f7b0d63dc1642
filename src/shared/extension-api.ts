/**
 * The browser's own extension API, without a polyfill: `browser` in Firefox, `chrome` in Chromium,
 * both returning promises in Manifest V3 for what is used here. The content script runs in every
 * page and frame, so it carries only this; the background and the extension's pages keep
 * webextension-polyfill for the wider API they use.
 */
export const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome

export type Sender = chrome.runtime.MessageSender

/**
 * Listens for messages with a handler that answers with a promise (or undefined: no answer). Chromium
 * wants the answer through sendResponse, with `true` returned to keep the channel open.
 */
export function onMessage(handler: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  api.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response?: unknown) => void) => {
    const answer = handler(message, sender)
    if (answer === undefined) return false
    answer.then(sendResponse, () => sendResponse(undefined))
    return true
  })
}
