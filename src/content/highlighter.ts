/**
 * Paints matches with the CSS Custom Highlight API: no element is added to or changed in the
 * page. One Highlight per status, style and theme, so the manifest's stylesheet can colour
 * each; names start with "counterpoint" so they never collide with a page's own.
 */
import type { Status } from '../core/index.ts'
import type { HighlightStyle } from '../shared/protocol.ts'
import type { Theme } from './theme.ts'

export const FOCUS_HIGHLIGHT = 'counterpoint-focus'

export function highlightName(style: HighlightStyle, status: Status, theme: Theme): string {
  return `counterpoint-${style}-${status}-${theme}`
}

export interface Paintable {
  ranges: Range[]
  name: string
}

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null
}

export class Highlighter {
  private readonly highlights = new Map<string, Highlight>()
  private focusRanges: Range[] = []
  private visible = true

  get supported(): boolean {
    return registry() !== null
  }

  /** Replaces everything painted with `items`. */
  paint(items: Iterable<Paintable>): void {
    for (const highlight of this.highlights.values()) highlight.clear()
    for (const item of items) {
      let highlight = this.highlights.get(item.name)
      if (!highlight) {
        highlight = new Highlight()
        this.highlights.set(item.name, highlight)
      }
      for (const range of item.ranges) highlight.add(range)
    }
    this.sync()
  }

  focus(ranges: Range[]): void {
    this.focusRanges = ranges
    this.sync()
  }

  setVisible(visible: boolean): void {
    this.visible = visible
    this.sync()
  }

  get isVisible(): boolean {
    return this.visible
  }

  /**
   * Puts our highlights (back) into the registry. The registry is shared with the page, which
   * may clear it or overwrite our names; this restores them without disturbing the page's own.
   */
  sync(): void {
    const css = registry()
    if (!css) return
    for (const [name, highlight] of this.highlights) {
      const wanted = this.visible && highlight.size > 0
      if (wanted && css.get(name) !== highlight) css.set(name, highlight)
      if (!wanted && css.has(name)) css.delete(name)
    }
    const [focused] = this.focusRanges
    if (this.visible && focused) {
      const current = css.get(FOCUS_HIGHLIGHT)
      if (!current || !current.has(focused)) {
        const focus = new Highlight(...this.focusRanges)
        focus.priority = 1
        css.set(FOCUS_HIGHLIGHT, focus)
      }
    } else if (css.has(FOCUS_HIGHLIGHT)) css.delete(FOCUS_HIGHLIGHT)
  }

  /** True when the page removed or replaced any of our highlights since the last sync. */
  tampered(): boolean {
    const css = registry()
    if (!css || !this.visible) return false
    for (const [name, highlight] of this.highlights) if (highlight.size > 0 && css.get(name) !== highlight) return true
    return false
  }

  clear(): void {
    this.focusRanges = []
    this.paint([])
  }
}
