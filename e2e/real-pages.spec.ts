/**
 * Real pages of unrelated news, as their sites served them (../shared/realpages, read at test time,
 * never copied into the project), served locally with every other request blocked: the extension
 * highlights nothing, does not walk them (the gate turns them away), adds nothing to their
 * console, and their own scripts keep running. Skipped, with a message, where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { test, expect, onlyFixtureServer } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { watchErrors } from './pages/page-watch.ts'
import { REAL_PAGES } from '../scripts/eval/report.ts'

const PAGES = ['bbc-1.html', 'nytimes-1.html', 'guardian-1.html', 'heise.html', 'breitbart.html', 'wikipedia.html', 'lemonde-1.html']
const SKIP = `${REAL_PAGES} is not beside the project: the real-page tests are skipped`

for (const name of PAGES) {
  test(`real page ${name}: no highlight, not walked, nothing in its console from us, its scripts still run`, async ({ page, extension, site }) => {
    const file = `${REAL_PAGES}${name}`
    test.skip(!existsSync(file), SKIP)
    site.put(`/real/${name}`, readFileSync(file, 'utf8'))
    // The page's own resources point at their original hosts: nothing may leave the machine.
    await onlyFixtureServer(page, site)
    await page.addInitScript(() => {
      ;(window as unknown as { ticks: number }).ticks = 0
      setInterval(() => (window as unknown as { ticks: number }).ticks++, 20)
    })
    const watch = watchErrors(page)
    const article = await new ArticlePage(page, extension).open(site.url(`/real/${name}`))
    expect(await article.highlights()).toEqual([])
    expect(await article.reported()).toEqual([])
    const stats = await article.stats()
    expect(stats.relevant, 'the gate turned the page away').toBe(false)
    expect(stats.scans, 'full walks of the page').toBe(0)
    expect(stats.errors).toBe(0)
    const ticks = await page.evaluate(() => (window as unknown as { ticks: number }).ticks)
    await expect.poll(() => page.evaluate(() => (window as unknown as { ticks: number }).ticks)).toBeGreaterThan(ticks)
    // Blocked resources make the page log load failures of its own; nothing may come from the extension.
    expect(watch.errors.filter((error) => /chrome-extension:|counterpoint/i.test(error))).toEqual([])
  })
}
