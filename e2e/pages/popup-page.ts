/** The toolbar popup, opened as a tab that names the page's tab (?tab=ID). */
import { expect, type Locator, type Page } from '@playwright/test'
import type { Extension } from '../fixtures.ts'

export class PopupPage {
  constructor(
    readonly page: Page,
    readonly extension: Extension,
  ) {}

  static async open(extension: Extension, tabId: number): Promise<PopupPage> {
    const page = await extension.context.newPage()
    await page.goto(`chrome-extension://${extension.id}/src/ui/popup/index.html?tab=${tabId}`)
    await expect(page.locator('body[data-ready="true"]')).toBeAttached()
    return new PopupPage(page, extension)
  }

  claims(): Locator {
    return this.page.locator('li.claim')
  }

  claim(text: string | RegExp): Locator {
    return this.claims().filter({ hasText: text })
  }

  emptyState(): Locator {
    return this.page.getByTestId('empty-state')
  }

  siteSwitch(): Locator {
    return this.page.getByRole('switch')
  }

  async expand(claim: Locator): Promise<void> {
    const details = claim.locator('details')
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await claim.locator('summary').click()
  }

  async jump(claim: Locator): Promise<void> {
    await this.expand(claim)
    await claim.getByRole('button', { name: /show in page|auf der seite zeigen/i }).first().click()
  }

  /** One sentence of the page under its claim, with its buttons. */
  sentence(text: string): Locator {
    return this.page.locator('.sentences li').filter({ hasText: text })
  }

  /** Answers for one sentence: "Not this claim", "Yes, this restates it" or "Wrong claim? Show others". */
  async answer(text: string, name: RegExp): Promise<void> {
    const claim = this.claims().filter({ has: this.page.locator('.sentences li', { hasText: text }) })
    await this.expand(claim)
    await this.sentence(text).getByRole('button', { name }).click()
  }

  async close(): Promise<void> {
    await this.page.close()
  }
}
