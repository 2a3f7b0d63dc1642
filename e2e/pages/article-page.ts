/** A page the content script runs on, seen from the test: its highlights, its badge, its tab state. */
import { expect, type Page } from '@playwright/test'
import type { Extension } from '../fixtures.ts'
import type { ContentStats, FoundMatch } from '../../src/shared/protocol.ts'
import { highlightsIn, tabIdOf, type Highlighted } from './extension-tab.ts'

export class ArticlePage {
  tabId = -1

  constructor(
    readonly page: Page,
    readonly extension: Extension,
  ) {}

  async open(url: string): Promise<this> {
    await this.visit(url)
    await this.waitForReport()
    return this
  }

  /** Opens the page without waiting for a report (for pages where the content script may never report, or not yet). */
  async visit(url: string, until: 'load' | 'domcontentloaded' = 'load'): Promise<this> {
    await this.page.goto(url, { waitUntil: until })
    this.tabId = await tabIdOf(this.page, this.extension)
    return this
  }

  /** Waits until the content script of the top frame has reported what it found (possibly nothing). */
  async waitForReport(): Promise<void> {
    await expect.poll(() => this.reported(), { message: 'content script never reported' }).not.toBeNull()
  }

  async reported(): Promise<FoundMatch[] | null> {
    return this.extension.worker.evaluate(async (tabId) => {
      const key = `tab:${tabId}`
      const state = (await chrome.storage.session.get(key))[key] as { frames: Record<string, FoundMatch[]> } | undefined
      return state ? Object.values(state.frames).flat() : null
    }, this.tabId)
  }

  highlights(): Promise<Highlighted[]> {
    return highlightsIn(this.page)
  }

  async highlightTexts(): Promise<string[]> {
    return (await this.highlights()).map((highlight) => highlight.text)
  }

  badge(): Promise<string> {
    return this.extension.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), this.tabId)
  }

  badgeColour(): Promise<number[]> {
    return this.extension.worker.evaluate((tabId) => chrome.action.getBadgeBackgroundColor({ tabId }) as unknown as Promise<number[]>, this.tabId)
  }

  /** Sends a message to the page's content script as the background would (commands, stats). */
  send<T>(message: Record<string, unknown>, frameId = 0): Promise<T> {
    return this.extension.worker.evaluate(
      ({ tabId, message, frameId }) => chrome.tabs.sendMessage(tabId, message, { frameId }) as Promise<T>,
      { tabId: this.tabId, message, frameId },
    )
  }

  stats(frameId = 0): Promise<ContentStats> {
    return this.send<ContentStats>({ type: 'page/stats' }, frameId)
  }
}
