/**
 * The content script's state: configuration from the background, the matcher packs, the
 * scanner and the painted highlights. It reports what it found and answers the popup's and
 * the background's messages; everything page-facing is wrapped so nothing throws into the page.
 */
import browser from 'webextension-polyfill'
import { compiled as bundledCompiled } from 'counterpoint:bundled-pack'
import { preparePack, type MatcherPack } from '../core/match/matcher.ts'
import type { CardView } from '../core/claims/views.ts'
import type { Status } from '../core/claims/schema.ts'
import { langFromTag } from '../core/text/language.ts'
import { PROFILES } from '../core/match/sensitivity.ts'
import { sendToBackground } from '../shared/messaging.ts'
import type { ContentConfig, ContentStats, FoundMatch } from '../shared/protocol.ts'
import { highlightName, Highlighter } from './highlighter.ts'
import { Interactions } from './interactions.ts'
import { reportable, Scanner } from './scanner.ts'
import { Slicer } from './scheduler.ts'
import { ChangeWatcher } from './observer.ts'
import { UiHost } from './ui-host.ts'

let bundledPack: MatcherPack | null = null
/** Prepared on first use, after the page's load event, rather than while the page is loading. */
function bundled(): MatcherPack {
  return (bundledPack ??= preparePack(bundledCompiled))
}

/** Stays out of the page's critical path: a page still loading is read once its load event is over. */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve()
  return new Promise((resolve) => addEventListener('load', () => setTimeout(resolve, 0), { once: true }))
}

export class Controller {
  firstHighlightsAt: number | null = null
  rejectedMessages = 0
  errors = 0
  readonly slicer = new Slicer()
  readonly ui = new UiHost()
  readonly highlighter = new Highlighter()
  readonly scanner = new Scanner(this.slicer, (element) => this.ui.contains(element))
  readonly watcher = new ChangeWatcher((node) => this.ui.contains(node), (changed) => this.onChanges(changed))
  readonly interactions = new Interactions(this)
  private config: ContentConfig | null = null
  private packs: MatcherPack[] = []
  private statuses = new Map<string, Status>()
  private readonly cards = new Map<string, Promise<CardView | null>>()
  private lastReport = ''
  private lastHref = location.href
  private queue: Promise<void> = Promise.resolve()

  /** `startedAt`: when the content script began to run, before its modules were evaluated. */
  constructor(readonly startedAt: number) {
    this.slicer.account(startedAt)
  }

  get active(): boolean {
    return this.config?.active ?? false
  }

  get style(): ContentConfig['style'] {
    return this.config?.style ?? 'marker'
  }

  /** The card's text, asked of the background once per claim. */
  card(packId: string, claimId: string): Promise<CardView | null> {
    const key = `${packId}\u0000${claimId}`
    let card = this.cards.get(key)
    if (!card) {
      card = sendToBackground({ type: 'content/card', packId, claimId }).catch(() => null)
      this.cards.set(key, card)
    }
    return card
  }

  async start(): Promise<void> {
    await pageLoaded()
    await this.refreshConfig()
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'local') void this.guard(() => this.refreshConfig())
    })
    setInterval(() => void this.guard(() => this.housekeeping()), 2000)
    addEventListener('popstate', () => void this.guard(() => this.checkLocation()))
    addEventListener('hashchange', () => void this.guard(() => this.checkLocation()))
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

  private async refreshConfig(): Promise<void> {
    const config = await sendToBackground({ type: 'content/config', hostname: location.hostname })
    const started = performance.now()
    const previous = JSON.stringify(this.config)
    this.config = config
    if (JSON.stringify(config) === previous) return this.slicer.account(started)
    this.packs = [...(config.bundledEnabled ? [bundled()] : []), ...config.packs.map(preparePack)]
    this.statuses = new Map(this.packs.flatMap((pack) => pack.compiled.claims.map((claim): [string, Status] => [`${pack.compiled.packId}\u0000${claim.id}`, claim.status])))
    this.cards.clear()
    this.slicer.account(started)
    if (config.active) {
      this.watcher.start()
      this.interactions.attach()
      await this.rescan('all')
    } else {
      this.watcher.stop()
      this.interactions.detach()
      this.scanner.clear()
      this.highlighter.clear()
      await this.report()
    }
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

  private statusOf = (packId: string, claimId: string): Status => this.statuses.get(`${packId}\u0000${claimId}`) ?? 'needs-context'

  /** Scans the page or the changed blocks, one scan at a time. */
  rescan(changed: Element[] | 'all'): Promise<void> {
    const run = async (): Promise<void> => {
      if (!this.active) return
      const root = document.body ?? document.documentElement
      if (!root) return
      const roots = changed === 'all' ? [root] : changed
      const lang = langFromTag(document.documentElement?.lang) ?? 'en'
      await this.scanner.scan(roots, { packs: this.packs, profile: this.config?.profile ?? PROFILES.balanced, lang, statusOf: this.statusOf })
      this.paint()
      await this.report()
    }
    this.queue = this.queue.then(() => this.guard(run))
    return this.queue
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

  /** Puts back highlights a page cleared, and notices URL changes that came without events. */
  private async housekeeping(): Promise<void> {
    if (document.visibilityState !== 'visible') return
    if (this.highlighter.tampered()) this.highlighter.sync()
    await this.checkLocation()
  }

  private async checkLocation(): Promise<void> {
    if (location.href === this.lastHref) return
    this.lastHref = location.href
    this.lastReport = ''
    await this.rescan('all')
  }

  stats(): ContentStats {
    return {
      scans: this.scanner.scans,
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
