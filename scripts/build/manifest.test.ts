import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GECKO_ID, manifestFor } from './manifest.ts'

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>

describe('the manifest for each browser', () => {
  it.each(['chrome', 'firefox'] as const)('%s: carries the version it is given (package.json at build time)', (browser) => {
    expect(source.version).toBeUndefined()
    expect(manifestFor(source, browser, '1.2.3').version).toBe('1.2.3')
  })

  it('chrome: a service worker and no Gecko settings', () => {
    const manifest = manifestFor(source, 'chrome', '1.0.0')
    expect(manifest.background).toEqual({ service_worker: 'src/background/main.ts', type: 'module' })
    expect(manifest.browser_specific_settings).toBeUndefined()
  })

  it('firefox: background scripts, a Gecko id, no data collected, nothing Chrome-only', () => {
    const manifest = manifestFor(source, 'firefox', '1.0.0') as Record<string, never>
    expect(manifest.background).toEqual({ scripts: ['src/background/main.ts'], type: 'module' })
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } })
    expect(manifest.minimum_chrome_version).toBeUndefined()
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('match_origin_as_fallback')
  })
})
