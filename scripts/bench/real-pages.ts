/**
 * What Counterpoint costs on the pages readers mostly visit: real pages of unrelated news
 * (../shared/realpages), each loaded in three browsers in rotating order in the same run (with
 * Counterpoint, with an extension whose content script does nothing, with none), every request off
 * the local server blocked. The figure is the extra main-thread task time of the page's renderer,
 * from load through a settling second, over the same page with no extension.
 */
import { existsSync, readdirSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import type { ContentStats } from '../../src/shared/protocol.ts'
import type { Extension } from '../../e2e/fixtures.ts'
import { session, taskMs } from './cdp.ts'
import { median } from './core.ts'
import { TaskTrace } from './task-trace.ts'

export interface Spread {
  median: number
  p90: number
  max: number
}

export interface RealPagesResult {
  pages: number
  /** Extra task time per page over no extension, ms: with Counterpoint, and with an empty content script (the floor). */
  counterpoint: Spread
  emptyExtension: Spread
  /** Counterpoint's extra over the floor, page by page (the same page, in the same round). */
  overFloor: Spread
  /**
   * Time Counterpoint's own script ran on each page's main thread (from a trace, in a pass of its
   * own so tracing does not weigh on the comparison): what the extension itself does, free of the
   * noise of three browsers on a busy machine, which the paired figures above carry.
   */
  ownScript: Spread
  /** Pages Counterpoint walked in full (its gate let them through). */
  walked: number
}

const SETTLE_MS = 1000

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
  return { median: median(sorted), p90: at(0.9), max: sorted[sorted.length - 1] ?? Number.NaN }
}

export function realPageFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.html')).sort() : []
}

export async function blockOffline(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')))
}

/** The content script's stats in `page` (brought to the front, so it is the active tab), or null before it answers. */
export async function pageStats(extension: Extension, page: Page): Promise<ContentStats | null> {
  await page.bringToFront()
  return extension.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
    return tab?.id === undefined ? null : ((await chrome.tabs.sendMessage(tab.id, { type: 'page/stats' }).catch(() => null)) as ContentStats | null)
  })
}

/** `origin` serves each real page as /real/FILE and an empty page as /blank.html. */
export async function realPagesBench(origin: string, files: string[], browsers: { counterpoint: BrowserContext; emptyExtension: BrowserContext; none: BrowserContext }, extension: Extension): Promise<RealPagesResult> {
  const names = ['counterpoint', 'emptyExtension', 'none'] as const
  const tabs = {} as Record<(typeof names)[number], { page: Page; cdp: Awaited<ReturnType<typeof session>> }>
  for (const name of names) {
    await blockOffline(browsers[name], origin)
    const page = await browsers[name].newPage()
    await page.goto(`${origin}/blank.html`)
    tabs[name] = { page, cdp: await session(browsers[name], page) }
  }
  const extra = { counterpoint: [] as number[], emptyExtension: [] as number[], overFloor: [] as number[] }
  let walked = 0
  try {
    for (const [index, file] of files.entries()) {
      const spent = {} as Record<(typeof names)[number], number>
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(turn + index) % names.length] as (typeof names)[number]
        const { page, cdp } = tabs[name]
        await page.goto(`${origin}/blank.html`)
        const before = await taskMs(cdp)
        await page.goto(`${origin}/real/${file}`, { waitUntil: 'load' }).catch(() => undefined)
        await page.waitForTimeout(SETTLE_MS)
        spent[name] = (await taskMs(cdp)) - before
        if (name === 'counterpoint' && (await pageStats(extension, page))?.relevant) walked++
      }
      extra.counterpoint.push(spent.counterpoint - spent.none)
      extra.emptyExtension.push(spent.emptyExtension - spent.none)
      extra.overFloor.push(spent.counterpoint - spent.emptyExtension)
    }
  } finally {
    for (const name of names) await tabs[name].page.close()
  }
  const own: number[] = []
  const page = await browsers.counterpoint.newPage()
  try {
    for (const file of files) {
      await page.goto(`${origin}/blank.html`)
      const trace = new TaskTrace(page, extension.id)
      await trace.start()
      await page.goto(`${origin}/real/${file}`, { waitUntil: 'load' }).catch(() => undefined)
      await page.waitForTimeout(SETTLE_MS)
      own.push((await trace.stop()).extensionScriptMs)
    }
  } finally {
    await page.close()
  }
  return { pages: files.length, counterpoint: spread(extra.counterpoint), emptyExtension: spread(extra.emptyExtension), overFloor: spread(extra.overFloor), ownScript: spread(own), walked }
}
