/** The options page, opened as a tab. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { Extension } from '../fixtures.ts'

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(extension: Extension): Promise<OptionsPage> {
    const page = await extension.context.newPage()
    await page.goto(`chrome-extension://${extension.id}/src/ui/options/index.html`)
    await expect(page.locator('body[data-ready="true"]')).toBeAttached()
    return new OptionsPage(page)
  }

  highlightsSwitch(): Locator {
    return this.page.getByRole('switch', { name: /highlight claims on pages|behauptungen auf seiten markieren/i })
  }

  async sensitivity(label: RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check()
  }

  async style(label: RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check()
  }

  async importFile(path: string): Promise<void> {
    await this.page.locator('#import-file').setInputFiles(path)
  }

  notice(): Locator {
    return this.page.getByRole('status')
  }

  pack(name: string | RegExp): Locator {
    return this.page.locator('.packs li').filter({ hasText: name })
  }

  sites(): Locator {
    return this.page.locator('.sites li')
  }

  async close(): Promise<void> {
    await this.page.close()
  }
}
