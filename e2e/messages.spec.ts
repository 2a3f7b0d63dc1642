/**
 * Messages that do not follow the protocol: unknown types, missing or extra fields, wrong types,
 * oversized values, the wrong direction. Each is ignored and counted, never answered, and the
 * receiver keeps working.
 */
import { test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { PopupPage } from './pages/popup-page.ts'

const TO_BACKGROUND: unknown[] = [
  null,
  0,
  'ui/settings',
  [],
  {},
  { type: 'nope' },
  { type: '__proto__' },
  { type: 'constructor' },
  { type: 'ui/tab-view' },
  { type: 'ui/tab-view', tabId: '1' },
  { type: 'ui/tab-view', tabId: 1.5 },
  { type: 'ui/update-settings', sensitivity: 'max' },
  { type: 'ui/update-settings', enabled: true, extra: 1 },
  { type: 'ui/update-settings', disabledSites: ['x'.repeat(254)] },
  { type: 'ui/set-site-enabled', tabId: 1, enabled: 'yes' },
  { type: 'ui/remove-pack', packId: 'x'.repeat(201) },
  { type: 'ui/import-pack', fileName: 'pack.json' },
  { type: 'ui/settings', nested: { deep: { deeper: [1, 2, 3] } } },
  // Content-script messages from an extension page: the right shape from the wrong sender.
  { type: 'content/config', hostname: 'example.com' },
  { type: 'content/results', hostname: 'example.com', top: true, matches: [] },
  { type: 'content/card', packId: 'russia-china-2025', claimId: 'split-russia-china' },
]

const TO_CONTENT: unknown[] = [
  null,
  'page/stats',
  {},
  { type: 'page/explode' },
  { type: 'page/jump' },
  { type: 'page/jump', highlightId: 7 },
  { type: 'page/jump', highlightId: 'x'.repeat(41) },
  { type: 'page/navigate', direction: 'sideways' },
  { type: 'page/toggle', visible: false },
  { type: 'content/config', hostname: 'example.com' },
  { type: 'ui/settings' },
]

test('the background ignores and counts every malformed or misdirected message, answers none, and keeps working', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  const popup = await PopupPage.open(extension, article.tabId)
  const result = await popup.page.evaluate(async (messages) => {
    const send = (message: unknown): Promise<unknown> => chrome.runtime.sendMessage(message).catch(() => undefined)
    const before = ((await send({ type: 'ui/rejected-count' })) as { rejected: number }).rejected
    // A JSON payload with an own "__proto__" key, as a hostile sender would build it.
    const polluting = JSON.parse('{"type":"ui/settings","__proto__":{"polluted":true}}') as unknown
    const replies = await Promise.all([...messages, polluting].map(send))
    const after = ((await send({ type: 'ui/rejected-count' })) as { rejected: number }).rejected
    const answered = replies.flatMap((reply, index) => (reply === undefined ? [] : [JSON.stringify([...messages, polluting][index]).slice(0, 100)]))
    return { answered, counted: after - before }
  }, TO_BACKGROUND)
  expect(result.answered, 'messages that got an answer').toEqual([])
  expect(result.counted).toBe(TO_BACKGROUND.length + 1)
  expect(await extension.worker.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined()
  // Still working: the popup's own requests are answered.
  await popup.page.reload()
  await expect(popup.claims()).not.toHaveCount(0)
  await popup.page.close()
})

test('the content script ignores and counts every malformed message and keeps working', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const highlights = await article.highlights()
  const before = await article.stats()
  const replies = await extension.worker.evaluate(
    ({ tabId, messages }) => Promise.all(messages.map((message) => chrome.tabs.sendMessage(tabId, message).catch(() => undefined))),
    { tabId: article.tabId, messages: TO_CONTENT },
  )
  expect(replies.filter((reply) => reply !== undefined)).toEqual([])
  const after = await article.stats()
  expect(after.rejectedMessages - before.rejectedMessages).toBe(TO_CONTENT.length)
  expect(after.errors).toBe(0)
  expect(await article.highlights()).toEqual(highlights)
  expect(await article.send<{ ok: boolean }>({ type: 'page/navigate', direction: 'next' })).toEqual({ ok: true })
})

test('a web page cannot reach the extension: no messaging API, and window messages are not listened to', async ({ page, extension, site }) => {
  const article = await new ArticlePage(page, extension).open(site.url('/article-en.html'))
  await expect.poll(async () => (await article.highlights()).length).toBeGreaterThan(0)
  const highlights = await article.highlights()
  const before = await article.stats()
  const reachable = await page.evaluate((id) => {
    const chromeApi = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
    for (const message of [{ type: 'page/toggle' }, { type: 'page/jump', highlightId: 'h1' }, { type: 'content/results', matches: [] }]) {
      window.postMessage(message, '*')
      window.postMessage({ ...message, extensionId: id }, '*')
    }
    return typeof chromeApi?.runtime?.sendMessage
  }, extension.id)
  expect(reachable).toBe('undefined')
  await page.waitForTimeout(300)
  expect(await article.highlights()).toEqual(highlights)
  expect((await article.stats()).rejectedMessages).toBe(before.rejectedMessages)
})
