/** Pages that change after load, pages that never stop changing, and very long pages. */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { watchErrors } from './pages/page-watch.ts'
import { expectBoundedWork } from './pages/work-units.ts'
import { MAX_BATCH_CHARS, MAX_BLOCK_CHARS } from '../src/shared/protocol.ts'
import { bigArticle, CLAIM_SENTENCES } from './support/big-page.ts'

test('a paragraph appended after load is highlighted, a removed one loses its highlight, and the badge follows', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/weather.html'))
  expect(await article.highlights()).toEqual([])
  await page.evaluate(() => {
    const paragraph = document.createElement('p')
    paragraph.id = 'late'
    paragraph.innerHTML = 'Update: the White House hopes warmer ties with the <a href="/k">Kremlin</a> will pry Russia away from China.'
    document.querySelector('article')?.append(paragraph)
  })
  await expect.poll(async () => (await article.highlightTexts()).join()).toContain('pry Russia away from China')
  await expect.poll(() => article.badge()).toBe('1')
  await page.evaluate(() => document.getElementById('late')?.remove())
  await expect.poll(() => article.highlights()).toEqual([])
  await expect.poll(() => article.badge()).toBe('')
})

test('text that changes inside a paragraph is re-read', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/weather.html'))
  await page.evaluate(() => {
    const first = document.querySelector('article p:not(.byline)')!.firstChild as Text
    first.data = 'Russia has become dependent on China for chips. '
  })
  await expect.poll(async () => (await article.highlightTexts()).join()).toContain('Russia has become dependent on China for chips.')
})

test('a single-page app navigation with pushState rescans the page and the badge follows', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/spa/markets'))
  expect(await article.highlights()).toEqual([])
  await page.getByRole('link', { name: 'Russia and China' }).click()
  await expect(page).toHaveURL(/\/spa\/russia-china$/)
  await expect.poll(async () => (await article.highlights()).length).toBe(3)
  await expect.poll(() => article.badge()).toBe('3')
  await page.getByRole('link', { name: 'Weather' }).click()
  await expect.poll(() => article.highlights()).toEqual([])
  await expect.poll(() => article.badge()).toBe('')
  await page.goBack()
  await expect.poll(async () => (await article.highlights()).length).toBe(3)
})

test('a live ticker rewriting itself every 50 ms for 10 s keeps the extension’s work bounded', async ({ page, extension, site }) => {
  const watch = watchErrors(page)
  const article = await new ArticlePage(page, extension).open(site.url('/ticker.html'))
  await expect(page.locator('body[data-ticker-done]')).toBeAttached({ timeout: 20_000 })
  const ticks = Number(await page.locator('body').getAttribute('data-ticker-done'))
  const stats = await article.stats()
  expect(ticks).toBeGreaterThan(100)
  // ~200 mutations over 10 s: the debounce, the maximum wait and the back-off allow at most one rescan a second.
  expect(stats.scans).toBeLessThanOrEqual(12)
  expect(stats.scans).toBeGreaterThan(1)
  // Only the ticker's block is re-read, never the whole page again.
  const pageText = await page.evaluate(() => document.body.innerText.length)
  expect(stats.charactersRead).toBeLessThan(pageText + stats.scans * 200)
  expect((await article.highlights()).length).toBe(2)
  expect(watch.errors).toEqual([])
})

test('a 100,000-word page is read in bounded pieces of work', async ({ page, extension, site }) => {
  const { html, claims } = bigArticle(100_000)
  site.put('/long.html', html)
  const article = await new ArticlePage(page, extension).open(site.url('/long.html'))
  await expect.poll(async () => (await article.highlights()).length, { timeout: 30_000 }).toBe(claims)
  const stats = await article.stats()
  expect(stats.charactersRead).toBeGreaterThan(500_000)
  expectBoundedWork(stats)
  for (const sentence of CLAIM_SENTENCES) expect((await article.highlightTexts()).some((text) => text === sentence)).toBe(true)
})

test('one enormous paragraph is cut into pieces of work too', async ({ page, extension, site }) => {
  const { html, claims } = bigArticle(40_000, { oneParagraph: true })
  site.put('/one-paragraph.html', html)
  const article = await new ArticlePage(page, extension).open(site.url('/one-paragraph.html'))
  await expect.poll(async () => (await article.highlights()).length, { timeout: 30_000 }).toBe(claims)
  const stats = await article.stats()
  expectBoundedWork(stats)
  // One paragraph of some 200,000 characters still goes out in several messages.
  expect(stats.charactersRead).toBeGreaterThan(2 * (MAX_BATCH_CHARS + MAX_BLOCK_CHARS))
  expect(stats.batches).toBeGreaterThan(1)
})
