/** What the benchmark asks Chromium through the DevTools protocol: task time, heap use, a stopped service worker. */
import type { BrowserContext, CDPSession, Page } from '@playwright/test'

export async function session(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  return cdp
}

/** Main-thread task time of the page's renderer so far, in ms. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000
}

/** JS heap in use by the page's renderer after a garbage collection (main world and extension worlds share it), in bytes. */
export async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

/** Heap in use by the extension's service worker after a garbage collection, in bytes. */
export async function workerHeapBytes(cdp: CDPSession, urlPart: string): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets')
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(urlPart))
  if (!worker) return Number.NaN
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })
  let next = 0
  const call = (method: string): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const id = ++next
      const listener = (event: { sessionId: string; message: string }): void => {
        const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> }
        if (event.sessionId !== sessionId || message.id !== id) return
        cdp.off('Target.receivedMessageFromTarget', listener)
        resolve(message.result ?? {})
      }
      cdp.on('Target.receivedMessageFromTarget', listener)
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
    })
  await call('HeapProfiler.collectGarbage')
  const usage = await call('Runtime.getHeapUsage')
  await cdp.send('Target.detachFromTarget', { sessionId })
  return Number(usage.usedSize)
}

/** Stops every service worker of the browser: the next message starts the extension's background cold. */
export async function stopServiceWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable')
  await cdp.send('ServiceWorker.stopAllWorkers')
}
