/** The UI follows the browser's language: a German Chromium gets German everywhere. */
import { expect } from '@playwright/test'
import { launchExtension, test } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { InPageUi, highlightRect } from './pages/in-page-ui.ts'
import { OptionsPage } from './pages/options-page.ts'
import { PopupPage } from './pages/popup-page.ts'

test('under a German browser locale, popup, options and card speak German', async ({ site }) => {
  const extension = await launchExtension({ locale: 'de' })
  const outside: string[] = []
  extension.context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(site.origin) && !url.startsWith(`chrome-extension://${extension.id}/`) && !url.startsWith('data:')) outside.push(url)
  })
  try {
    const page = await extension.context.newPage()
    const article = await new ArticlePage(page, extension).open(site.url('/article-de.html'))
    await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)

    const popup = await PopupPage.open(extension, article.tabId)
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(popup.page.getByText(/bekannte Behauptung(en)? auf dieser Seite/)).toBeVisible()
    const summit = popup.claim(/Friedensgipfel in London/)
    await popup.expand(summit)
    await expect(summit.getByText('Was Fachleute sagen')).toBeVisible()
    await expect(summit.getByRole('button', { name: 'Auf der Seite zeigen' }).first()).toBeVisible()
    await expect(summit.getByText('Zutreffend', { exact: true })).toBeVisible()
    await expect(popup.page.getByText(/Auf diesem Gerät geprüft/)).toBeVisible()
    await popup.close()

    const options = await OptionsPage.open(extension)
    await expect(options.page.getByRole('heading', { name: 'Counterpoint-Einstellungen' })).toBeVisible()
    await expect(options.page.getByRole('radio', { name: /Ausgewogen/ })).toBeChecked()
    await expect(options.page.getByText('Trump, Russland und China (2025)')).toBeVisible()
    await options.close()

    const rect = await highlightRect(page, 'in London')
    if (!rect) throw new Error('no highlight')
    await page.evaluate((y) => scrollTo(0, y + scrollY - 200), rect.y)
    const visible = (await highlightRect(page, 'in London'))!
    await page.mouse.move(visible.x + 4, visible.y + visible.height / 2)
    const ui = new InPageUi(page)
    await expect.poll(async () => (await ui.card())?.text ?? '').toContain('Mehr dazu')
    expect((await ui.card())?.text).toContain('Europa sendete mit einem eigenen Friedensgipfel')
    expect(outside).toEqual([])
  } finally {
    await extension.context.close()
  }
})
