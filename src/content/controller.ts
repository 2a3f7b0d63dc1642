/**
 * The content script's state: configuration from the background, the gate, the scanner and the
 * painted highlights. A page is first read cheaply and asked about (the gate); only a page whose
 * text can hold a claim is walked, observed in depth and painted. Matching happens in the
 * background; everything page-facing is wrapped so nothing throws into the page.
 */
import type { CardView } from '../core/claims/views.ts'
import { langFromTag } from '../core/text/language.ts'
import { api } from '../shared/extension-api.ts'
import { sendToBackground } from '../shared/messaging.ts'
import { claimKey, type BlockMatch, type ClaimRef, type ContentConfig, type ContentStats, type FoundMatch, type PageText, type Verdict } from '../shared/protocol.ts'
import { highlightName, Highlighter } from './highlighter.ts'
import { Interactions } from './interactions.ts'
import { readPageText } from './page-text.ts'
import { reportable, Scanner } from './scanner.ts'
import { Slicer } from './scheduler.ts'
import { ChangeWatcher } from './observer.ts'
import { HiddenParts } from './hidden-parts.ts'
import { UiHost } from './ui-host.ts'

/** A frame with less text than this holds no sentence worth asking about. */
const EMPTY_FRAME_CHARS = 20

/** A background that was stopped (a service worker ends when idle) answers once it has started again. */
async function ask<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200))
    return send()
  }
}

export class Controller {
  firstHighlightsAt: number | null = null
  rejectedMessages = 0
  errors = 0
  /** How often the page's text was put to the gate, and whether it passed. */
  gates = 0
  relevant = false
  readonly slicer = new Slicer()
  readonly ui = new UiHost()
  readonly highlighter = new Highlighter()
  readonly hiddenParts = new HiddenParts()
  readonly scanner = new Scanner(this.slicer, (element) => this.ui.contains(element), (element) => this.hiddenParts.add(element))
  /** In depth, once the page is relevant: every change is re-read, and hidden parts when they are shown. */
  readonly watcher = new ChangeWatcher((node) => this.ui.contains(node), (changed) => this.onChanges(changed), true, (changed) => this.hiddenParts.shownUnder(changed))
  /** Lightly, while it is not: only added content, and only put to the gate. */
  readonly gateWatcher = new ChangeWatcher((node) => this.ui.contains(node), (changed) => this.regate(changed), false)
  readonly interactions = new Interactions(this)
  private config: ContentConfig | null = null
  private readonly cards = new Map<string, Promise<CardView | null>>()
  private lastReport = ''
  private lastHref = location.href
  private queue: Promise<void> = Promise.resolve()
  private housekeeper: ReturnType<typeof setInterval> | null = null

  /**
   * `startedAt`: when the content script began to run, before its modules were evaluated.
   * `startUpFrom`: a clock reading such that the time from it to the end of this constructor is
   * the script's own start-up work (its evaluation, then building this), the wait for the page's
   * load event in between left out.
   */
  constructor(
    readonly startedAt: number,
    startUpFrom: number,
  ) {
    this.slicer.account(startUpFrom)
  }

  get active(): boolean {
    return this.config?.active ?? false
  }

  get style(): ContentConfig['style'] {
    return this.config?.style ?? 'marker'
  }

  /** The card's text, asked of the background once per claim. */
  card(packId: string, claimId: string): Promise<CardView | null> {
    const key = claimKey({ packId, claimId })
    let card = this.cards.get(key)
    if (!card) {
      card = sendToBackground({ type: 'content/card', packId, claimId }).catch(() => null)
      this.cards.set(key, card)
    }
    return card
  }

  /** Called once the page's load event is over (see main.ts). */
  async start(): Promise<void> {
    api.storage.onChanged.addListener((_changes, area) => {
      if (area === 'local') void this.guard(() => this.refreshConfig())
    })
    addEventListener('popstate', () => void this.guard(() => this.checkLocation()))
    addEventListener('hashchange', () => void this.guard(() => this.checkLocation()))
    // A frame with no text yet (an empty ad slot, say) waits for content without asking anything.
    if (window !== window.top && (document.body?.textContent?.trim().length ?? 0) < EMPTY_FRAME_CHARS) {
      this.gateWatcher.start()
      return
    }
    // The first ask of the gate also brings the configuration: a page with nothing to show costs one message.
    await this.gate('all', true)
  }

  /** Runs page-facing work so that no error ever reaches the page's console. */
  async guard(work: () => Promise<void> | void): Promise<void> {
    try {
      await work()
    } catch {
      // The page must keep working whatever happens here; the count shows up in stats (and tests).
      this.errors++
    }
  }

  private get lang(): 'en' | 'de' | undefined {
    return langFromTag(document.documentElement?.lang)
  }

  /** Settings, packs or sensitivity changed: what was found (or not) is asked again. */
  private async refreshConfig(): Promise<void> {
    const config = await ask(() => sendToBackground({ type: 'content/config', hostname: location.hostname }))
    const wasActive = this.active
    this.config = config
    if (!config.active) {
      this.relevant = false
      return this.stand()
    }
    if (this.relevant) return this.rescan('all')
    await this.gate('all', !wasActive)
  }

  /** Everything off: no observers, no listeners, no highlights. */
  private async stand(): Promise<void> {
    this.watcher.stop()
    this.gateWatcher.stop()
    this.interactions.detach()
    this.scanner.clear()
    this.highlighter.clear()
    await this.report()
  }

  /**
   * Asks the background whether the text under `roots` can hold a claim; the page is read
   * cheaply, in slices. A page that cannot is only watched lightly for new content. `first`: the
   * page's first ask, which also configures the content script (and, for a page with nothing to
   * show, stands for its report in the background).
   */
  private gate(changed: Element[] | 'all', first = false): Promise<void> {
    const run = async (): Promise<void> => {
      if ((!first && !this.active) || this.relevant) return
      const root = document.body ?? document.documentElement
      this.gates++
      const roots = changed === 'all' && root ? [root] : changed === 'all' ? [] : changed
      this.slicer.begin()
      let relevant = false
      let asked = false
      const askGate = async (blocks: string[]): Promise<void> => {
        this.slicer.end()
        const reply = await ask(() => sendToBackground({ type: 'content/gate', ...this.pageText(blocks), hostname: location.hostname, top: window === window.top, first: first && !asked }))
        this.slicer.begin()
        asked = true
        this.config = { active: reply.active, style: reply.style }
        relevant = reply.relevant
      }
      try {
        for (const blocks of readPageText(roots, (element) => this.ui.contains(element))) {
          if (blocks === null) {
            await this.slicer.checkpoint()
            continue
          }
          await askGate(blocks)
          if (relevant || !this.active) break
        }
        // A page with no text still asks once, to be configured and noted.
        if (first && !asked) await askGate([])
      } finally {
        this.slicer.end()
      }
      if (!this.active) return
      if (!relevant) {
        this.gateWatcher.start()
        return
      }
      this.relevant = true
      this.gateWatcher.stop()
      this.watcher.start()
      this.interactions.attach()
      this.housekeeper ??= setInterval(() => void this.guard(() => this.housekeeping()), 2000)
      await this.scanNow('all')
    }
    this.queue = this.queue.then(() => this.guard(run))
    return this.queue
  }

  private regate(changed: Element[] | 'all'): Promise<void> {
    this.lastHref = location.href
    return this.gate(changed)
  }

  private pageText(blocks: string[]): PageText {
    const lang = this.lang
    return { blocks, title: document.title.slice(0, 2000), ...(lang ? { lang } : {}) }
  }

  /** A changed page may also be a new page (pushState without a reload): then everything is rescanned. */
  private onChanges(changed: Element[] | 'all'): Promise<void> {
    if (location.href !== this.lastHref) {
      this.lastHref = location.href
      this.lastReport = ''
      return this.rescan('all')
    }
    return this.rescan(changed)
  }

  /** Scans the page or the changed blocks, one scan at a time. */
  rescan(changed: Element[] | 'all'): Promise<void> {
    this.queue = this.queue.then(() => this.guard(() => this.scanNow(changed)))
    return this.queue
  }

  private async scanNow(changed: Element[] | 'all'): Promise<void> {
    if (!this.active || !this.relevant) return
    const root = document.body ?? document.documentElement
    if (!root) return
    const roots = changed === 'all' ? [root] : changed
    if (changed === 'all') this.hiddenParts.clear()
    await this.scanner.scan(roots, {
      match: async (blocks): Promise<BlockMatch[]> => (await ask(() => sendToBackground({ type: 'content/match', ...this.pageText(blocks) }))).matches,
    })
    this.paint()
    await this.report()
  }

  paint(): void {
    const started = performance.now()
    this.highlighter.paint(this.scanner.matches.map((match) => ({ ranges: match.ranges, name: highlightName(this.style, match.status, match.theme) })))
    if (this.firstHighlightsAt === null && this.scanner.matches.length > 0) this.firstHighlightsAt = performance.now()
    this.slicer.account(started)
  }

  private async report(): Promise<void> {
    const started = performance.now()
    const matches: FoundMatch[] = this.scanner.matches.map(reportable)
    const key = JSON.stringify(matches)
    this.slicer.account(started)
    if (key === this.lastReport) return
    this.lastReport = key
    await sendToBackground({ type: 'content/results', hostname: location.hostname, top: window === window.top, matches })
  }

  /**
   * A reader's answer about a highlight, from its card or the popup. "Not this claim" removes the
   * highlight at once (and the badge follows); a claim picked instead arrives with the block's rescan.
   * The background remembers the answer, so every page carrying the sentence follows it.
   */
  async feedback(highlightId: string, verdict: Verdict, instead?: ClaimRef): Promise<boolean> {
    const match = this.scanner.byId(highlightId)
    if (!match) return false
    await sendToBackground({
      type: 'content/feedback',
      sentence: reportable(match).sentence,
      packId: match.packId,
      claimId: match.claimId,
      verdict,
      ...(instead ? { instead } : {}),
      hostname: location.hostname,
      url: location.href.slice(0, 2048),
      ...(this.lang ? { lang: this.lang } : {}),
    })
    if (verdict === 'confirmed') return true
    this.scanner.remove(highlightId)
    this.paint()
    await this.report()
    if (instead) await this.rescan([match.block])
    return true
  }

  /** Puts back highlights a page cleared, and notices URL changes that came without events (a walked page only). */
  private async housekeeping(): Promise<void> {
    if (document.visibilityState !== 'visible' || !this.relevant) return
    if (this.highlighter.tampered()) this.highlighter.sync()
    await this.checkLocation()
  }

  private async checkLocation(): Promise<void> {
    if (location.href === this.lastHref) return
    this.lastHref = location.href
    this.lastReport = ''
    if (this.relevant) await this.rescan('all')
    else await this.gate('all')
  }

  stats(): ContentStats {
    return {
      scans: this.scanner.scans,
      gates: this.gates,
      relevant: this.relevant,
      batches: this.scanner.batches,
      largestBatch: this.scanner.largestBatch,
      charactersRead: this.scanner.charactersRead,
      busyMs: this.slicer.stats.busyMs,
      longestSliceMs: this.slicer.stats.longestSliceMs,
      slices: this.slicer.stats.slices,
      startedAt: this.startedAt,
      firstHighlightsAt: this.firstHighlightsAt,
      highlights: this.scanner.matches.length,
      rejectedMessages: this.rejectedMessages,
      errors: this.errors,
    }
  }
}
