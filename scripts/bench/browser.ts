/**
 * The extension in headless Chromium: its own work on real-text pages, its longest task (from a
 * DevTools trace, as the page cannot see extension tasks), and the page's load time with it, with
 * an empty content-script extension (the floor any such extension costs) and with no extension,
 * measured in alternating order in the same run.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, launchExtension, type Extension } from '../../e2e/fixtures.ts'
import { TaskTrace } from './task-trace.ts'
import type { ContentStats } from '../../src/shared/protocol.ts'
import { median } from './core.ts'

export interface BrowserResult {
  rounds: number
  /** Content script work (start-up, reading, matching, painting), ms, median. */
  workMs: { coverage10k: number; ordinary10k: number }
  /** From the content script starting to its highlights being registered, ms, median (includes waiting for the background). */
  timeToHighlightsMs: number
  longestTaskMs: { words10k: number; words100k: number }
  /** Loads with the machine quiet in between (QUIET_MS), as a reader opening pages. */
  loadMs: LoadFigures
  /** Loads back to back (BACK_TO_BACK_MS apart): the previous page's clean-up lands in the next load. */
  backToBackLoadMs: LoadFigures
}

interface LoadFigures {
  quietMs: number
  counterpoint: number
  emptyExtension: number
  none: number
  ratio: number
  floorRatio: number
  /** Every load time, per browser, in the order measured. */
  samples: { counterpoint: number[]; emptyExtension: number[]; none: number[] }
}

const QUIET_MS = 1000
const BACK_TO_BACK_MS = 200
const BROWSERS = ['counterpoint', 'emptyExtension', 'none'] as const
type Browser = (typeof BROWSERS)[number]

async function serve(pages: Record<string, string>): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://x').pathname]
    if (body === undefined) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return { url: (path) => `http://127.0.0.1:${port}${path}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** An extension whose content script and stylesheet do nothing: what merely having one costs. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-floor-'))
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['cs.js'], css: ['cs.css'], run_at: 'document_idle', all_frames: true }] }))
  writeFileSync(join(dir, 'cs.js'), 'void 0\n')
  writeFileSync(join(dir, 'cs.css'), ':root::highlight(floor) { color: inherit; }\n')
  return dir
}

async function loadTime(page: Page, url: string, quietMs: number): Promise<number> {
  await page.goto(url, { waitUntil: 'load' })
  const ms = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    return entry ? entry.loadEventEnd - entry.startTime : Number.NaN
  })
  // Let work after the load settle, so it does not land in the next browser's measurement.
  await page.waitForTimeout(quietMs)
  return ms
}

async function waitFor<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== null && value !== undefined) return value
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function activeTab(extension: Extension, page: Page): Promise<number> {
  await page.bringToFront()
  return extension.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1)
}

/** Waits until the content script has read the page (and painted, if `painted`), and returns its own account of the work. */
async function contentStats(extension: Extension, page: Page, painted: boolean): Promise<ContentStats> {
  const tabId = await activeTab(extension, page)
  return waitFor(async () => {
    const stats = await extension.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/stats' }).catch(() => null) as Promise<ContentStats | null>, tabId)
    return stats && stats.scans > 0 && (!painted || stats.firstHighlightsAt !== null) ? stats : null
  })
}

async function longestTask(extension: Extension, url: string): Promise<number> {
  const page = await extension.context.newPage()
  const trace = new TaskTrace(page, extension.id)
  await trace.start()
  await page.goto(url, { waitUntil: 'load' })
  await contentStats(extension, page, true)
  await page.waitForTimeout(300)
  const result = await trace.stop()
  await page.close()
  return result.longestExtensionMs
}

function plainChromium(extensionDir?: string): Promise<BrowserContext> {
  const args = CHROMIUM_ARGS.filter((arg) => !arg.includes('extension'))
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`)
  return chromium.launchPersistentContext('', { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args })
}

function loadFigures(quietMs: number, loads: Record<Browser, number[]>): LoadFigures {
  const [counterpoint, emptyExtension, none] = BROWSERS.map((which) => median(loads[which])) as [number, number, number]
  const samples = { counterpoint: loads.counterpoint.map(Math.round), emptyExtension: loads.emptyExtension.map(Math.round), none: loads.none.map(Math.round) }
  return { quietMs, counterpoint, emptyExtension, none, ratio: counterpoint / none, floorRatio: emptyExtension / none, samples }
}

export async function browserBench(pages: { coverage10k: string; ordinary10k: string; words100k: string }, rounds: number): Promise<BrowserResult> {
  const server = await serve({ '/10k.html': pages.coverage10k, '/ordinary.html': pages.ordinary10k, '/100k.html': pages.words100k })
  const extension = await launchExtension()
  const floor = await plainChromium(emptyExtension())
  const none = await plainChromium()
  try {
    const tabs = { counterpoint: await extension.context.newPage(), emptyExtension: await floor.newPage(), none: await none.newPage() }
    const loads = { counterpoint: [] as number[], emptyExtension: [] as number[], none: [] as number[] }
    const backToBack = { counterpoint: [] as number[], emptyExtension: [] as number[], none: [] as number[] }
    const work = { coverage10k: [] as number[], ordinary10k: [] as number[] }
    const toHighlights: number[] = []
    for (let round = 0; round < rounds; round++) {
      // Rotate which browser goes first, so none always meets a warmer or busier machine.
      const order = BROWSERS.map((_, i) => BROWSERS[(i + round) % BROWSERS.length] as Browser)
      for (const which of order) backToBack[which].push(await loadTime(tabs[which], server.url(`/10k.html?round=${round}&fast`), BACK_TO_BACK_MS))
      for (const which of order) {
        loads[which].push(await loadTime(tabs[which], server.url(`/10k.html?round=${round}`), QUIET_MS))
        if (which !== 'counterpoint') continue
        const stats = await contentStats(extension, tabs.counterpoint, true)
        work.coverage10k.push(stats.busyMs)
        toHighlights.push((stats.firstHighlightsAt as number) - stats.startedAt)
      }
      await tabs.counterpoint.goto(server.url(`/ordinary.html?round=${round}`), { waitUntil: 'load' })
      work.ordinary10k.push((await contentStats(extension, tabs.counterpoint, false)).busyMs)
    }
    const longest = { words10k: await longestTask(extension, server.url('/10k.html?trace')), words100k: await longestTask(extension, server.url('/100k.html?trace')) }
    return {
      rounds,
      workMs: { coverage10k: median(work.coverage10k), ordinary10k: median(work.ordinary10k) },
      timeToHighlightsMs: median(toHighlights),
      longestTaskMs: longest,
      loadMs: loadFigures(QUIET_MS, loads),
      backToBackLoadMs: loadFigures(BACK_TO_BACK_MS, backToBack),
    }
  } finally {
    await extension.context.close()
    await floor.close()
    await none.close()
    await server.close()
  }
}
