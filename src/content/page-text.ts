/**
 * The page's text read cheaply, for the gate that decides whether a page is worth walking at all.
 * The browser's own innerText gives the rendered text, a line per block, in one call: from an
 * extension's isolated world, touching each node instead costs a wrapper per node, several times
 * more. On a page too large for one call to stay short, text nodes are read in slices instead
 * (grouped into blocks by their parent element, no style checks: hidden text may pass the gate,
 * but is never highlighted, because the full walk in text-walker.ts checks what is rendered).
 */
import { MAX_BATCH_CHARS, MAX_BLOCK_CHARS } from '../shared/protocol.ts'
import { isBlockBoundary, NODES_PER_TICK, SKIPPED } from './text-walker.ts'

/** Whether text in this element belongs to the page's prose (not a script, a style, a field, our own UI). */
function readable(element: Element | null, skip: (element: Element) => boolean): boolean {
  return element !== null && !SKIPPED.has(element.localName) && !skip(element)
}

/** Above this many elements, innerText could make one long task: the page is read in slices instead. */
export const ONE_CALL_ELEMENTS = 20_000

function elementCount(root: Node): number {
  return root instanceof Element ? root.getElementsByTagName('*').length : Infinity
}

/**
 * Yields the text of `roots` as batches of blocks, each batch small enough for one message, and
 * `null` every NODES_PER_TICK text nodes so a caller can pause. `skip` excludes subtrees (our own UI).
 */
export function* readPageText(roots: readonly Node[], skip: (element: Element) => boolean): Generator<string[] | null> {
  const small = roots.every((root) => root instanceof HTMLElement && elementCount(root) <= ONE_CALL_ELEMENTS)
  if (small) {
    yield* linesInBatches(roots.map((root) => (root as HTMLElement).innerText).join('\n'))
    return
  }
  yield* walkText(roots, skip)
}

/** The lines of a text (blocks, as innerText writes them) in batches for messages. */
function* linesInBatches(text: string): Generator<string[]> {
  let batch: string[] = []
  let chars = 0
  for (const line of text.split('\n')) {
    const block = line.trim()
    if (block.length < 2) continue
    for (let from = 0; from < block.length; from += MAX_BLOCK_CHARS) {
      const piece = block.slice(from, from + MAX_BLOCK_CHARS)
      batch.push(piece)
      chars += piece.length
      if (chars >= MAX_BATCH_CHARS) {
        yield batch
        batch = []
        chars = 0
      }
    }
  }
  if (batch.length > 0) yield batch
}

function* walkText(roots: readonly Node[], skip: (element: Element) => boolean): Generator<string[] | null> {
  let batch: string[] = []
  let batchChars = 0
  let block = ''
  const flushBlock = (): string[] | null => {
    const text = block.replace(/\s+/g, ' ').trim()
    block = ''
    if (text.length < 2) return null
    for (let from = 0; from < text.length; from += MAX_BLOCK_CHARS) {
      const piece = text.slice(from, from + MAX_BLOCK_CHARS)
      batch.push(piece)
      batchChars += piece.length
    }
    if (batchChars < MAX_BATCH_CHARS) return null
    const full = batch
    batch = []
    batchChars = 0
    return full
  }
  for (const root of roots) {
    if (!root.isConnected) continue
    // No filter callback: the walker stays native; each text node's parent is looked at once.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let parent: Element | null = null
    let keep = false
    let visited = 0
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (++visited % NODES_PER_TICK === 0) yield null
      const owner = node.parentElement
      if (owner !== parent) {
        // Decided once per parent element: consecutive text nodes mostly share one.
        parent = owner
        keep = readable(owner, skip) && !(owner?.parentElement && SKIPPED.has(owner.parentElement.localName))
        // Text under a new block-level parent starts a new block; inline elements continue the line.
        if (owner && isBlockBoundary(owner)) {
          const full = flushBlock()
          if (full) yield full
        }
      }
      if (keep) block += (node as Text).data
    }
    const full = flushBlock()
    if (full) yield full
  }
  if (batch.length > 0) yield batch
}
