/**
 * Highlights are not elements, so hovering one fires no event on it. This finds the match
 * under a viewport point: highlightsFromPoint where the browser has it, otherwise the caret
 * position at the point, confirmed against the range's own rectangles.
 */
import type { PageMatch } from './scanner.ts'

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null
  caretRangeFromPoint?: (x: number, y: number) => Range | null
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDocument
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y)
    return position ? { node: position.offsetNode, offset: position.offset } : null
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y)
    return range ? { node: range.startContainer, offset: range.startOffset } : null
  }
  return null
}

function inRects(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect
  }
  return null
}

type RegistryWithPoint = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: Highlight; ranges?: AbstractRange[] }> }

export interface Hit {
  match: PageMatch
  /** The whole sentence's box, so a card placed beside it never covers the rest of what is being read. */
  rect: DOMRect
}

function boundsOf(ranges: readonly Range[]): DOMRect {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const range of ranges) {
    const box = range.getBoundingClientRect()
    left = Math.min(left, box.left)
    top = Math.min(top, box.top)
    right = Math.max(right, box.right)
    bottom = Math.max(bottom, box.bottom)
  }
  return new DOMRect(left, top, right - left, bottom - top)
}

export function matchAtPoint(matches: readonly PageMatch[], x: number, y: number): Hit | null {
  if (matches.length === 0) return null
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights as RegistryWithPoint) : null
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    // Cheap rejection: nothing of ours (or anyone's) is painted here.
    const here = registry.highlightsFromPoint(x, y)
    if (here.length === 0) return null
  }
  const caret = caretAt(x, y)
  const candidates = caret
    ? matches.filter((match) => {
        try {
          return match.ranges.some((range) => range.isPointInRange(caret.node, caret.offset))
        } catch {
          return false
        }
      })
    : matches
  for (const match of candidates) {
    for (const range of match.ranges) {
      if (inRects(range, x, y)) return { match, rect: boundsOf(match.ranges) }
    }
  }
  return null
}

/** The match containing a focused element (a link inside a flagged sentence), if any. */
export function matchForElement(matches: readonly PageMatch[], element: Element): PageMatch | null {
  return matches.find((match) => match.ranges.some((range) => range.intersectsNode(element))) ?? null
}
