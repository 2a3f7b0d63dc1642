/**
 * The extension in headless Chromium: its own work on real-text pages, its longest task (from a
 * DevTools trace, as the page cannot see extension tasks), and the page's load time with it, with
 * an empty content-script extension (the floor any such extension costs) and with no extension,
 * measured in alternating order in the same run.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, launchExtension, VIEWPORT, type Extension } from '../../e2e/fixtures.ts'
import { TaskTrace } from './task-trace.ts'
import type { ContentStats } from '../../src/shared/protocol.ts'
import { median } from './core.ts'
import { session, stopServiceWorkers } from './cdp.ts'
import { memoryBench, type MemoryResult } from './memory.ts'
import { pageStats, realPageFiles, realPagesBench, type RealPagesResult } from './real-pages.ts'

export interface BrowserResult {
  rounds: number
  /** Content script work on the page's thread (start-up, the gate, reading, painting), ms, median. */
  workMs: { coverage10k: number; ordinary10k: number }
  /** From the content script starting to its highlights being registered, ms, median (includes waiting for the background). */
  timeToHighlightsMs: number
  /** From the page's load event to its highlights, ms, median: with the background running, and started cold. */
  afterLoadMs: { warm: number; cold: number }
  /**
   * Counterpoint's script time on the page's thread before the load event (from a trace), ms,
   * median, on loads each in a renderer of its own (a new site each), as a reader meets most
   * pages; and the same share of the floor's load time.
   */
  beforeLoad: { ms: number; shareOfFloor: number; samples: number[] }
  longestTaskMs: { words10k: number; words100k: number; words1m: number }
  realPages: RealPagesResult | null
  memory: MemoryResult | null
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

/** Loopback addresses besides 127.0.0.1 the story page is also served on: each is a site of its own, so a load there starts a fresh renderer. */
const FRESH_HOSTS = Array.from({ length: 12 }, (_, i) => `127.0.0.${i + 2}`)

interface Served {
  origin: string
  url: (path: string) => string
  /** The same page on a fresh host (see FRESH_HOSTS). */
  freshUrl: (host: string, path: string) => string
  close: () => Promise<void>
}

async function serve(pages: Record<string, string>, realDir: string): Promise<Served> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const real = path.startsWith('/real/') && !path.slice(6).includes('/') && existsSync(`${realDir}${path.slice(6)}`) ? readFileSync(`${realDir}${path.slice(6)}`) : undefined
    const body = pages[path] ?? real
    if (body === undefined) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const fresh = FRESH_HOSTS.map(() => createServer((request, response) => server.emit('request', request, response)))
  await Promise.all(fresh.map((other, i) => new Promise<void>((resolve) => other.listen(port, FRESH_HOSTS[i], resolve))))
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    freshUrl: (host, path) => `http://${host}:${port}${path}`,
    close: () => Promise.all([server, ...fresh].map((each) => new Promise<void>((resolve) => each.close(() => resolve())))).then(() => undefined),
  }
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

/** Waits until the content script has read the page (walked it, or turned it away at the gate; and painted, if `painted`), and returns its own account of the work. */
async function contentStats(extension: Extension, page: Page, painted: boolean): Promise<ContentStats> {
  return waitFor(async () => {
    const stats = await pageStats(extension, page)
    const read = stats !== null && (stats.scans > 0 || (stats.gates > 0 && !stats.relevant))
    return read && (!painted || stats.firstHighlightsAt !== null) ? stats : null
  })
}

/** ms from the page's load event to its highlights being registered (both on the page's clock). */
async function afterLoad(extension: Extension, page: Page): Promise<number> {
  const stats = await contentStats(extension, page, true)
  const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? Number.NaN)
  return (stats.firstHighlightsAt as number) - loadEnd
}

/** Counterpoint's script time before the load event, ms (see TaskCount.beforeLoadMs). */
async function scriptBeforeLoad(extension: Extension, page: Page, url: string): Promise<number> {
  const trace = new TaskTrace(page, extension.id)
  await trace.start()
  await page.goto(url, { waitUntil: 'load' })
  await contentStats(extension, page, true)
  return (await trace.stop()).beforeLoadMs
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
  return chromium.launchPersistentContext('', { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args, viewport: VIEWPORT })
}

function loadFigures(quietMs: number, loads: Record<Browser, number[]>): LoadFigures {
  const [counterpoint, emptyExtension, none] = BROWSERS.map((which) => median(loads[which])) as [number, number, number]
  const samples = { counterpoint: loads.counterpoint.map(Math.round), emptyExtension: loads.emptyExtension.map(Math.round), none: loads.none.map(Math.round) }
  return { quietMs, counterpoint, emptyExtension, none, ratio: counterpoint / none, floorRatio: emptyExtension / none, samples }
}

export interface BenchPages {
  coverage10k: string
  ordinary10k: string
  words100k: string
  words1m: string
  /** Pages about the story, for the memory figures. */
  story: string[]
  /** The directory of real unrelated pages, and how many of them to visit (0: none). */
  realDir: string
  realPages: number
}

export async function browserBench(pages: BenchPages, rounds: number): Promise<BrowserResult> {
  const storyPaths = Object.fromEntries(pages.story.map((html, index) => [`/story/${index}.html`, html]))
  const server = await serve({ '/blank.html': '<!doctype html><title>blank</title>', '/10k.html': pages.coverage10k, '/ordinary.html': pages.ordinary10k, '/100k.html': pages.words100k, '/1m.html': pages.words1m, ...storyPaths }, pages.realDir)
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
    // From the load event to highlights: the background running, then stopped before each load.
    const warm: number[] = []
    const cold: number[] = []
    const cdp = await session(extension.context, tabs.counterpoint)
    for (let round = 0; round < rounds; round++) {
      await tabs.counterpoint.goto(server.url(`/10k.html?warm=${round}`), { waitUntil: 'load' })
      warm.push(await afterLoad(extension, tabs.counterpoint))
      await stopServiceWorkers(cdp)
      await tabs.counterpoint.goto(server.url(`/10k.html?cold=${round}`), { waitUntil: 'load' })
      cold.push(await afterLoad(extension, tabs.counterpoint))
    }
    const beforeLoad: number[] = []
    for (const host of FRESH_HOSTS) beforeLoad.push(await scriptBeforeLoad(extension, tabs.counterpoint, server.freshUrl(host, `/10k.html?fresh`)))
    const longest = {
      words10k: await longestTask(extension, server.url('/10k.html?trace')),
      words100k: await longestTask(extension, server.url('/100k.html?trace')),
      words1m: await longestTask(extension, server.url('/1m.html?trace')),
    }
    const realFiles = realPageFiles(pages.realDir).slice(0, pages.realPages)
    const realPages = realFiles.length ? await realPagesBench(server.origin, realFiles, { counterpoint: extension.context, emptyExtension: floor, none }, extension) : null
    const memory = realFiles.length && pages.story.length
      ? await memoryBench({ counterpoint: extension.context, none }, extension, server.origin, Object.keys(storyPaths).slice(0, 50), realFiles.slice(0, 50).map((file) => `/real/${file}`))
      : null
    return {
      rounds,
      workMs: { coverage10k: median(work.coverage10k), ordinary10k: median(work.ordinary10k) },
      timeToHighlightsMs: median(toHighlights),
      afterLoadMs: { warm: median(warm), cold: median(cold) },
      beforeLoad: { ms: median(beforeLoad), shareOfFloor: median(beforeLoad) / median(loads.emptyExtension), samples: beforeLoad.map((ms) => Math.round(ms * 100) / 100) },
      longestTaskMs: longest,
      realPages,
      memory,
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
