/**
 * The parts of the page the walks passed over because they were not rendered (a "read more" kept
 * under display:none, a collapsed section), so that a class or style change that shows one later
 * leads to reading it. Bounded: a page with more hidden parts than this is only partly followed.
 */
import { isHidden } from './text-walker.ts'

const MAX_HIDDEN_PARTS = 200

export class HiddenParts {
  private readonly parts = new Set<Element>()

  add(element: Element): void {
    if (this.parts.size < MAX_HIDDEN_PARTS) this.parts.add(element)
  }

  /** The parts at or under `changed` that are rendered now; they are forgotten (a walk that passes them over again adds them back). */
  shownUnder(changed: Element): Element[] {
    if (this.parts.size === 0) return []
    const shown: Element[] = []
    for (const part of this.parts) {
      if (!part.isConnected) this.parts.delete(part)
      else if ((part === changed || changed.contains(part)) && !isHidden(part)) {
        shown.push(part)
        this.parts.delete(part)
      }
    }
    return shown
  }

  clear(): void {
    this.parts.clear()
  }
}
