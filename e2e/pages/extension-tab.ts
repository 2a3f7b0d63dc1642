/** Talks to the extension about one tab, through its service worker, the way the popup and commands do. */
import type { Page } from '@playwright/test'
import type { Extension } from '../fixtures.ts'

export interface Highlighted {
  name: string
  text: string
}

export async function tabIdOf(page: Page, extension: Extension): Promise<number> {
  await page.bringToFront()
  return extension.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
    return tab?.id ?? -1
  })
}

export interface HighlightedAt extends Highlighted {
  /** The first line box of the sentence, in viewport coordinates. */
  rect: { x: number; y: number; width: number; height: number } | null
}

/**
 * The sentences our highlights cover, read from the page's side of the shared highlight registry
 * (or from `window.realRegistry`, where a hostile page replaced CSS.highlights and kept the real
 * one). A sentence is painted as one range per run of text nodes (a link inside it makes three),
 * so ranges that meet inside one block, with nothing between them, are read as one: sentences
 * are separated by at least a space or a block boundary.
 */
export async function highlightedSentences(page: Page, which: 'painted' | 'focus' = 'painted'): Promise<HighlightedAt[]> {
  return page.evaluate(readHighlights, which)
}

/** Runs in the page (sent as source, so self-contained): see highlightedSentences. */
export function readHighlights(which: 'painted' | 'focus'): HighlightedAt[] {
  const wanted = (name: string): boolean => (which === 'focus' ? name === 'counterpoint-focus' : name.startsWith('counterpoint') && name !== 'counterpoint-focus')
  const out: HighlightedAt[] = []
  const registry = (window as { realRegistry?: HighlightRegistry }).realRegistry ?? CSS.highlights
  const blockOf = (node: Node): Node | null => {
    let element = node instanceof Element ? node : node.parentElement
    while (element && /^(inline|contents)/.test(getComputedStyle(element).display)) element = element.parentElement
    return element ?? node.getRootNode()
  }
  const meet = (a: AbstractRange, b: AbstractRange): boolean => {
    if (a.endContainer.getRootNode() !== b.startContainer.getRootNode() || blockOf(a.endContainer) !== blockOf(b.startContainer)) return false
    const gap = document.createRange()
    gap.setStart(a.endContainer, a.endOffset)
    gap.setEnd(b.startContainer, b.startOffset)
    // setEnd before the start collapses the range onto the end: then they do not meet either.
    return gap.toString() === '' && (!gap.collapsed || (gap.startContainer === a.endContainer && gap.startOffset === a.endOffset))
  }
  const rectOf = (range: AbstractRange): HighlightedAt['rect'] => {
    const rect = (range as Range).getClientRects()[0]
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null
  }
  registry.forEach((highlight, name) => {
    if (!wanted(name)) return
    let current: HighlightedAt | null = null
    let previous: AbstractRange | null = null
    highlight.forEach((range) => {
      const piece = (range as Range).toString()
      if (current && previous && meet(previous, range)) current.text += piece
      else {
        if (current) out.push(current)
        current = { name, text: piece, rect: rectOf(range) }
      }
      previous = range
    })
    if (current) out.push(current)
  })
  // A loop, not out.map: one hostile page replaces Array.prototype.map.
  for (const item of out) item.text = item.text.replace(/\s+/g, ' ').trim()
  return out
}

export async function highlightsIn(page: Page): Promise<Highlighted[]> {
  return (await highlightedSentences(page)).map(({ name, text }) => ({ name, text }))
}
