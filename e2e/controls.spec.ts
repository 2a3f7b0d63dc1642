/** The reader's controls: the site switch, the options page, claim packs, the badge. */
import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { test, expect, SITE } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { OptionsPage } from './pages/options-page.ts'
import { PopupPage } from './pages/popup-page.ts'
import { coreSentences } from './support/expectations.ts'

const PACKS = join(SITE, 'packs')

test('the site switch turns highlighting off at once, survives a reload, and turns back on', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const count = (await article.highlights()).length
  const popup = await PopupPage.open(extension, article.tabId)
  await expect(popup.siteSwitch()).toBeChecked()
  await popup.siteSwitch().uncheck()
  await expect.poll(() => article.highlights()).toEqual([])
  await expect.poll(() => article.badge()).toBe('')
  await expect(popup.page.getByText('Counterpoint is off for this site')).toBeVisible()

  await page.reload()
  await article.waitForReport()
  await page.waitForTimeout(300)
  expect(await article.highlights()).toEqual([])
  const options = await OptionsPage.open(extension)
  await expect(options.sites()).toHaveText([/127\.0\.0\.1/])
  await options.close()

  await popup.page.reload()
  await popup.siteSwitch().check()
  await expect.poll(async () => (await article.highlights()).length).toBe(count)
  await popup.close()
})

test('options: highlights off and on, and the style, take effect on open pages', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/analysis-dark.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const balanced = await article.highlights()
  const options = await OptionsPage.open(extension)

  await options.highlightsSwitch().uncheck()
  await expect.poll(() => article.highlights()).toEqual([])
  await options.highlightsSwitch().check()
  await expect.poll(async () => (await article.highlights()).length).toBe(balanced.length)

  await options.style(/wavy underline/i)
  await expect.poll(async () => (await article.highlights()).map((highlight) => highlight.name.split('-')[1])).toEqual(balanced.map(() => 'underline'))

  await options.close()
})

test('each sensitivity level shows exactly what the matcher finds at that level', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/levels.html'))
  const options = await OptionsPage.open(extension)
  const shown: Record<string, string[]> = {}
  for (const [level, label] of [['strict', /stricter/i], ['broad', /broader/i], ['balanced', /balanced/i]] as const) {
    await options.sensitivity(label)
    const expected = coreSentences('levels.html', level).map((found) => found.sentence).sort()
    await expect.poll(async () => (await article.highlightTexts()).sort()).toEqual(expected)
    shown[level] = expected
  }
  expect(shown.strict!.length).toBeLessThanOrEqual(shown.balanced!.length)
  expect(shown.balanced!.length).toBeLessThanOrEqual(shown.broad!.length)
  expect(shown.strict!.length).toBeLessThan(shown.broad!.length)
  await options.close()
})

test('importing a ClaimReview pack makes its claim highlight on an open page, without a reload; it can be disabled and removed', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/factcheck.html'))
  expect(await article.highlights()).toEqual([])
  const options = await OptionsPage.open(extension)
  await options.importFile(join(PACKS, 'claimreview-bridge.jsonld'))
  await expect(options.notice()).toContainText('Imported “Example Check (ClaimReview)” with 1 claims.')
  await expect.poll(() => article.highlightTexts()).toEqual(['Several speakers repeated that the new bridge over the Rhine cost twelve billion euros, a figure the state budget does not show.'])
  expect((await article.highlights())[0]?.name).toBe('counterpoint-marker-false-light')
  await expect.poll(() => article.badge()).toBe('1')

  const popup = await PopupPage.open(extension, article.tabId)
  const claim = popup.claim(/Rhine cost twelve billion/)
  await popup.expand(claim)
  await expect(claim.locator('.who strong')).toHaveText('Example Check')
  await expect(claim.getByRole('link', { name: 'Example Check' })).toHaveAttribute('href', 'https://factcheck.example/reviews/rhine-bridge')
  await popup.close()

  await options.pack(/Example Check/).getByRole('switch').uncheck()
  await expect.poll(() => article.highlights()).toEqual([])
  await options.pack(/Example Check/).getByRole('switch').check()
  await expect.poll(async () => (await article.highlights()).length).toBe(1)
  await options.pack(/Example Check/).getByRole('button', { name: /remove/i }).click()
  await expect(options.pack(/Example Check/)).toHaveCount(0)
  await expect.poll(() => article.highlights()).toEqual([])
  await options.close()
})

test('importing a broken file names the problem and changes nothing', async ({ page, extension, site }) => {
  const options = await OptionsPage.open(extension)
  await options.importFile(join(PACKS, 'claimreview-bridge.jsonld'))
  await expect(options.notice()).toContainText('Imported')
  const article = await new ArticlePage(page, extension).open(site.url('/factcheck.html'))
  await expect.poll(async () => (await article.highlights()).length).toBe(1)
  const before = await article.highlights()
  const packsBefore = await options.page.locator('.packs li').allTextContents()

  await options.importFile(join(PACKS, 'broken-claimreview.jsonld'))
  await expect(options.notice()).toHaveText('Nothing was changed. The file has a problem: ClaimReview 1: url: must be an http or https URL')
  await page.waitForTimeout(500)
  expect(await article.highlights()).toEqual(before)
  expect(await options.page.locator('.packs li').allTextContents()).toEqual(packsBefore)
  await options.close()
})

test('pack content is shown as text: markup in a pack stays inert', async ({ page, extension, site }) => {
  const options = await OptionsPage.open(extension)
  await options.importFile(join(PACKS, 'markup-pack.json'))
  await expect(options.notice()).toContainText('Imported')
  await expect(options.pack(/Markup <b>test<\/b> pack/)).toHaveCount(1)
  const article = await new ArticlePage(page, extension).open(site.url('/factcheck.html'))
  await expect.poll(() => article.highlightTexts()).toContain('Critics also said the mayor once promised free parking for all.')
  const popup = await PopupPage.open(extension, article.tabId)
  const claim = popup.claim(/free parking/)
  await popup.expand(claim)
  await expect(claim).toContainText('<img src=x onerror="document.title=\'pwned\'">')
  await expect(claim).toContainText('<a href="javascript:alert(1)">Records office</a>')
  expect(await popup.page.locator('img[src="x"], script:not([src]), a[href^="javascript:"]').count()).toBe(0)
  await popup.page.waitForTimeout(300)
  expect(await popup.page.title()).not.toBe('pwned')
  expect(await page.title()).not.toBe('pwned')
  await popup.close()
  await options.close()
})

test('the badge is coloured by the most serious status and cleared when the tab navigates', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(() => article.badge()).not.toBe('')
  // Disputed claims are on this page: the badge takes the disputed colour (#b54708).
  expect(await article.badgeColour()).toEqual([0xb5, 0x47, 0x08, 255])
  await page.goto(site.url('/weather.html'))
  await article.waitForReport()
  expect(await article.badge()).toBe('')
})

test('popup and options are accessible (axe) in light and dark, and README screenshots are taken', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await PopupPage.open(extension, article.tabId)
    await popup.page.emulateMedia({ colorScheme: scheme })
    await popup.page.setViewportSize({ width: 420, height: 1200 })
    await expect(popup.claims().first()).toBeVisible()
    expect((await new AxeBuilder({ page: popup.page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    await popup.page.screenshot({ path: `docs/screenshots/popup-${scheme}.png`, fullPage: true })
    await popup.close()
    const options = await OptionsPage.open(extension)
    await options.page.emulateMedia({ colorScheme: scheme })
    expect((await new AxeBuilder({ page: options.page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    if (scheme === 'light') await options.page.screenshot({ path: 'docs/screenshots/options.png', fullPage: true })
    await options.close()
  }
  await page.screenshot({ path: 'docs/screenshots/article.png' })
})
