/**
 * Debian's firefox-esr, headless, driven over WebDriver BiDi (Playwright cannot drive it): a
 * fresh profile, the built Firefox extension installed as a temporary add-on, and just the
 * commands the smoke test needs. Written by hand because no npm BiDi client is small and kept.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

/** Quiet, offline-friendly preferences: no first-run pages, updates, telemetry or background fetches. */
const PREFERENCES: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.region.network.url': '',
  'remote.prefs.recommended': true,
}

interface Pending {
  resolve: (value: Record<string, unknown>) => void
  reject: (error: Error) => void
}

export class FirefoxSession {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: Record<string, unknown>; error?: string; message?: string }
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id)
      if (!waiting || message.id === undefined) return
      this.pending.delete(message.id)
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`))
      else waiting.resolve(message.result ?? {})
    })
  }

  static async launch(): Promise<FirefoxSession> {
    const profile = mkdtempSync(join(tmpdir(), 'counterpoint-firefox-'))
    writeFileSync(join(profile, 'user.js'), Object.entries(PREFERENCES).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`).join('\n'))
    const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'pipe', 'pipe'] })
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`firefox did not start a WebDriver BiDi server:\n${output}`)), 60_000)
      const read = (chunk: Buffer): void => {
        output += chunk.toString()
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)
        if (found?.[1]) {
          clearTimeout(timer)
          resolve(found[1])
        }
      }
      child.stderr.on('data', read)
      child.stdout.on('data', read)
      child.once('exit', (code) => reject(new Error(`firefox exited (${code}):\n${output}`)))
    })
    const socket = new WebSocket(`${endpoint.replace(/\/$/, '')}/session`)
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    const session = new FirefoxSession(child, socket, profile)
    await session.send('session.new', { capabilities: {} })
    return session
  }

  send(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.socket.send(JSON.stringify({ id, method, params }))
    })
  }

  /** Installs an unpacked extension for this session only (a temporary add-on, so unsigned is fine). */
  async installExtension(path: string): Promise<string> {
    const result = await this.send('webExtension.install', { extensionData: { type: 'path', path } })
    return result.extension as string
  }

  async topContext(): Promise<string> {
    const tree = await this.send('browsingContext.getTree', {})
    const [first] = tree.contexts as Array<{ context: string }>
    if (!first) throw new Error('no browsing context')
    return first.context
  }

  async navigate(context: string, url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' })
  }

  /** Evaluates an expression in the page; its value crosses as JSON. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = await this.send('script.evaluate', { expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true, resultOwnership: 'none' })
    if (result.type === 'exception') throw new Error(`page threw: ${JSON.stringify(result.exceptionDetails)}`)
    const value = result.result as { type: string; value?: string }
    return (value.type === 'string' ? JSON.parse(value.value as string) : undefined) as T
  }

  /** A PNG of the viewport, or of a box of it (CSS pixels), base64. */
  async screenshot(context: string, box?: { x: number; y: number; width: number; height: number }): Promise<string> {
    const result = await this.send('browsingContext.captureScreenshot', { context, ...(box ? { clip: { type: 'box', ...box } } : {}) })
    return result.data as string
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => undefined)
    this.socket.close()
    this.process.kill()
    await new Promise((resolve) => this.process.once('exit', resolve))
    rmSync(this.profile, { recursive: true, force: true })
  }
}
