/** Talks to the extension about one tab, through its service worker, the way the popup and commands do. */
import type { Page } from '@playwright/test'
import type { Extension } from '../fixtures.ts'

export interface Highlighted {
  name: string
  text: string
}

export async function tabIdOf(page: Page, extension: Extension): Promise<number> {
  await page.bringToFront()
  return extension.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
    return tab?.id ?? -1
  })
}

/** Every range our highlights hold, read from the page's side of the shared highlight registry. */
export async function highlightsIn(page: Page): Promise<Highlighted[]> {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string }> = []
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('counterpoint') || name === 'counterpoint-focus') return
      highlight.forEach((range) => out.push({ name, text: range.toString().replace(/\s+/g, ' ').trim() }))
    })
    return out
  })
}
