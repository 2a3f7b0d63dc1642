/**
 * The first-run page: shown once, when Counterpoint is installed. Not on an update, and not again
 * when the browser reports "install" for an extension it already had (Chromium does so at every
 * start for an extension loaded from a folder), so whether it was shown is remembered.
 */
import browser from 'webextension-polyfill'
import { WELCOME_PAGE } from '../shared/pages.ts'

/** Kept beside the settings (see PRIVACY.md): only that the page was shown. */
export const WELCOMED_KEY = 'counterpoint:welcomed'

export function shouldWelcome(reason: string, welcomedBefore: boolean): boolean {
  return reason === 'install' && !welcomedBefore
}

export async function welcomeOnInstall(reason: string): Promise<void> {
  const welcomedBefore = (await browser.storage.local.get(WELCOMED_KEY))[WELCOMED_KEY] === true
  if (!shouldWelcome(reason, welcomedBefore)) return
  await browser.storage.local.set({ [WELCOMED_KEY]: true })
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })
}
