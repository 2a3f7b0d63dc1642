/**
 * The extension matches with the same knowledge as the core: the bundled pack ships with its grown
 * terms (inflections, separable German verbs, thesaurus synonyms), which the build once left out.
 */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { coreSentencesOfHtml } from './support/expectations.ts'

test('sentences the core finds only through grown terms are highlighted in the browser too', async ({ page, extension, site }) => {
  // "kanzelt … ab" and "kanzelte … ab" are grown forms of the pack's "abkanzeln".
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Eklat</title></head><body><article><h1>Eklat</h1>
<p>US-Präsident Trump kanzelt Selenskyj im Oval Office ab wie einen Schuljungen.</p>
<p>Das Wetter bleibt am Wochenende freundlich.</p>
<p>Trump kanzelte Selenskyj im Oval Office ab.</p>
</article></body></html>`
  const expected = coreSentencesOfHtml(html).map((found) => found.sentence).sort()
  expect(expected).toHaveLength(2)
  site.put('/grown.html', html)
  const article = await new ArticlePage(page, extension).open(site.url('/grown.html'))
  await expect.poll(async () => [...new Set(await article.highlightTexts())].sort()).toEqual(expected)
})
