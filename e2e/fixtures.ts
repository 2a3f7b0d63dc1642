/**
 * Test fixtures: a static server for the fixture site, Debian's Chromium with the built
 * extension loaded, its service worker, and a ledger of every network request, which must never
 * leave the fixture server nor come from the extension itself.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { mkdirSync, readFileSync, writeFileSync, appendFileSync, existsSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WELCOME_PAGE } from '../src/shared/pages.ts'

/** The project's root, and the two builds the tests load. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const SITE = join(ROOT, 'e2e', 'site')
export const DIST = join(ROOT, 'dist')
export const DIST_FIREFOX = join(ROOT, 'dist-firefox')
export const LEDGER = join(ROOT, 'test-results', 'network-ledger.jsonl')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
}

export interface SiteServer {
  origin: string
  /** The same server under "localhost": another origin, for cross-origin frames. */
  otherOrigin: string
  url: (path: string) => string
  /** Serve a generated page at a path (large or hostile pages are built in the test); HTML unless `type` says otherwise. */
  put: (path: string, body: string, type?: string) => void
}

/** Lets a page reach the fixture server only: real pages point their resources at their original hosts. */
export async function onlyFixtureServer(page: Page, site: SiteServer): Promise<void> {
  await page.route('**/*', (route) => (route.request().url().startsWith(site.origin) ? route.continue() : route.abort('blockedbyclient')))
}

export interface Extension {
  context: BrowserContext
  id: string
  worker: Worker
}

export interface NetworkLedger {
  external: string[]
  fromExtension: string[]
  total: number
}

function startServer(): Promise<{ server: Server; site: SiteServer }> {
  const generated = new Map<string, { body: string; type: string }>()
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (path === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    const page = generated.get(path)
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': page.type })
      response.end(page.body)
      return
    }
    // Single-page-app routes all serve the app shell.
    const file = path.startsWith('/spa/') ? join(SITE, 'spa.html') : join(SITE, normalize(path).replace(/^(\.\.[/\\])+/, ''))
    if (!file.startsWith(SITE) || !existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      const origin = `http://127.0.0.1:${port}`
      resolve({ server, site: { origin, otherOrigin: `http://localhost:${port}`, url: (path) => `${origin}${path}`, put: (path, body, type = TYPES['.html'] as string) => generated.set(path, { body, type }) } })
    })
  })
}

export const extensionArgs = (dist: string): string[] => [
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const CHROMIUM_ARGS = extensionArgs(DIST)
/** The window every test and benchmark browser opens with, the extension's or not: loads compare only when layouts do. */
export const VIEWPORT = { width: 1200, height: 800 }

export const WELCOME_PATH = `/${WELCOME_PAGE}`

/**
 * The first-run page opens on every fresh install, so in a fresh test profile too: it is closed
 * here, as soon as it appears, unless a test asks to keep it (the first-run tests do).
 */
export async function closeWelcome(context: BrowserContext): Promise<void> {
  // Closed only once it has rendered: a page closed while its renderer is still loading the
  // extension's messages leaves chrome.i18n empty for the next extension pages in that process.
  await (await welcomePage(context)).close()
}

/** The first-run page the extension opened in `context`, once it has rendered. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page): boolean => page.url().endsWith(WELCOME_PATH)
  const page = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }))
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 })
  return page
}

export interface LaunchOptions {
  locale?: string
  /** A profile directory to reuse across launches (a browser restart); a fresh temporary one by default. */
  profile?: string
  /** Keep the first-run page open (it is only opened when the profile is new). */
  keepWelcome?: boolean
  /** Another build of the extension (the packaged zip, unpacked). */
  dist?: string
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const dist = options.dist ?? DIST
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build\` first`)
  const fresh = !options.profile || !existsSync(join(options.profile, 'Default'))
  const context = await chromium.launchPersistentContext(options.profile ?? '', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...extensionArgs(dist), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    ...(options.locale ? { locale: options.locale } : {}),
    viewport: VIEWPORT,
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const id = new URL(worker.url()).host
  // On a new profile's first start Chromium tells extensions "en-US" for a moment, whatever --lang
  // says (measured: the first answer in the worker, then the asked language); tests in a language
  // start once the browser speaks it.
  if (options.locale) {
    const locale = options.locale
    await expect.poll(() => worker.evaluate(() => chrome.i18n.getUILanguage()), { timeout: 15_000 }).toMatch(new RegExp(`^${locale}`, 'i'))
  }
  if (fresh && !options.keepWelcome) await closeWelcome(context)
  return { context, id, worker }
}

function classify(request: Request, site: SiteServer, extensionId: string, ledger: NetworkLedger): void {
  const url = request.url()
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return
  ledger.total++
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return
  const frameUrl = (() => {
    try {
      return request.frame().url()
    } catch {
      return ''
    }
  })()
  if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) ledger.fromExtension.push(url)
  if (!url.startsWith(site.origin) && !url.startsWith(site.otherOrigin)) ledger.external.push(url)
}

export const test = base.extend<
  { page: Page },
  { site: SiteServer; extension: Extension; ledger: NetworkLedger }
>({
  site: [
    async ({}, use) => {
      const { server, site } = await startServer()
      await use(site)
      await new Promise((resolve) => server.close(resolve))
    },
    { scope: 'worker' },
  ],
  ledger: [async ({}, use) => use({ external: [], fromExtension: [], total: 0 }), { scope: 'worker' }],
  extension: [
    async ({ site, ledger }, use) => {
      const extension = await launchExtension()
      extension.context.on('request', (request) => classify(request, site, extension.id, ledger))
      // A request the page's CSP refused (least-privilege.spec.ts makes one on purpose), or one a test
      // blocked itself (the real pages' links to their original hosts), never left the browser.
      extension.context.on('requestfailed', (request) => {
        if (!/csp|BLOCKED_BY_CSP|BLOCKED_BY_CLIENT/i.test(request.failure()?.errorText ?? '')) return
        ledger.total--
        for (const list of [ledger.external, ledger.fromExtension]) {
          const index = list.indexOf(request.url())
          if (index >= 0) list.splice(index, 1)
        }
      })
      await use(extension)
      await extension.context.close()
      mkdirSync(join(ROOT, 'test-results'), { recursive: true })
      appendFileSync(LEDGER, JSON.stringify(ledger) + '\n')
      // The suite-wide promise: nothing Counterpoint does reaches the network.
      expect(ledger.fromExtension, 'requests made by the extension').toEqual([])
      expect(ledger.external, 'requests that left the fixture server').toEqual([])
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    // Every test starts from default settings and no imported packs.
    await extension.worker.evaluate(() => chrome.storage.local.clear())
    const page = await extension.context.newPage()
    await use(page)
    await page.close()
  },
})

export function resetLedger(): void {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  writeFileSync(LEDGER, '')
}

export { expect }
