/**
 * Firefox smoke test: the Firefox build (dist-firefox/, npm run build:firefox) installed in
 * Debian's firefox-esr, headless, over WebDriver BiDi, highlights the same sentences of a real
 * coverage page as the core finds, and leaves an unrelated page alone.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST_FIREFOX, ROOT, test, expect } from './fixtures.ts'
import { readHighlights, type HighlightedAt } from './pages/extension-tab.ts'
import { FirefoxSession, FIREFOX } from './support/firefox-bidi.ts'
import { coreSentences } from './support/expectations.ts'


test('Firefox: the extension highlights what it should on a page about the story, and nothing on an unrelated one', async ({ site }) => {
  test.setTimeout(120_000)
  expect(existsSync(FIREFOX), `${FIREFOX} (Debian's firefox-esr) is installed`).toBe(true)
  expect(existsSync(join(DIST_FIREFOX, 'manifest.json')), 'dist-firefox/ is built (npm run build:firefox)').toBe(true)
  const firefox = await FirefoxSession.launch()
  try {
    await firefox.installExtension(DIST_FIREFOX)
    const context = await firefox.topContext()
    const highlighted = async (): Promise<string[]> => (await firefox.evaluate<HighlightedAt[]>(context, `(${readHighlights.toString()})('painted')`)).map((item) => item.text).sort()

    await firefox.navigate(context, site.url('/article-en.html'))
    const expected = [...new Set(coreSentences('article-en.html').map((found) => found.sentence))].sort()
    expect(expected.length).toBeGreaterThan(2)
    await expect.poll(highlighted, { timeout: 30_000 }).toEqual(expected)
    mkdirSync(join(ROOT, 'test-results'), { recursive: true })
    writeFileSync(join(ROOT, 'test-results', 'firefox-article.png'), Buffer.from(await firefox.screenshot(context), 'base64'))

    // Registered is not painted: the first highlighted line looks different with our highlights than without.
    const [first] = await firefox.evaluate<HighlightedAt[]>(context, `(${readHighlights.toString()})('painted')`)
    const box = first?.rect
    expect(box, 'the first highlight has a line box').toBeTruthy()
    const painted = await firefox.screenshot(context, box ?? undefined)
    await firefox.evaluate(context, 'CSS.highlights.clear()')
    const bare = await firefox.screenshot(context, box ?? undefined)
    expect(painted === bare, 'the highlighted line looks the same with and without the highlights').toBe(false)

    await firefox.navigate(context, site.url('/weather.html'))
    // The content script has run (it answers to nothing here, so wait for the page to settle), and found nothing.
    await expect.poll(() => firefox.evaluate<string>(context, 'document.readyState'), { timeout: 10_000 }).toBe('complete')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await highlighted()).toEqual([])
  } finally {
    await firefox.close()
  }
})
