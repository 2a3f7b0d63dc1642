/**
 * The first-run page: opened once when Counterpoint is installed, never on an update or a browser
 * restart; English and German, light and dark, accessible, with nothing loaded from elsewhere.
 */
import AxeBuilder from '@axe-core/playwright'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { DIST, launchExtension, test, expect, WELCOME_PATH, type Extension } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'

const welcomePages = (context: BrowserContext): Page[] => context.pages().filter((page) => page.url().endsWith(WELCOME_PATH))

async function welcomeOnInstall(extension: Extension): Promise<Page> {
  await expect.poll(() => welcomePages(extension.context).length).toBe(1)
  const page = welcomePages(extension.context)[0] as Page
  await expect(page.locator('body[data-ready="true"]')).toBeAttached()
  return page
}

/** Waits until the extension is at work in a page: by then its startup events have been handled. */
async function working(extension: Extension, url: string): Promise<void> {
  const article = await new ArticlePage(await extension.context.newPage(), extension).open(url)
  await expect.poll(async () => (await article.highlightTexts()).length).toBeGreaterThan(0)
  await article.page.close()
}

test('opened once on install, and not on an update or a browser restart', async ({ site }) => {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-first-run-'))
  // A copy of the build at a fixed path: an unpacked extension's id comes from its path, so the
  // copy with a higher version, loaded from the same place, is an update of the same extension.
  const dist = join(profile, 'extension')
  cpSync(DIST, dist, { recursive: true })
  try {
    let extension = await launchExtension({ profile, dist, keepWelcome: true })
    const welcome = await welcomeOnInstall(extension)
    const requests: string[] = []
    welcome.on('request', (request) => requests.push(request.url()))
    await welcome.reload()
    await expect(welcome.locator('body[data-ready="true"]')).toBeAttached()
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.id}/`))).toEqual([])
    await extension.context.close()

    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string }
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ ...manifest, version: `${manifest.version}.1` }))
    for (const step of ['update', 'restart']) {
      extension = await launchExtension({ profile, dist })
      expect(await extension.worker.evaluate(() => chrome.runtime.getManifest().version), step).toBe(`${manifest.version}.1`)
      await working(extension, site.url('/article-en.html'))
      expect(welcomePages(extension.context), step).toEqual([])
      await extension.context.close()
    }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

for (const locale of ['en', 'de'] as const) {
  test(`the first-run page in ${locale}: what is highlighted, an example, privacy, keys, switching a site off, options; axe-clean light and dark`, async () => {
    const extension = await launchExtension({ locale, keepWelcome: true })
    try {
      const page = await welcomeOnInstall(extension)
      // Opened at install, it may have come up in the moment before the new profile's browser spoke
      // its language (see launchExtension); a reader installing into a running browser never meets that.
      await page.reload()
      await expect(page.locator('body[data-ready="true"]')).toBeAttached()
      const text = (pattern: { en: RegExp; de: RegExp }): RegExp => pattern[locale]
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text({ en: /welcome to counterpoint/i, de: /willkommen bei counterpoint/i }))
      await expect(page.getByTestId('example').locator('mark')).toHaveText(text({ en: /loosen the bond between Moscow and Beijing/, de: /Band zwischen Moskau und Peking lockern/ }))
      await expect(page.locator('.example-card')).toContainText(text({ en: /Trump wants to bring Russia closer/, de: /Trump will Russland/ }))
      await expect(page.getByRole('heading', { name: text({ en: /your reading stays yours/i, de: /bleibt bei ihnen/i }) })).toBeVisible()
      // The browser's own shortcuts, as it assigned them: every command has one (Chromium silently drops
      // suggested keys it reserves, as it did Alt+Shift+N and Alt+Shift+P).
      await expect(page.locator('.keys kbd')).toHaveText(['Alt+Shift+J', 'Alt+Shift+K', 'Alt+Shift+H'])
      await expect(page.getByRole('heading', { name: text({ en: /switching it off for a site/i, de: /für eine website ausschalten/i }) })).toBeVisible()
      const options = page.getByRole('link', { name: text({ en: /open the options/i, de: /einstellungen öffnen/i }) })
      await expect(options).toHaveAttribute('href', `chrome-extension://${extension.id}/src/ui/options/index.html`)
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
        if (locale === 'en') await page.screenshot({ path: `docs/screenshots/welcome-${colorScheme}.png`, fullPage: true })
      }
      await options.click()
      await expect.poll(() => extension.context.pages().some((other) => other.url().includes('/src/ui/options/index.html'))).toBe(true)
    } finally {
      await extension.context.close()
    }
  })
}
