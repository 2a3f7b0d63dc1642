/**
 * What the built extension asks for and what it can do: one permission, no host permissions,
 * nothing exposed to pages, a strict CSP that the browser enforces on its pages, and no code
 * that could fetch anything (so no remote code and no telemetry), in both builds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, DIST, DIST_FIREFOX } from './fixtures.ts'

const BUILDS = [DIST, DIST_FIREFOX]

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

for (const build of BUILDS) {
  const name = build === DIST_FIREFOX ? 'Firefox' : 'Chromium'

  test(`${name} build: one permission, no host permissions, nothing exposed to pages`, () => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>
    expect(manifest.permissions).toEqual(['storage'])
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) expect(manifest[key], key).toBeUndefined()
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>
    expect(scripts.flatMap((script) => script.matches).sort()).toEqual(['file:///*', 'http://*/*', 'https://*/*'])
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  })

  test(`${name} build: no code that can reach the network or load code`, () => {
    const code = files(build).filter((file) => file.endsWith('.js') || file.endsWith('.html'))
    expect(code.length).toBeGreaterThan(3)
    for (const file of code) {
      const text = readFileSync(file, 'utf8')
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts(', 'eval(', '<script src="http', 'import("http', 'import(`http']) {
        expect(text.includes(api), `${api} in ${file}`).toBe(false)
      }
    }
  })
}

test('the extension pages enforce their CSP: no inline or string-built script, no network, no remote script', async ({ extension }) => {
  const page = await extension.context.newPage()
  await page.goto(`chrome-extension://${extension.id}/src/ui/options/index.html`)
  // The test's own page.evaluate is exempt from CSP (DevTools), so each attempt is made the way page code would.
  const outcome = await page.evaluate(async () => {
    const state = window as unknown as { inlineRan?: boolean; timerRan?: boolean }
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective))
    const inline = document.createElement('script')
    inline.textContent = 'window.inlineRan = true'
    document.head.append(inline)
    ;(setTimeout as unknown as (code: string, ms: number) => void)('window.timerRan = true', 0)
    const remote = document.createElement('script')
    const remoteOutcome = new Promise<string>((resolve) => {
      remote.onerror = () => resolve('blocked')
      remote.onload = () => resolve('loaded')
    })
    remote.src = 'http://127.0.0.1:9/remote.js'
    document.head.append(remote)
    const fetchOutcome = await fetch('http://127.0.0.1:9/').then(
      () => 'allowed',
      (error: Error) => error.name,
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    return { inline: state.inlineRan ?? false, timer: state.timerRan ?? false, remote: await remoteOutcome, fetch: fetchOutcome, violations: [...new Set(violations)].sort() }
  })
  expect(outcome).toEqual({ inline: false, timer: false, remote: 'blocked', fetch: 'TypeError', violations: ['connect-src', 'script-src', 'script-src-elem'] })
  await page.close()
})
