/**
 * The only element Counterpoint adds to a page: a fixed, zero-size host with a closed shadow
 * root that holds the hover card and the screen-reader live region. Created lazily, styled
 * with a constructable stylesheet (page CSP and page CSS cannot reach it).
 */
import { CARD_CSS } from './card-styles.ts'

export class UiHost {
  private host: HTMLElement | null = null
  private shadow: ShadowRoot | null = null
  private live: HTMLElement | null = null

  get element(): HTMLElement | null {
    return this.host
  }

  contains(node: Node | null): boolean {
    return node !== null && this.host !== null && (node === this.host || this.host.contains(node))
  }

  root(): ShadowRoot {
    if (this.shadow && this.host?.isConnected) return this.shadow
    const host = document.createElement('div')
    for (const [property, value] of [
      ['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
      ['overflow', 'visible'], ['z-index', '2147483647'], ['display', 'block'],
    ] as const) host.style.setProperty(property, value, 'important')
    const shadow = host.attachShadow({ mode: 'closed' })
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CARD_CSS)
    shadow.adoptedStyleSheets = [sheet]
    const live = document.createElement('div')
    live.className = 'live'
    live.setAttribute('role', 'status')
    live.setAttribute('aria-live', 'polite')
    live.setAttribute('aria-atomic', 'true')
    shadow.append(live)
    document.documentElement.append(host)
    this.host = host
    this.shadow = shadow
    this.live = live
    return shadow
  }

  /** Speaks a message through the live region; the clear-then-set lets the same text be announced twice. */
  announce(message: string): void {
    this.root()
    const live = this.live as HTMLElement
    live.textContent = ''
    setTimeout(() => {
      live.textContent = message
    }, 50)
  }

  get liveText(): string {
    return this.live?.textContent ?? ''
  }

  remove(): void {
    this.host?.remove()
    this.host = null
    this.shadow = null
    this.live = null
  }
}
