/** Size budgets of the built extension (sizes are deterministic; timings are left to npm run bench). */
import { test, expect, DIST } from './fixtures.ts'
import { bundleSizes } from '../scripts/bench/sizes.ts'

test('the content script stays within 15 kB gzip', () => {
  const sizes = bundleSizes(DIST)
  expect(sizes.contentScript.gzip).toBeLessThanOrEqual(15_000)
  // No UI framework in the content script: the card is plain DOM.
  expect(sizes.contentScript.raw).toBeLessThan(sizes.popup.raw)
})
