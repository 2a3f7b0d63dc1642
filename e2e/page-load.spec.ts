/**
 * The content script stays out of a page's loading: until the load event is over nothing of it
 * is built, nothing is read and nothing is asked; then the page is read as usual.
 */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'

const CLAIM = 'The White House hopes warmer ties with the Kremlin will pry Russia away from China.'
const PIXEL = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'

test('a page still loading is left alone until its load event, then read', async ({ page, extension, site }) => {
  let release = (): void => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  // An image that arrives only when the test says so holds the page's load event.
  await page.route('**/load/held.svg', async (route) => {
    await held
    await route.fulfill({ contentType: 'image/svg+xml', body: PIXEL })
  })
  site.put('/load/held.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><article><h1>Notes</h1><p>${CLAIM}</p><img src="/load/held.svg" alt=""></article></body></html>`)
  const view = await new ArticlePage(page, extension).visit(site.url('/load/held.html'), 'domcontentloaded')
  // Time for a content script to have started; waiting longer can only let a wrong script be caught.
  await page.waitForTimeout(1000)
  expect(await page.evaluate(() => document.readyState)).toBe('interactive')
  expect(await view.stats().catch(() => null), 'nothing listens in the page yet').toBeNull()
  expect(await view.reported(), 'nothing was asked yet').toBeNull()
  release()
  await view.waitForReport()
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('pry Russia away from China')
})
