/**
 * Text that was on the page all along but not shown: a page that hides itself until its scripts
 * have run, a "read more" that drops `hidden`, a <details> opened by the reader. What is shown later
 * is read then; what stays hidden is never highlighted.
 */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'

const CLAIM = 'The White House hopes warmer ties with the Kremlin will pry Russia away from China.'
const OTHER = 'Trump wants to drive a deep wedge between Russia and China.'

function article(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes from the week</title>${head}</head><body><article><h1>Notes from the week</h1><p>The weather stayed mild all week, and the harvest came in early.</p>${body}</article></body></html>`
}

test('a page hidden until its scripts have run is read once it shows itself', async ({ page, extension, site }) => {
  site.put('/reveal/page-hidden.html', article(`<p>${CLAIM}</p>`, '<style>body.loading { visibility: hidden }</style>').replace('<body>', '<body class="loading">'))
  const view = await new ArticlePage(page, extension).open(site.url('/reveal/page-hidden.html'))
  expect(await view.highlights(), 'nothing is shown, so nothing is highlighted').toEqual([])
  await page.evaluate(() => document.body.classList.remove('loading'))
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('pry Russia away from China')
})

test('a hidden "read more" part is highlighted once the reader opens it, and not before', async ({ page, extension, site }) => {
  site.put('/reveal/read-more.html', article(`<p>${OTHER}</p><div id="rest" hidden><p>${CLAIM}</p></div><button onclick="document.getElementById('rest').hidden = false">Read more</button>`))
  const view = await new ArticlePage(page, extension).open(site.url('/reveal/read-more.html'))
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('deep wedge')
  expect((await view.highlightTexts()).join()).not.toContain('pry Russia')
  await page.getByRole('button', { name: 'Read more' }).click()
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('pry Russia away from China')
})

test('a "read more" that shows its part by a class or by its style is read when shown, not before', async ({ page, extension, site }) => {
  const css = '<style>.rest { display: none } article.open .rest { display: block }</style>'
  const body = `<p>${OTHER}</p><div class="rest"><p>${CLAIM}</p></div><div id="more" style="display: none"><p>Russia has become dependent on China for chips.</p></div>
    <button onclick="document.querySelector('article').classList.add('open')">Read more</button><button onclick="document.getElementById('more').style.display = 'block'">And more</button>`
  site.put('/reveal/read-more-class.html', article(body, css))
  const view = await new ArticlePage(page, extension).open(site.url('/reveal/read-more-class.html'))
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('deep wedge')
  expect((await view.highlightTexts()).join()).not.toMatch(/pry Russia|dependent on China/)
  await page.getByRole('button', { name: 'Read more' }).click()
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('pry Russia away from China')
  await page.getByRole('button', { name: 'And more' }).click()
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('dependent on China for chips')
})

test('a page whose only restatement sits in a closed <details> is read when the reader opens it', async ({ page, extension, site }) => {
  site.put('/reveal/details.html', article(`<details><summary>Background</summary><p>${CLAIM}</p></details>`))
  const view = await new ArticlePage(page, extension).open(site.url('/reveal/details.html'))
  expect(await view.highlights()).toEqual([])
  await page.getByText('Background').click()
  await expect.poll(async () => (await view.highlightTexts()).join()).toContain('pry Russia away from China')
})

test('class changes on <body> and on shown text while the page is in view (on scroll, in a carousel) cause no re-reading', async ({ page, extension, site }) => {
  site.put('/reveal/scroll-classes.html', article(`<p>${CLAIM}</p>`))
  const view = await new ArticlePage(page, extension).open(site.url('/reveal/scroll-classes.html'))
  await expect.poll(async () => (await view.highlights()).length).toBe(1)
  const before = await view.stats()
  for (let i = 0; i < 20; i++) {
    await page.evaluate((i) => {
      document.body.classList.toggle('scrolled', i % 2 === 0)
      document.querySelector('article p')?.classList.toggle('current', i % 2 === 0)
    }, i)
  }
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)))
  expect((await view.stats()).scans).toBe(before.scans)
})
