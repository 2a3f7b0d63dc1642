/**
 * The store listings' screenshots (store/screenshots/, 1280×800 as the Chrome Web Store asks),
 * taken from the real extension on the team's demo pages, in English and German.
 */
import { launchExtension, test, expect, welcomePage } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { openCard } from './pages/in-page-ui.ts'
import { PopupPage } from './pages/popup-page.ts'

const SIZE = { width: 1280, height: 800 }
const shot = (name: string): string => `store/screenshots/${name}.png`

test('store screenshots in English: a highlight with its card, and the popup beside the page', async ({ page, extension, site }) => {
  await page.setViewportSize(SIZE)
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await openCard(page, 'loosen the bond between Moscow and Beijing')
  await page.waitForTimeout(200)
  await page.screenshot({ path: shot('1-highlight-card-en') })
  await page.mouse.move(SIZE.width - 10, 10)

  const popup = await PopupPage.open(extension, article.tabId)
  await popup.page.setViewportSize({ width: 420, height: SIZE.height - 80 })
  await expect(popup.claims().first()).toBeVisible()
  const popupPng = (await popup.page.screenshot()).toString('base64')
  const pagePng = (await page.screenshot()).toString('base64')
  await popup.close()
  // The browser draws the popup under its toolbar button; the listing shows the two side by side.
  site.put(
    '/store-popup.html',
    `<!doctype html><html lang="en"><head><title>Counterpoint</title><style>body{margin:0;width:1280px;height:800px;background:#dfe3e8;position:relative;overflow:hidden}
.page{position:absolute;left:0;top:0;width:1280px;height:800px;object-fit:cover;object-position:left top;filter:brightness(.96)}
.popup{position:absolute;right:24px;top:24px;border-radius:10px;box-shadow:0 10px 40px #0005}</style></head>
<body><img class="page" alt="" src="data:image/png;base64,${pagePng}"><img class="popup" alt="" src="data:image/png;base64,${popupPng}"></body></html>`,
  )
  const composed = await extension.context.newPage()
  await composed.setViewportSize(SIZE)
  await composed.goto(site.url('/store-popup.html'))
  await composed.screenshot({ path: shot('2-popup-en') })
  await composed.close()
})

test('store screenshots: the first-run page, and a German page in a German browser', async ({ site }) => {
  const english = await launchExtension({ keepWelcome: true })
  try {
    const welcome = await welcomePage(english.context)
    await welcome.setViewportSize(SIZE)
    await welcome.screenshot({ path: shot('3-first-run-en') })
  } finally {
    await english.context.close()
  }
  const german = await launchExtension({ locale: 'de' })
  try {
    const page = await german.context.newPage()
    await page.setViewportSize(SIZE)
    await new ArticlePage(page, german).open(site.url('/article-de.html'))
    const first = (await new ArticlePage(page, german).highlightTexts())[0]
    if (!first) throw new Error('no highlight on the German demo page')
    await openCard(page, first.slice(0, 40))
    await page.waitForTimeout(200)
    await page.screenshot({ path: shot('4-highlight-card-de') })
  } finally {
    await german.context.close()
  }
})
