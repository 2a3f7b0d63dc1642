/** The in-page experience: hover and focus cards, keyboard navigation, colours. */
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { InPageUi, highlightRect } from './pages/in-page-ui.ts'
import { highlightedSentences } from './pages/extension-tab.ts'
import { watchErrors } from './pages/page-watch.ts'
import { CARD_CSS } from '../src/content/card-styles.ts'

const SENTENCE = 'fear that the transatlantic alliance is fraying'

test('hovering a highlight shows its card; it stays on screen and Escape closes it', async ({ page, extension, site }) => {
  const watch = watchErrors(page)
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(() => highlightRect(page, SENTENCE)).not.toBeNull()
  const ui = new InPageUi(page)
  for (const viewport of [{ width: 1200, height: 800 }, { width: 420, height: 480 }]) {
    await page.setViewportSize(viewport)
    // Put the sentence at the very bottom of the window: the card must open upwards.
    await page.evaluate((needle) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(needle))
      paragraph?.scrollIntoView({ block: 'end' })
    }, SENTENCE)
    const rect = await highlightRect(page, SENTENCE)
    if (!rect) throw new Error('highlight not found')
    await page.mouse.move(rect.x + 5, rect.y + rect.height / 2)
    await expect.poll(() => ui.card()).not.toBeNull()
    const card = (await ui.card())!
    expect(card.text).toContain('Needs context')
    expect(card.text).toContain('Mick Ryan')
    expect(card.text).toContain('More details')
    const box = await ui.box(card)
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(viewport.width)
    expect(box.bottom).toBeLessThanOrEqual(viewport.height)
    await page.keyboard.press('Escape')
    await expect.poll(() => ui.card()).toBeNull()
    await page.mouse.move(0, 0)
  }
  expect(article.tabId).toBeGreaterThan(0)
  expect(watch.errors).toEqual([])
})

test('moving the pointer away closes the card', async ({ page, extension, site }) => {
  await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(() => highlightRect(page, SENTENCE)).not.toBeNull()
  await page.evaluate((needle) => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(needle))?.scrollIntoView({ block: 'center' }), SENTENCE)
  const rect = (await highlightRect(page, SENTENCE))!
  await page.mouse.move(rect.x + 5, rect.y + rect.height / 2)
  const ui = new InPageUi(page)
  await expect.poll(() => ui.card()).not.toBeNull()
  await page.mouse.move(1180, 20)
  await expect.poll(() => ui.card()).toBeNull()
})

test('focusing a link inside a flagged sentence shows the card', async ({ page, extension, site }) => {
  await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(() => highlightRect(page, 'loosen the bond between Moscow and Beijing')).not.toBeNull()
  // The first paragraph's flagged sentence holds a link to "Trump".
  await page.locator('article p a[href="/topics/trump"]').first().focus()
  const ui = new InPageUi(page)
  await expect.poll(async () => (await ui.card())?.text ?? '').toContain('Disputed')
})

test('keyboard commands move between claims, announce them, select the flagged words, and hide all highlights', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(2)
  const highlights = await article.highlights()
  const ui = new InPageUi(page)
  const selection = (): Promise<string> => page.evaluate(() => (getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim())
  const focused = async (): Promise<string> => (await highlightedSentences(page, 'focus'))[0]?.text ?? ''

  expect(await article.send({ type: 'page/navigate', direction: 'next' })).toEqual({ ok: true })
  await expect.poll(() => ui.liveText()).toContain(`Flagged claim 1 of ${highlights.length}`)
  expect(await ui.liveText()).toContain('The flagged sentence begins:')
  expect(await ui.liveText()).toContain('end of flagged sentence')
  expect(await selection()).toBe(highlights[0]?.text)
  expect(await focused()).toBe(highlights[0]?.text)
  await expect.poll(async () => (await ui.card())?.text ?? '').toContain('More details')

  await article.send({ type: 'page/navigate', direction: 'next' })
  await expect.poll(() => ui.liveText()).toContain(`Flagged claim 2 of ${highlights.length}`)
  expect(await selection()).toBe(highlights[1]?.text)
  await article.send({ type: 'page/navigate', direction: 'previous' })
  await expect.poll(() => ui.liveText()).toContain(`Flagged claim 1 of ${highlights.length}`)
  await article.send({ type: 'page/navigate', direction: 'previous' })
  await expect.poll(() => ui.liveText()).toContain(`Flagged claim ${highlights.length} of ${highlights.length}`)

  expect(await article.send({ type: 'page/toggle' })).toEqual({ visible: false })
  expect(await article.highlights()).toEqual([])
  await expect.poll(() => ui.liveText()).toBe('Highlights hidden.')
  expect(await article.send({ type: 'page/toggle' })).toEqual({ visible: true })
  expect((await article.highlights()).length).toBe(highlights.length)
})

test('colours follow the page: light names on a light page, dark names on a dark one, one per status', async ({ page, extension, site }) => {
  for (const [fixture, theme] of [['/article-en.html', 'light'], ['/analysis-dark.html', 'dark']] as const) {
    const article = await new ArticlePage(page, extension).open(site.url(fixture))
    await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
    const reported = (await article.reported()) ?? []
    for (const highlight of await article.highlights()) {
      const match = reported.find((found) => found.sentence.replace(/\s+/g, ' ').trim() === highlight.text)
      expect(highlight.name).toBe(`counterpoint-marker-${match?.status}-${theme}`)
    }
  }
})

test('the card respects reduced motion', async ({ page, extension, site }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  await article.send({ type: 'page/navigate', direction: 'next' })
  const ui = new InPageUi(page)
  await expect.poll(() => ui.card()).not.toBeNull()
  expect(await ui.computedStyle((await ui.card())!, 'transition-duration')).toBe('0s')
})

test('the card is accessible (axe), on light and dark pages, and README screenshots are taken', async ({ page, extension, site }) => {
  for (const [fixture, needle, shot] of [
    ['/article-en.html', SENTENCE, 'card-light'],
    ['/analysis-dark.html', 'a tactical opening', 'card-dark'],
  ] as const) {
    await page.setViewportSize({ width: 1000, height: 640 })
    await new ArticlePage(page, extension).open(site.url(fixture))
    await expect.poll(() => highlightRect(page, needle)).not.toBeNull()
    await page.evaluate((text) => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(text))?.scrollIntoView({ block: 'center' }), needle)
    const rect = (await highlightRect(page, needle))!
    await page.mouse.move(rect.x + 5, rect.y + rect.height / 2)
    const ui = new InPageUi(page)
    await expect.poll(() => ui.card()).not.toBeNull()
    await page.waitForTimeout(200)
    await page.screenshot({ path: `docs/screenshots/${shot}.png` })
    // axe cannot enter a closed shadow root, so the card's exact markup and stylesheet are checked in an open one.
    const markup = await ui.outerHtml((await ui.card())!)
    const check = await page.context().newPage()
    await check.setContent(`<!doctype html><html lang="en"><head><title>card</title></head><body><main><div id="host"></div></main></body></html>`)
    await check.evaluate(
      ({ markup, css }) => {
        const root = document.getElementById('host')!.attachShadow({ mode: 'open' })
        const sheet = new CSSStyleSheet()
        sheet.replaceSync(css)
        root.adoptedStyleSheets = [sheet]
        root.innerHTML = markup
      },
      { markup, css: CARD_CSS },
    )
    const results = await new AxeBuilder({ page: check }).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    await check.close()
    await page.mouse.move(0, 0)
  }
})
