/**
 * The page's text read cheaply, for the gate that decides whether a page is worth walking at all:
 * blocks by element name only (no style or visibility checks, no ranges, no shadow trees), in
 * slices. Hidden text may pass the gate; it is never highlighted, because the full walk
 * (text-walker.ts) checks what is rendered.
 */
import { MAX_BATCH_CHARS, MAX_BLOCK_CHARS } from '../shared/protocol.ts'
import { isBlockBoundary, NODES_PER_TICK, SKIPPED } from './text-walker.ts'

/**
 * Yields the text of `roots` as batches of blocks, each batch small enough for one message, and
 * `null` every NODES_PER_TICK nodes so a caller can pause. `skip` excludes subtrees (our own UI).
 */
export function* readPageText(roots: readonly Node[], skip: (element: Element) => boolean): Generator<string[] | null> {
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
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && (SKIPPED.has((node as Element).localName) || skip(node as Element)) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    })
    let visited = 0
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (++visited % NODES_PER_TICK === 0) yield null
      if (node.nodeType === Node.TEXT_NODE) {
        block += (node as Text).data
        continue
      }
      if (isBlockBoundary(node as Element)) {
        const full = flushBlock()
        if (full) yield full
      }
    }
    const full = flushBlock()
    if (full) yield full
  }
  if (batch.length > 0) yield batch
}
