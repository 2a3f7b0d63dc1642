import { describe, expect, it, vi } from 'vitest'

vi.mock('webextension-polyfill', () => ({ default: {} }))
const { shouldWelcome } = await import('./welcome.ts')

describe('the first-run page', () => {
  it.each([
    ['install', false, true],
    ['install', true, false],
    ['update', false, false],
    ['update', true, false],
    ['browser_update', false, false],
    ['shared_module_update', false, false],
  ])('reason %s, shown before: %s -> show: %s', (reason, before, expected) => {
    expect(shouldWelcome(reason, before)).toBe(expected)
  })
})
