/**
 * Real coverage of the story, read from ../shared/eval/pages when the suite runs: in Chromium, the
 * extension highlights exactly what the core finds in each page's readable text, and the
 * restatements it finds carry a claim the dev labels accept. Skipped, with a message, where
 * ../shared is absent.
 */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { accepts, coreSentencesOfHtml, normalise, overlaps } from './support/expectations.ts'
import { coveragePages } from './support/coverage-pages.ts'
import { SKIP_MESSAGE, sharedEvalAvailable } from '../scripts/eval/shared-data.ts'

const pages = coveragePages(4)

test('real coverage pages are available for the browser tests', () => {
  test.skip(!sharedEvalAvailable(), SKIP_MESSAGE)
  expect(pages.length).toBeGreaterThanOrEqual(6)
})

for (let index = 0; index < 6; index++) {
  test(`real coverage page ${index + 1}: highlights are what the core finds, with claims the labels accept`, async ({ page, extension, site }) => {
    const coverage = pages[index]
    test.skip(!coverage, SKIP_MESSAGE)
    if (!coverage) return
    site.put(`/coverage/${coverage.name}.html`, coverage.html)
    const article = await new ArticlePage(page, extension).open(site.url(`/coverage/${coverage.name}.html`))
    const expected = [...new Set(coreSentencesOfHtml(coverage.html).map((found) => found.sentence))].sort()
    await expect.poll(async () => [...new Set(await article.highlightTexts())].sort()).toEqual(expected)
    const reported = (await article.reported()) ?? []
    let confirmed = 0
    for (const row of coverage.rows) {
      const match = reported.find((found) => overlaps(normalise(found.sentence), row.sentence))
      if (!match || row.label === 'none') continue
      if (accepts(row, match.claimId)) confirmed++
    }
    const restatements = coverage.rows.filter((row) => row.label !== 'none' && reported.some((found) => overlaps(normalise(found.sentence), row.sentence)))
    expect(confirmed, 'highlighted restatements whose claim the labels accept').toBe(restatements.length)
  })
}
