/** The walking skeleton: coverage of the story gets highlighted, the popup explains it, nothing else happens. */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { PopupPage } from './pages/popup-page.ts'
import { highlightedSentences } from './pages/extension-tab.ts'
import { accepts, coreSentences, labelledRows, normalise, overlaps } from './support/expectations.ts'

const DECOYS = ['Trump is trying to drive a wedge between Moscow and Beijing.', 'Russia has become dependent on China.']

test('a news article on the story is highlighted on the sentences that restate claims, and only there', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const highlights = await article.highlights()
  const rows = labelledRows('article-en.html')
  const reported = (await article.reported()) ?? []
  expect(rows.filter((row) => row.label !== 'none').length).toBeGreaterThanOrEqual(2)
  for (const row of rows) {
    const hit = highlights.find((highlight) => overlaps(highlight.text, row.sentence))
    if (row.label === 'none') expect(hit, `not a claim: ${row.sentence}`).toBeUndefined()
    else {
      expect(hit, `restates ${row.label}: ${row.sentence}`).toBeDefined()
      const match = reported.find((found) => overlaps(found.sentence, row.sentence))
      expect(match && accepts(row, match.claimId), `claim for: ${row.sentence}`).toBe(true)
    }
  }
  // What the page shows is exactly what the core finds in the page's readable text.
  expect(highlights.map((highlight) => highlight.text).sort()).toEqual(coreSentences('article-en.html').map((found) => found.sentence).sort())
  // Claims hidden from the reader (display:none, hidden, form fields, code, scripts) are never read.
  for (const decoy of DECOYS) expect(highlights.some((highlight) => overlaps(highlight.text, decoy))).toBe(false)
})

test('highlights are painted: a highlighted line looks different with them than without', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const [first] = await highlightedSentences(page)
  const clip = first?.rect
  if (!clip) throw new Error('the first highlight has no line box')
  const painted = await page.screenshot({ clip })
  await page.evaluate(() => CSS.highlights.clear())
  const bare = await page.screenshot({ clip })
  expect(painted.equals(bare)).toBe(false)
})

test('the page is not changed: no element is added, removed or edited to highlight', async ({ page, extension, site }) => {
  await page.addInitScript(() => {
    const log: string[] = []
    ;(window as unknown as { mutationLog: string[] }).mutationLog = log
    addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) log.push(`${record.type} on ${(record.target as Element).nodeName}`)
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
    })
  })
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  expect(await page.evaluate(() => (window as unknown as { mutationLog: string[] }).mutationLog)).toEqual([])
})

test('the badge counts the distinct claims on the tab, and the popup explains each with its counterpoints', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const claims = new Set(((await article.reported()) ?? []).map((match) => match.claimId))
  await expect.poll(() => article.badge()).toBe(String(claims.size))

  const popup = await PopupPage.open(extension, article.tabId)
  await expect(popup.claims()).toHaveCount(claims.size)
  const split = popup.claim(/pull it away from its strategic partnership with China/)
  await popup.expand(split)
  await expect(split.getByText('Wolfgang Ischinger')).toBeVisible()
  await expect(split.getByText(/likelihood of this succeeding is close to zero/)).toBeVisible()
  await expect(split.getByText(/1970s in reverse/)).toBeVisible()
  await expect(split.getByText(/loosen the bond between Moscow and Beijing/).first()).toBeVisible()
  await expect(split.getByText(/Why this matched/i)).toBeVisible()
  await popup.close()
})

test('the jump button scrolls the page to the highlight', async ({ page, extension, site }) => {
  await page.setViewportSize({ width: 1000, height: 500 })
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const popup = await PopupPage.open(extension, article.tabId)
  const alliances = popup.claim(/strain on US relations with its European allies/)
  await expect(alliances).toHaveCount(1)
  await article.page.evaluate(() => scrollTo(0, 0))
  await popup.jump(alliances)
  const target = 'fear that the transatlantic alliance is fraying'
  await expect
    .poll(async () => {
      const [focused] = await highlightedSentences(article.page, 'focus')
      if (!focused?.text.includes(target) || !focused.rect) return 'not focused'
      const height = await article.page.evaluate(() => innerHeight)
      return focused.rect.y >= 0 && focused.rect.y + focused.rect.height <= height ? 'in view' : `at ${focused.rect.y}`
    })
    .toBe('in view')
  expect(await article.page.evaluate(() => scrollY)).toBeGreaterThan(0)
  await popup.close()
})

test('an unrelated page gets no highlights, no badge, and the popup says so calmly', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/weather.html'))
  expect(await article.reported()).toEqual([])
  expect(await article.highlights()).toEqual([])
  expect(await article.badge()).toBe('')
  const popup = await PopupPage.open(extension, article.tabId)
  await expect(popup.emptyState()).toBeVisible()
  await expect(popup.emptyState()).toContainText('No known claims on this page')
  await popup.close()
})

test('German coverage is highlighted with the same claim ids', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-de.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const reported = (await article.reported()) ?? []
  for (const row of labelledRows('article-de.html').filter((candidate) => candidate.label !== 'none')) {
    const match = reported.find((found) => overlaps(found.sentence, row.sentence))
    expect(match && accepts(row, match.claimId), row.sentence).toBe(true)
  }
  expect(reported.map((match) => normalise(match.sentence)).sort()).toEqual(coreSentences('article-de.html').map((found) => found.sentence).sort())
})
