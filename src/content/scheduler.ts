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

/**
 * Marks the start of each slice in a DevTools trace (and nowhere else: unlike performance.mark,
 * the page cannot observe it). Pages cannot see our tasks in their Long Tasks API either, so
 * the tests count long tasks from a trace, by this marker.
 */
export const SLICE_MARKER = 'counterpoint'

function markSlice(): void {
  console.timeStamp?.(SLICE_MARKER)
}

export class Slicer {
  private sliceStart = 0
  readonly stats: WorkStats = { busyMs: 0, longestSliceMs: 0, slices: 0 }

  begin(): void {
    markSlice()
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
    markSlice()
    this.sliceStart = performance.now()
  }

  end(): void {
    this.close()
  }

  /** Counts work done outside slices (start-up, painting, reporting) as the extension's own. */
  account(started: number): void {
    const duration = performance.now() - started
    this.stats.busyMs += duration
    if (duration > this.stats.longestSliceMs) this.stats.longestSliceMs = duration
  }
}
