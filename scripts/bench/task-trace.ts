/**
 * Long tasks caused by the extension, counted from a CDP trace of the page's renderer. The
 * page's own Long Tasks API does not report tasks of extension scripts, so the test looks from
 * outside: every top-level task over 50 ms, and whether the content script's slice marker (a
 * console.timeStamp, see src/content/scheduler.ts) or script from our extension is inside it.
 */
import { SLICE_MARKER } from '../../src/content/scheduler.ts'
import type { CDPSession, Page } from '@playwright/test'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: { data?: { url?: string; scriptName?: string; message?: string } }
}

export interface TaskCount {
  /** Top-level tasks over 50 ms in which our extension's script ran. */
  extension: number
  /** All top-level tasks over 50 ms on the page's main thread. */
  all: number
  /** Top-level tasks in which our extension's script ran, any length (shows the trace saw us). */
  extensionTasks: number
  /** The longest of those, in ms. */
  longestExtensionMs: number
  /** Time our extension's script ran on the page's main thread, in ms (calls within calls counted once). */
  extensionScriptMs: number
  /** The part of it before the page's load event: all a content script can add to the load time. */
  beforeLoadMs: number
}

export class TaskTrace {
  private session: CDPSession | null = null
  private readonly events: TraceEvent[] = []

  constructor(
    private readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async start(): Promise<void> {
    this.session = await this.page.context().newCDPSession(this.page)
    this.session.on('Tracing.dataCollected', (payload) => {
      this.events.push(...(payload.value as unknown as TraceEvent[]))
    })
    await this.session.send('Tracing.start', {
      categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel', 'v8.execute'].join(','),
      transferMode: 'ReportEvents',
    })
  }

  async stop(): Promise<TaskCount> {
    const session = this.session
    if (!session) throw new Error('trace not started')
    const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()))
    await session.send('Tracing.end')
    await done
    await session.detach()
    this.session = null
    const ours = (event: TraceEvent): boolean => {
      const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? ''
      return url.startsWith(`chrome-extension://${this.extensionId}/`)
    }
    const scripts = this.events.filter(
      (event) => (event.name === 'TimeStamp' && event.args?.data?.message === SLICE_MARKER) || (['FunctionCall', 'EvaluateScript'].includes(event.name) && ours(event)),
    )
    const tasks = this.events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined)
    const contains = (task: TraceEvent, inner: TraceEvent): boolean => inner.tid === task.tid && inner.pid === task.pid && inner.ts >= task.ts && inner.ts <= task.ts + (task.dur ?? 0)
    const withUs = tasks.filter((task) => scripts.some((script) => contains(task, script)))
    const long = (task: TraceEvent): boolean => (task.dur ?? 0) > 50_000
    const mainThreads = new Set(withUs.map((task) => `${task.pid}:${task.tid}`))
    const load = this.events.find((event) => event.name === 'MarkLoad')?.ts ?? Number.POSITIVE_INFINITY
    let scriptMs = 0
    let beforeLoadMs = 0
    let until = -1
    for (const event of scripts.filter((item) => item.name !== 'TimeStamp' && item.ph === 'X').sort((x, y) => x.ts - y.ts)) {
      const end = event.ts + (event.dur ?? 0)
      if (end <= until) continue
      const start = Math.max(event.ts, until)
      scriptMs += (end - start) / 1000
      if (start < load) beforeLoadMs += (Math.min(end, load) - start) / 1000
      until = end
    }
    return {
      extension: withUs.filter(long).length,
      all: tasks.filter((task) => mainThreads.has(`${task.pid}:${task.tid}`) && long(task)).length,
      extensionTasks: withUs.length,
      longestExtensionMs: Math.max(0, ...withUs.map((task) => (task.dur ?? 0) / 1000)),
      extensionScriptMs: scriptMs,
      beforeLoadMs,
    }
  }
}
