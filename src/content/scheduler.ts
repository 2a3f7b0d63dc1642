/**
 * Runs the content script's work in slices well under the 50 ms long-task line, yielding to
 * the page between slices, and keeps account of the extension's own busy time.
 */

/** A slice stops at its first checkpoint after this many milliseconds. */
export const SLICE_MS = 8

export interface WorkStats {
  busyMs: number
  longestSliceMs: number
  slices: number
}

type SchedulerWithYield = { yield?: () => Promise<void> }

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  // A message-channel task runs after pending input and rendering work, without setTimeout's clamping.
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

export class Slicer {
  private sliceStart = 0
  readonly stats: WorkStats = { busyMs: 0, longestSliceMs: 0, slices: 0 }

  begin(): void {
    this.sliceStart = performance.now()
  }

  private close(): void {
    const duration = performance.now() - this.sliceStart
    this.stats.busyMs += duration
    this.stats.slices += 1
    if (duration > this.stats.longestSliceMs) this.stats.longestSliceMs = duration
  }

  /** Ends the current slice and lets the page run if the slice has used its time. */
  async checkpoint(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return
    this.close()
    await yieldToPage()
    this.sliceStart = performance.now()
  }

  end(): void {
    this.close()
  }
}
