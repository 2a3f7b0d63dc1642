/** What a page itself could observe: its errors. */
import type { Page } from '@playwright/test'

export interface PageWatch {
  errors: string[]
}

/** Collects uncaught errors and console errors of a page (and its frames). */
export function watchErrors(page: Page): PageWatch {
  const watch: PageWatch = { errors: [] }
  page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`)
  })
  return watch
}
