/**
 * "Not this claim": the reader corrects a highlight from its card or the popup; the correction is
 * remembered on the device for that sentence on any page, listed and restorable in the options,
 * exported in the evaluation format, and survives a reload and a browser restart.
 */
import AxeBuilder from '@axe-core/playwright'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchExtension, test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { InPageUi, openCard } from './pages/in-page-ui.ts'
import { OptionsPage } from './pages/options-page.ts'
import { PopupPage } from './pages/popup-page.ts'
import { parseRows } from '../src/core/eval/score.ts'

/** The only sentence of its claim on the demo article: dismissing it takes one claim off the badge. */
const CALL = 'phoned the Kremlin leader in February without first consulting Kyiv'
const CALL_CLAIM = /phoned Putin directly/
/** Restates ending the war to weaken the axis, with pulling Russia from China as the runner-up. */
const AMBIGUOUS = 'Ending the fighting in Ukraine quickly'
const TILT = 'tilt the balance of power back toward the United States'

async function clickInCard(ui: InPageUi, name: RegExp): Promise<void> {
  await expect.poll(() => ui.cardButton(name)).not.toBeNull()
  await ui.click((await ui.cardButton(name))!)
}

const highlighted = async (article: ArticlePage, needle: string): Promise<boolean> => (await article.highlightTexts()).some((text) => text.includes(needle))

test('“Not this claim” on the card removes the highlight and the badge count, and the sentence stays unflagged on reload and on another page', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(() => highlighted(article, CALL)).toBe(true)
  const before = Number(await article.badge())
  const others = (await article.highlightTexts()).length

  const ui = await openCard(page, CALL)
  await clickInCard(ui, /^not this claim$/i)
  await expect.poll(() => highlighted(article, CALL)).toBe(false)
  expect(await article.highlightTexts()).toHaveLength(others - 1)
  await expect.poll(() => article.badge()).toBe(String(before - 1))
  await expect.poll(() => ui.card()).toBeNull()
  await expect.poll(() => ui.liveText()).toMatch(/highlight removed/i)

  await page.reload()
  await article.waitForReport()
  await expect.poll(async () => (await article.highlightTexts()).length).toBe(others - 1)
  expect(await highlighted(article, CALL)).toBe(false)

  // The same sentence, spaced differently, on another page of another site.
  const sentence = await page.evaluate((needle) => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(needle))?.textContent ?? '', CALL)
  site.put('/elsewhere.html', `<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><article><p>${sentence.replace(/ /g, '  ')}</p><p>The White House wants to loosen the bond between Moscow and Beijing.</p></article></body></html>`)
  const elsewhere = await new ArticlePage(await extension.context.newPage(), extension).open(`${site.otherOrigin}/elsewhere.html`)
  await expect.poll(() => highlighted(elsewhere, 'loosen the bond')).toBe(true)
  expect(await highlighted(elsewhere, CALL)).toBe(false)
  await elsewhere.page.close()
})

test('the card is keyboard-operable: “Not this claim” reached with Tab from a card opened by the keyboard', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlightTexts()).length).toBeGreaterThan(1)
  const first = (await article.highlightTexts()).length
  await article.send({ type: 'page/navigate', direction: 'next' })
  const ui = new InPageUi(page)
  await expect.poll(() => ui.card()).not.toBeNull()
  // Card order: Close, More details, Not this claim.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await article.highlightTexts()).length).toBe(first - 1)
  await expect.poll(() => ui.liveText()).toMatch(/highlight removed/i)
})

test('“Wrong claim? Show others” offers the runner-up; picking it keeps the highlight under that claim', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(() => highlighted(article, AMBIGUOUS)).toBe(true)
  const claimOf = async (): Promise<string | undefined> => (await article.reported())?.find((match) => match.sentence.includes(AMBIGUOUS))?.claimId
  expect(await claimOf()).toBe('end-war-to-weaken-axis')
  const ui = await openCard(page, AMBIGUOUS)
  await clickInCard(ui, /wrong claim/i)
  await clickInCard(ui, /it restates: trump wants to bring russia closer/i)
  await expect.poll(claimOf).toBe('split-russia-china')
  await expect.poll(() => ui.liveText()).toMatch(/restates another claim/i)
  await page.reload()
  await article.waitForReport()
  await expect.poll(claimOf).toBe('split-russia-china')
})

test('the popup’s “Wrong claim? Show others” lists the runner-up; picking it moves the sentence under that claim', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.reported())?.some((match) => match.sentence.includes(AMBIGUOUS))).toBe(true)
  const claimOf = async (): Promise<string | undefined> => (await article.reported())?.find((match) => match.sentence.includes(AMBIGUOUS))?.claimId
  expect(await claimOf()).toBe('end-war-to-weaken-axis')
  const popup = await PopupPage.open(extension, article.tabId)
  await popup.answer(AMBIGUOUS, /wrong claim/i)
  const others = popup.sentence(AMBIGUOUS).locator('.others')
  await expect(popup.sentence(AMBIGUOUS).getByRole('button', { name: /wrong claim/i })).toHaveAttribute('aria-expanded', 'true')
  await others.getByRole('button', { name: /it restates: trump wants to bring russia closer/i }).click()
  await expect.poll(claimOf).toBe('split-russia-china')
  expect(await highlighted(article, AMBIGUOUS)).toBe(true)
  await popup.close()
})

test('the popup offers the same answers; options list them with claim, site and date, restore them, and export them in the evaluation format', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  // The popup lists what the page reported: wait for the report, not just the paint.
  await expect.poll(async () => (await article.reported())?.some((match) => match.sentence.includes(CALL))).toBe(true)
  const popup = await PopupPage.open(extension, article.tabId)
  await popup.answer(CALL, /^not this claim$/i)
  await expect.poll(() => highlighted(article, CALL)).toBe(false)
  await expect(popup.sentence(CALL)).toHaveCount(0)
  await popup.answer(TILT, /yes, this restates it/i)
  await expect(popup.sentence(TILT).getByRole('status')).toContainText(/noted/i)
  expect(await highlighted(article, TILT)).toBe(true)
  await popup.close()

  const options = await OptionsPage.open(extension)
  await expect(options.corrections()).toHaveCount(2)
  const dismissed = options.corrections().filter({ hasText: CALL })
  await expect(dismissed).toContainText('Not this claim')
  await expect(dismissed).toContainText(CALL_CLAIM)
  await expect(dismissed).toContainText('127.0.0.1')
  await expect(dismissed.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  expect((await new AxeBuilder({ page: options.page }).analyze()).violations).toEqual([])

  // Without confirmations: one sentence, labelled none. With them: the confirmed claim as its label.
  const plain = await options.exportCorrections(false)
  expect(plain.name).toMatch(/^counterpoint-corrections-\d{4}-\d\d-\d\d\.jsonl$/)
  expect(parseRows(plain.text).map((row) => [row.label, row.lang, row.url])).toEqual([['none', 'en', site.url('/article-en.html')]])
  const full = parseRows((await options.exportCorrections(true)).text)
  expect(full.map((row) => row.label).sort()).toEqual(['none', 'split-russia-china'])
  expect(full.find((row) => row.label === 'none')?.sentence).toContain(CALL)

  await options.restore(CALL)
  await expect(options.corrections()).toHaveCount(1)
  // The open page follows at once.
  await expect.poll(() => highlighted(article, CALL)).toBe(true)
  await options.restoreAll()
  await expect(options.corrections()).toHaveCount(0)
  await options.close()
})

test('corrections survive a browser restart with the same profile', async ({ site }) => {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-profile-'))
  try {
    let extension = await launchExtension({ profile })
    let article = await new ArticlePage(await extension.context.newPage(), extension).open(site.url('/article-en.html'))
    await expect.poll(() => highlighted(article, CALL)).toBe(true)
    await clickInCard(await openCard(article.page, CALL), /^not this claim$/i)
    await expect.poll(() => highlighted(article, CALL)).toBe(false)
    await extension.context.close()

    extension = await launchExtension({ profile })
    article = await new ArticlePage(await extension.context.newPage(), extension).open(site.url('/article-en.html'))
    await expect.poll(() => highlighted(article, TILT)).toBe(true)
    expect(await highlighted(article, CALL)).toBe(false)
    const options = await OptionsPage.open(extension)
    await expect(options.corrections()).toHaveCount(1)
    await extension.context.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
