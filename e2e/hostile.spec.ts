/**
 * Pages built to break an extension. For each: the page keeps working (its own check passes,
 * nothing lands in its console), the extension neither throws (its swallowed-error count stays
 * 0) nor hangs (it answers and finishes reading), it highlights exactly what it should, and on
 * big pages its work is cut into bounded pieces (checked by their count and size, not by timing
 * them: `npm run bench` measures time).
 */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { watchErrors } from './pages/page-watch.ts'
import { expectBoundedWork } from './pages/work-units.ts'
import { hostilePages } from './support/hostile-pages.ts'
import { CLAIM_SENTENCES } from './support/big-page.ts'

const sorted = (texts: string[]): string[] => [...texts].sort()

for (const hostile of hostilePages()) {
  test(`hostile page, ${hostile.name}: the page keeps working, the extension neither throws nor hangs`, async ({ page, extension, site }) => {
    test.setTimeout(hostile.large ? 240_000 : 60_000)
    site.put(hostile.path, hostile.body, hostile.contentType)
    const watch = watchErrors(page)
    const article = await new ArticlePage(page, extension).visit(site.url(hostile.path))

    const timeout = hostile.large ? 200_000 : 15_000
    await expect.poll(async () => {
      const stats = await article.stats().catch(() => null)
      // Finished reading: walked, or put to the gate and found to hold nothing.
      return stats ? stats.scans + (stats.relevant ? 0 : stats.gates) : 0
    }, { timeout, message: 'the content script never finished reading' }).toBeGreaterThan(0)
    await expect.poll(async () => sorted(await article.highlightTexts()), { timeout }).toEqual(sorted(hostile.highlighted))
    expect((await article.stats()).errors, 'errors the content script caught').toBe(0)
    expect(await page.evaluate(() => (window as { pageWorks?: () => boolean }).pageWorks?.() ?? false), 'the page still works').toBe(true)
    if (hostile.large) expectBoundedWork(await article.stats())
    expect(watch.errors).toEqual([])
  })
}

test('a page that changes every frame keeps the extension to a bounded number of scans', async ({ page, extension, site }) => {
  const every = hostilePages().find((hostile) => hostile.path.includes('every-frame'))!
  site.put(every.path, every.body)
  const article = await new ArticlePage(page, extension).visit(site.url(every.path))
  await expect.poll(async () => (await article.highlights()).length).toBe(2)
  // Changes are still read: a rescan follows, however far the spacing has grown (8 s at most) by the
  // time a busy machine gets here. Waited for, not expected inside a fixed window.
  const first = await article.stats()
  await expect.poll(async () => (await article.stats()).scans, { timeout: 30_000 }).toBeGreaterThan(first.scans)
  const before = await article.stats()
  await page.waitForTimeout(6000)
  const after = await article.stats()
  expect(await page.evaluate(() => (window as { pageWorks?: () => boolean }).pageWorks?.()), 'the page kept animating').toBe(true)
  // About 360 frames of changes in those six seconds: flushes are spaced out (1 s, 2 s, 4 s ...), not one per frame.
  expect(after.scans - before.scans).toBeLessThanOrEqual(6)
  expect(after.errors).toBe(0)
})

test('text typed into an editable region is never read nor highlighted', async ({ page, extension, site }) => {
  const editable = hostilePages().find((hostile) => hostile.path.includes('editable'))!
  site.put(editable.path, editable.body)
  const article = await new ArticlePage(page, extension).visit(site.url(editable.path))
  await expect.poll(() => article.highlightTexts()).toEqual(editable.highlighted)
  await page.locator('#editor').click()
  const [, typed, later] = CLAIM_SENTENCES as [string, string, string]
  await page.keyboard.type(` ${typed}`)
  await page.locator('#area').fill(later)
  // A change outside the editor after the typing: once it is highlighted, a scan has run since.
  await page.evaluate((sentence) => {
    const paragraph = document.createElement('p')
    paragraph.textContent = sentence
    document.querySelector('article')?.append(paragraph)
  }, later)
  await expect.poll(async () => sorted(await article.highlightTexts())).toEqual(sorted([...editable.highlighted, later]))
  expect((await article.stats()).errors).toBe(0)
})
