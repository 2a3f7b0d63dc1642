/**
 * Coverage in the markup of real news sites (see support/poured-pages.ts), in Chromium: every
 * restatement the core finds in the poured paragraphs, read as a reader's page gives them (each
 * paragraph a block, the headline as context), is highlighted with the same claim. The sites'
 * wrappers, inline elements, styles and scripts must not cost a restatement. Skipped, with a
 * message, where ../shared is absent.
 */
import { test, expect, onlyFixtureServer } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { normalise } from './support/expectations.ts'
import { pouredPage } from './support/poured-pages.ts'
import { matchText, PROFILES } from '../src/core/index.ts'
import { bundledPacks } from '../scripts/eval/measure.ts'
import { SKIP_MESSAGE } from '../scripts/eval/shared-data.ts'

const TEMPLATES: Array<[string, 'en' | 'de']> = [['bbc-1.html', 'en'], ['nytimes-1.html', 'en'], ['guardian-1.html', 'de'], ['heise.html', 'de']]

for (const [template, lang] of TEMPLATES) {
  test(`coverage poured into ${template} (${lang}): every restatement the core finds is highlighted, with its claim`, async ({ page, extension, site }) => {
    const poured = pouredPage(template, lang)
    test.skip(!poured, SKIP_MESSAGE)
    if (!poured) return
    site.put(`/poured/${poured.name}.html`, poured.html)
    // The template's own resources point at their original hosts: nothing may leave the machine.
    await onlyFixtureServer(page, site)
    const view = await new ArticlePage(page, extension).open(site.url(`/poured/${poured.name}.html`))
    const packs = bundledPacks()
    const expected = poured.paragraphs.flatMap((paragraph, index) =>
      matchText(packs, paragraph, { profile: PROFILES.balanced, lang, context: index === 0 ? [] : [poured.headline] }).map((match) => `${match.claimId}: ${normalise(match.sentence)}`),
    )
    expect(expected.length, 'the source page holds restatements').toBeGreaterThan(2)
    await expect
      .poll(async () => {
        const reported = new Set(((await view.reported()) ?? []).map((found) => `${found.claimId}: ${normalise(found.sentence)}`))
        return expected.filter((item) => !reported.has(item))
      })
      .toEqual([])
  })
}
