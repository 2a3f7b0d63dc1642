/**
 * Watches the page for text that arrives or changes later (lazy paragraphs, infinite scroll,
 * single-page navigation) and hands over only the changed blocks. A page that never stops
 * changing (a live ticker) is throttled: flushes are debounced, capped by a maximum wait, and
 * spaced further apart the longer the churn goes on, so the extension's work stays bounded.
 */
import { blockElementOf } from './text-walker.ts'

export const QUIET_MS = 300
export const MAX_WAIT_MS = 1000
const MAX_INTERVAL_MS = 8000
const CALM_AFTER_MS = 5000
/** Beyond this many changed blocks a full rescan is cheaper than tracking them. */
const MAX_DIRTY = 400

export type FlushHandler = (changed: Element[] | 'all') => Promise<void>

/** Attributes whose change may show text that was there all along, anywhere on the page. */
const REVEALING_ATTRIBUTES = ['hidden', 'open']
/** Attributes on <html> and <body> by which a page hides or shows all of itself. */
const PAGE_HIDING_ATTRIBUTES = ['class', 'style']

/** Whether the page's body is rendered and visible (innerText, which the gate reads, is empty otherwise). */
function pageShown(): boolean {
  const body = document.body
  if (!body) return false
  return typeof body.checkVisibility === 'function' ? body.checkVisibility({ visibilityProperty: true }) : true
}

export class ChangeWatcher {
  private observer: MutationObserver | null = null
  private dirty = new Set<Element>()
  private overflow = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private firstPendingAt = 0
  private lastFlushAt = 0
  private interval = 0
  private running: Promise<void> | null = null
  /** Whether the page was shown at the last look (a change to shown is what counts). */
  private pageWasShown = true
  flushes = 0

  /**
   * `edits`: also watch text edited in place. Off while a page is only waiting to be re-gated:
   * new content arrives as added nodes, and text typed into a ticker is not worth a look.
   * `shownUnder`: the parts of the page, passed over as hidden, that a class or style change on an
   * element has shown (a "read more" that switches a class). Without it, such changes are not watched.
   */
  constructor(
    private readonly isOwnUi: (node: Node) => boolean,
    private readonly onFlush: FlushHandler,
    private readonly edits = true,
    private readonly shownUnder?: (changed: Element) => Element[],
  ) {}

  get watching(): boolean {
    return this.observer !== null
  }

  start(): void {
    if (this.observer || typeof MutationObserver !== 'function') return
    this.observer = new MutationObserver((records) => this.collect(records))
    // Text can also arrive by being shown: a "read more" that drops `hidden`, a <details> opened.
    const attributeFilter = this.shownUnder ? [...REVEALING_ATTRIBUTES, ...PAGE_HIDING_ATTRIBUTES] : REVEALING_ATTRIBUTES
    this.observer.observe(document, { childList: true, subtree: true, characterData: this.edits, attributeFilter })
    // A page that hides itself until its scripts have run shows itself by a class or style on <html> or <body>.
    this.pageWasShown = pageShown()
    for (const root of [document.documentElement, document.body]) if (root) this.observer.observe(root, { attributeFilter: PAGE_HIDING_ATTRIBUTES })
  }

  stop(): void {
    this.observer?.disconnect()
    this.observer = null
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.dirty.clear()
  }

  private collect(records: MutationRecord[]): void {
    let relevant = false
    for (const record of records) {
      if (this.isOwnUi(record.target)) continue
      if (record.type === 'attributes' && PAGE_HIDING_ATTRIBUTES.includes(record.attributeName ?? '')) {
        // Class and style change all the time (on scroll, in carousels); only the page coming into
        // view is worth a look, then at all of it, or a part passed over as hidden being shown.
        const target = record.target as Element
        if (target === document.documentElement || target === document.body) {
          const shown = pageShown()
          if (shown && !this.pageWasShown) {
            this.overflow = true
            relevant = true
          }
          this.pageWasShown = shown
        }
        for (const part of this.shownUnder?.(target) ?? []) {
          relevant = true
          const block = blockElementOf(part)
          if (block && !this.overflow) this.dirty.add(block)
        }
        continue
      }
      relevant = true
      if (this.overflow) continue
      const block = blockElementOf(record.target)
      if (block) this.dirty.add(block)
      if (this.dirty.size > MAX_DIRTY) this.overflow = true
    }
    if (relevant) this.schedule()
  }

  private schedule(): void {
    const now = performance.now()
    if (!this.timer) this.firstPendingAt = now
    if (now - this.lastFlushAt > CALM_AFTER_MS) this.interval = 0
    const debounced = now + QUIET_MS
    const capped = this.firstPendingAt + MAX_WAIT_MS
    const spaced = this.lastFlushAt + this.interval
    const at = Math.max(Math.min(debounced, capped), spaced)
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), Math.max(0, at - now))
  }

  private async flush(): Promise<void> {
    this.timer = null
    if (this.running) {
      // One flush at a time; what changed meanwhile is picked up right after.
      await this.running
      if (this.dirty.size > 0 || this.overflow) this.schedule()
      return
    }
    const now = performance.now()
    // Churn that keeps the debounce from ever settling doubles the spacing, up to a ceiling.
    this.interval = now - this.lastFlushAt < MAX_WAIT_MS * 2 ? Math.min(MAX_INTERVAL_MS, Math.max(MAX_WAIT_MS, this.interval * 2)) : 0
    this.lastFlushAt = now
    const changed: Element[] | 'all' = this.overflow ? 'all' : outermost([...this.dirty])
    this.dirty.clear()
    this.overflow = false
    this.flushes++
    this.running = this.onFlush(changed).finally(() => {
      this.running = null
    })
    await this.running
  }
}

/** Drops elements contained in another element of the list. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((element) => element.isConnected && !elements.some((other) => other !== element && other.contains(element)))
}
