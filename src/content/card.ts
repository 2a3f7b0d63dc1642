/**
 * The card shown when a highlight is hovered, focused or navigated to: the claim's status, one
 * line of the strongest counterpoint with who said it, and "More" for the full view. All text
 * is set with textContent, so pack content can never become markup.
 */
import { localise, quoteOpening, type CardView } from '../core/claims/views.ts'
import { t } from '../shared/i18n.ts'
import { feedbackRow, type FeedbackControls } from './card-feedback.ts'
import type { Theme } from './theme.ts'
import type { UiHost } from './ui-host.ts'

const MARGIN = 8
const GAP = 6

export interface CardTarget {
  view: CardView
  theme: Theme
  /** Where to place the card, in viewport coordinates. */
  anchor: DOMRect
  feedback?: FeedbackControls
}

export class Card {
  private element: HTMLElement | null = null
  private shownFor: CardView | null = null
  private returnFocus: Element | null = null

  constructor(
    private readonly host: UiHost,
    private readonly lang: 'en' | 'de',
    private readonly onMore: (claimId: string) => void,
  ) {}

  get isOpen(): boolean {
    return this.element?.hasAttribute('data-open') ?? false
  }

  get current(): CardView | null {
    return this.isOpen ? this.shownFor : null
  }

  contains(node: Node | null): boolean {
    return node !== null && this.element !== null && this.element.contains(node)
  }

  show(target: CardTarget, takeFocus: boolean): void {
    const root = this.host.root()
    this.element?.remove()
    const card = this.build(target)
    root.append(card)
    this.element = card
    this.shownFor = target.view
    this.place(card, target.anchor)
    card.setAttribute('data-open', '')
    if (takeFocus) {
      this.returnFocus = document.activeElement
      card.focus({ preventScroll: true })
    }
  }

  hide(): void {
    if (!this.element) return
    const hadFocus = this.element.matches(':focus-within')
    this.element.remove()
    this.element = null
    this.shownFor = null
    if (hadFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true })
    this.returnFocus = null
  }

  private build(target: CardTarget): HTMLElement {
    const { view, theme } = target
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
      const element = document.createElement(tag)
      element.className = className
      if (text !== undefined) element.textContent = text
      return element
    }
    const card = make('div', 'card')
    card.dataset.theme = theme
    card.setAttribute('role', 'dialog')
    card.setAttribute('aria-modal', 'false')
    card.tabIndex = -1
    const titleId = 'counterpoint-card-title'
    card.setAttribute('aria-labelledby', titleId)
    const status = make('p', 'status', t(`status_${view.status.replace('-', '_')}` as Parameters<typeof t>[0]))
    status.dataset.status = view.status
    const title = make('p', 'title', localise(view.claim, this.lang))
    title.id = titleId
    card.append(status, title, make('p', 'verdict', localise(view.verdict, this.lang)))
    if (view.counterpoint) {
      const counterpoint = make('p', 'counterpoint')
      counterpoint.append(
        make('span', 'who', `${view.counterpoint.name}, ${localise(view.counterpoint.role, this.lang)}`),
        document.createTextNode(`“${quoteOpening(localise(view.counterpoint.quote, this.lang))}”`),
      )
      card.append(counterpoint)
    }
    const actions = make('div', 'actions')
    const close = make('button', 'secondary', t('cardClose'))
    close.type = 'button'
    close.addEventListener('click', () => this.hide())
    const more = make('button', 'more', t('cardMore'))
    more.type = 'button'
    more.addEventListener('click', () => this.onMore(view.id))
    actions.append(close, more)
    card.append(actions)
    if (target.feedback) card.append(feedbackRow(make, target.feedback, this.lang))
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation()
        this.hide()
      }
    })
    return card
  }

  /** Below the anchor if it fits, else above; always inside the viewport. */
  private place(card: HTMLElement, anchor: DOMRect): void {
    const width = Math.min(360, window.innerWidth - 2 * MARGIN)
    card.style.width = `${width}px`
    const height = card.offsetHeight || 160
    const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - width - MARGIN))
    let top = anchor.bottom + GAP
    if (top + height > window.innerHeight - MARGIN) top = anchor.top - GAP - height
    top = Math.max(MARGIN, Math.min(top, window.innerHeight - height - MARGIN))
    card.style.left = `${Math.round(left)}px`
    card.style.top = `${Math.round(top)}px`
  }
}
