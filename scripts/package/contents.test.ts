import { describe, expect, it } from 'vitest'
import { releaseName, shippable } from './contents.ts'

describe('release contents', () => {
  it.each([
    ['assets/main.js', true],
    ['src/ui/popup/index.html', true],
    ['_locales/de/messages.json', true],
    ['assets/main.js.map', false],
    ['.vite/manifest.json', false],
    ['assets/.DS_Store', false],
    ['src/core/match/decide.test.js', false],
  ])('%s shipped to a store: %s', (path, expected) => {
    expect(shippable(path)).toBe(expected)
  })

  it('names files by browser and version', () => {
    expect(releaseName('firefox', '1.2.3')).toBe('counterpoint-firefox-1.2.3.zip')
  })
})
