/** The options page, opened as a tab. */
import { readFileSync } from 'node:fs'
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

  /** The claim packs section's notice (the corrections section has its own). */
  notice(): Locator {
    return this.page.getByRole('region', { name: 'Claim packs' }).getByRole('status')
  }

  pack(name: string | RegExp): Locator {
    return this.page.locator('.packs li').filter({ hasText: name })
  }

  sites(): Locator {
    return this.page.locator('.sites li')
  }

  /** The reader's corrections, newest first. */
  corrections(): Locator {
    return this.page.locator('.feedback-items li')
  }

  async restore(sentence: string): Promise<void> {
    await this.corrections().filter({ hasText: sentence }).getByRole('button', { name: /^restore|^wiederherstellen/i }).click()
  }

  async restoreAll(): Promise<void> {
    await this.page.getByRole('button', { name: /restore all|alle wiederherstellen/i }).click()
  }

  /** Saves the corrections as a file and returns its text. */
  async exportCorrections(includeConfirmed: boolean): Promise<{ name: string; text: string }> {
    await this.page.getByRole('checkbox', { name: /include highlights i confirmed|bestätigte markierungen/i }).setChecked(includeConfirmed)
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: /save as a file|als datei speichern/i }).click()])
    const path = await download.path()
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
  }

  async close(): Promise<void> {
    await this.page.close()
  }
}
