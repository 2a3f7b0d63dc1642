/**
 * How a reader reaches the highlights: hovering or focusing one shows its card, the keyboard
 * commands move between them (announced through the live region, with the sentence selected
 * so assistive technology reads exactly the flagged words) or hide them all.
 */
import { localise, type CardView } from '../core/claims/views.ts'
import { t, uiLanguage, type MessageKey } from '../shared/i18n.ts'
import { api, onMessage, type Sender } from '../shared/extension-api.ts'
import { sendToBackground } from '../shared/messaging.ts'
import { toContent, validate, type ClaimRef, type ContentStats, type Reply, type ToContent, type Verdict } from '../shared/protocol.ts'
import { Card } from './card.ts'
import type { Highlighter } from './highlighter.ts'
import { matchAtPoint, matchForElement } from './hit-test.ts'
import type { PageMatch, Scanner } from './scanner.ts'
import type { UiHost } from './ui-host.ts'

/** What the interactions need of the content script's state (the controller provides it). */
export interface InteractionHost {
  readonly ui: UiHost
  readonly highlighter: Highlighter
  readonly scanner: Scanner
  rejectedMessages: number
  errors: number
  guard(work: () => Promise<void> | void): Promise<void>
  card(packId: string, claimId: string): Promise<CardView | null>
  feedback(highlightId: string, verdict: Verdict, instead?: ClaimRef): Promise<boolean>
  stats(): ContentStats
}

const HOVER_DELAY_MS = 150
const HIDE_DELAY_MS = 300

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

export class Interactions {
  /** The card and the language it speaks, made when first needed: most pages never show one. */
  private cardUi: Card | null = null
  private attached = false
  private cursor = -1
  private pointer: { x: number; y: number } | null = null
  private frame = 0
  private hoverTimer: ReturnType<typeof setTimeout> | null = null
  private hideTimer: ReturnType<typeof setTimeout> | null = null
  private hovered: PageMatch | null = null

  constructor(private readonly controller: InteractionHost) {
    onMessage((message, sender) => this.receive(message, sender))
  }

  private card(): Card {
    return (this.cardUi ??= new Card(this.controller.ui, uiLanguage(), (claimId) => void this.controller.guard(() => this.more(claimId))))
  }

  attach(): void {
    if (this.attached) return
    this.attached = true
    addEventListener('mousemove', this.onMouseMove, { passive: true, capture: true })
    addEventListener('focusin', this.onFocusIn, { capture: true })
    addEventListener('keydown', this.onKeyDown, { capture: true })
    addEventListener('scroll', this.onScroll, { passive: true, capture: true })
  }

  detach(): void {
    if (!this.attached) return
    this.attached = false
    removeEventListener('mousemove', this.onMouseMove, { capture: true })
    removeEventListener('focusin', this.onFocusIn, { capture: true })
    removeEventListener('keydown', this.onKeyDown, { capture: true })
    removeEventListener('scroll', this.onScroll, { capture: true })
    this.cardUi?.hide()
  }

  private readonly onMouseMove = (event: MouseEvent): void => {
    this.pointer = { x: event.clientX, y: event.clientY }
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      void this.controller.guard(() => this.hoverCheck())
    })
  }

  private hoverCheck(): void {
    const pointer = this.pointer
    if (!pointer || !this.controller.highlighter.isVisible) return
    const target = document.elementFromPoint(pointer.x, pointer.y)
    if (this.controller.ui.contains(target)) {
      this.cancelHide()
      return
    }
    const hit = matchAtPoint(this.controller.scanner.matches, pointer.x, pointer.y)
    if (hit && hit.match === this.hovered) {
      this.cancelHide()
      return
    }
    if (this.hoverTimer) clearTimeout(this.hoverTimer)
    this.hoverTimer = null
    if (!hit) {
      this.hovered = null
      if (this.cardUi?.isOpen && !this.hideTimer) this.hideTimer = setTimeout(() => this.cardUi?.hide(), HIDE_DELAY_MS)
      return
    }
    this.hovered = hit.match
    // Anchored to the whole sentence, so the card never covers the rest of what is being read.
    this.hoverTimer = setTimeout(() => void this.controller.guard(() => this.showCard(hit.match, hit.rect, false)), HOVER_DELAY_MS)
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer)
    this.hideTimer = null
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    void this.controller.guard(async () => {
      const target = event.target
      if (!(target instanceof Element) || this.controller.ui.contains(target) || !this.controller.highlighter.isVisible) return
      const match = matchForElement(this.controller.scanner.matches, target)
      if (match) await this.showCard(match, target.getBoundingClientRect(), false)
      else if (this.cardUi?.isOpen) this.cardUi?.hide()
    })
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.cardUi?.isOpen) this.cardUi?.hide()
  }

  private readonly onScroll = (): void => {
    if (this.cardUi?.isOpen && !this.cardUi?.contains(document.activeElement)) this.cardUi?.hide()
  }

  private async showCard(match: PageMatch, anchor: DOMRect, takeFocus: boolean): Promise<void> {
    const view = await this.controller.card(match.packId, match.claimId)
    if (!view) return
    this.cancelHide()
    const feedback = {
      alternatives: match.alternatives,
      claimFor: (ref: ClaimRef) => this.controller.card(ref.packId, ref.claimId),
      answer: (verdict: Verdict, instead?: ClaimRef) => this.controller.guard(async () => void (await this.answer(match.highlightId, verdict, instead))),
    }
    this.card().show({ view, theme: match.theme, anchor, feedback }, takeFocus)
  }

  /** A reader's answer, from the card or the popup; said through the live region either way. */
  async answer(highlightId: string, verdict: Verdict, instead?: ClaimRef): Promise<boolean> {
    const ok = await this.controller.feedback(highlightId, verdict, instead)
    if (!ok) return false
    if (verdict === 'dismissed') {
      if (this.hovered?.highlightId === highlightId) this.hovered = null
      this.cardUi?.hide()
    }
    this.controller.ui.announce(t(verdict === 'confirmed' ? 'announceConfirmed' : instead ? 'announceReassigned' : 'announceDismissed'))
    return true
  }

  private async more(claimId: string): Promise<void> {
    await sendToBackground({ type: 'content/open-details', claimId })
  }

  /** Brings a match into view, marks it, selects its words and shows its card. */
  private reveal(match: PageMatch, takeFocus: boolean): void {
    const first = match.ranges[0] as Range
    const last = match.ranges[match.ranges.length - 1] as Range
    first.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' })
    this.controller.highlighter.focus(match.ranges)
    try {
      // The flagged words, first to last, for the reader and for screen readers' selection reading.
      getSelection()?.setBaseAndExtent(first.startContainer, first.startOffset, last.endContainer, last.endOffset)
    } catch {
      // Ranges inside shadow trees cannot always be selected; the announcement still names the sentence.
    }
    // Let a smooth scroll settle before measuring where the card goes.
    setTimeout(() => void this.controller.guard(() => this.showCard(match, first.getBoundingClientRect(), takeFocus)), reducedMotion() ? 0 : 350)
  }

  private async describe(match: PageMatch, index: number, total: number): Promise<string> {
    const view = await this.controller.card(match.packId, match.claimId)
    const status = t(`status_${match.status.replace('-', '_')}` as MessageKey)
    const claim = view ? localise(view.claim, uiLanguage()) : ''
    return t('announceClaim', [String(index + 1), String(total), status, claim, match.sentence])
  }

  async navigate(direction: 'next' | 'previous'): Promise<boolean> {
    const matches = this.controller.scanner.matches
    if (matches.length === 0) {
      this.controller.ui.announce(t('announceNone'))
      return false
    }
    if (!this.controller.highlighter.isVisible) this.controller.highlighter.setVisible(true)
    const step = direction === 'next' ? 1 : -1
    this.cursor = this.cursor < 0 && step < 0 ? matches.length - 1 : (this.cursor + step + matches.length) % matches.length
    const match = matches[this.cursor] as PageMatch
    this.reveal(match, true)
    this.controller.ui.announce(await this.describe(match, this.cursor, matches.length))
    return true
  }

  jump(highlightId: string): boolean {
    const index = this.controller.scanner.matches.findIndex((match) => match.highlightId === highlightId)
    const match = this.controller.scanner.matches[index]
    if (!match) return false
    this.cursor = index
    if (!this.controller.highlighter.isVisible) this.controller.highlighter.setVisible(true)
    this.reveal(match, false)
    return true
  }

  toggle(): boolean {
    const visible = !this.controller.highlighter.isVisible
    this.controller.highlighter.setVisible(visible)
    if (!visible) this.cardUi?.hide()
    this.controller.ui.announce(t(visible ? 'announceShown' : 'announceHidden', [String(this.controller.scanner.matches.length)]))
    return visible
  }

  /** Messages from our background or popup only; anything else is counted and ignored. */
  private receive(message: unknown, sender: Sender): Promise<unknown> | undefined {
    const valid = sender.id === api.runtime.id && sender.tab === undefined ? validate<ToContent>(toContent, message) : null
    if (!valid) {
      this.controller.rejectedMessages++
      return undefined
    }
    const reply = <K extends keyof ToContent>(value: Reply<ToContent, K>): Promise<Reply<ToContent, K>> => Promise.resolve(value)
    switch (valid.type) {
      case 'page/jump':
        return reply<'page/jump'>({ ok: this.safe(() => this.jump(valid.highlightId)) })
      case 'page/navigate':
        return this.navigate(valid.direction)
          .catch(() => false)
          .then((ok) => ({ ok }))
      case 'page/toggle':
        return reply<'page/toggle'>({ visible: this.safe(() => this.toggle()) })
      case 'page/stats':
        return reply<'page/stats'>(this.controller.stats())
      case 'page/feedback':
        return this.answer(valid.highlightId, valid.verdict, valid.instead)
          .catch(() => false)
          .then((ok) => ({ ok }))
    }
  }

  private safe(work: () => boolean): boolean {
    try {
      return work()
    } catch {
      this.controller.errors++
      return false
    }
  }
}
