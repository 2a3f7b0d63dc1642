/** Text outside the main document tree: frames and shadow roots. */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { highlightsIn } from './pages/extension-tab.ts'
import { watchErrors } from './pages/page-watch.ts'

test('same-origin iframes and open shadow roots are read; closed roots and cross-origin frames are left alone', async ({ page, extension, site }) => {
  const watch = watchErrors(page)
  const article = await new ArticlePage(page, extension).open(site.url('/frames.html'))
  const texts = async (): Promise<string[]> => (await article.highlights()).map((highlight) => highlight.text)
  // Open shadow root, and light DOM slotted into it.
  await expect.poll(texts).toEqual(expect.arrayContaining([expect.stringContaining('Inside an open shadow root'), expect.stringContaining('Slotted text')]))
  expect((await texts()).some((text) => text.includes('closed shadow root'))).toBe(false)

  const same = page.frameLocator('#same')
  await expect(same.locator('p')).toContainText('Inside a frame')
  const sameFrame = page.frames().find((frame) => frame.url().startsWith(site.origin) && frame.url().endsWith('/frame-inner.html'))!
  await expect.poll(async () => (await highlightsIn(sameFrame as never)).map((highlight) => highlight.text)).toEqual([expect.stringContaining('pry Russia away from China')])

  const crossFrame = page.frames().find((frame) => frame.url().startsWith(site.otherOrigin))!
  await expect.poll(() => crossFrame.evaluate(() => document.readyState)).toBe('complete')
  await page.waitForTimeout(500)
  expect(await highlightsIn(crossFrame as never)).toEqual([])

  // The badge counts claims across the top frame and the same-origin frame.
  await expect.poll(() => article.badge()).toBe('3')
  expect(watch.errors).toEqual([])
})

test('a page that clears the highlight registry gets ours back, and its own highlights stay untouched', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  // Order is the registry's insertion order, which a repair may change: compare as sets.
  const sorted = async () => (await article.highlights()).map((highlight) => `${highlight.name} ${highlight.text}`).sort()
  const before = await sorted()
  const ours = (await article.highlights())[0]!.name
  await page.evaluate(() => {
    CSS.highlights.clear()
    const range = document.createRange()
    range.selectNodeContents(document.querySelector('h1')!)
    // The page's own highlight, styled like ours would be.
    CSS.highlights.set('my-mark', new Highlight(range))
    const style = document.createElement('style')
    style.textContent = '::highlight(my-mark) { background-color: #ffe2bf; }'
    document.head.append(style)
  })
  expect(await article.highlights()).toEqual([])
  await expect.poll(sorted, { timeout: 5000 }).toEqual(before)
  expect(await page.evaluate(() => CSS.highlights.has('my-mark'))).toBe(true)
  // Overwriting one of our names is repaired the same way.
  await page.evaluate((name) => CSS.highlights.set(name, new Highlight()), ours)
  await expect.poll(sorted, { timeout: 5000 }).toEqual(before)
})
