/**
 * Reads a page's visible text as blocks (paragraph-like runs of text), each with a map from
 * its character offsets back to the text nodes, so a sentence found in the text becomes a DOM
 * Range without touching the page. Walks the flat tree: open shadow roots and their slots are
 * read as rendered; closed shadow roots, frames, form fields, code and editable regions are not.
 */

export interface TextSegment {
  node: Text
  /** Offsets of this node's data inside the block text. */
  start: number
  end: number
}

export interface TextBlock {
  /** The nearest block-level element holding the text; rescans happen per block element. */
  element: Element
  text: string
  segments: TextSegment[]
}

/** Elements whose content is never read. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'code', 'pre', 'kbd',
  'samp', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'head', 'title', 'meta', 'link',
])

/** Elements that flow inside a line of text; anything else starts a new block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'tt', 'nobr', 'acronym', 'slot',
])

const CONTROL_WHITESPACE = /[\t\n\r\f\v]/g

/** How many nodes the walker visits between chances for its caller to pause. */
export const NODES_PER_TICK = 250

export function isOwnUi(element: Element, ownHost: Element | null): boolean {
  return ownHost !== null && (element === ownHost || ownHost.contains(element))
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true
  const editable = element.getAttribute('contenteditable')
  return editable !== null && editable !== 'false'
}

/** Whether the element is not rendered now (it may be shown later). */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true
  // checkVisibility: display:none and content-visibility; absent in old browsers, where we read on.
  // It is also false for display:contents (slots, layout wrappers), whose children are rendered.
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility()) return getComputedStyle(element).display !== 'contents'
  return false
}

export function isBlockBoundary(element: Element): boolean {
  return !INLINE.has(element.localName)
}

/** The nodes rendered as this node's children: shadow content for a host, assigned nodes for a slot. */
function renderedChildren(node: Node): ArrayLike<Node> {
  if (node instanceof Element) {
    const shadow = node.shadowRoot
    if (shadow) return shadow.childNodes
    if (node.localName === 'slot' && typeof (node as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true })
      if (assigned.length > 0) return assigned
    }
  }
  return node.childNodes
}

/**
 * Yields the text blocks under `root` in reading order, and `null` every NODES_PER_TICK nodes
 * so a caller can check its time budget. `skip` excludes subtrees (our own UI); `hidden` hears of
 * each subtree passed over because it is not rendered, which may be shown later.
 */
export function* walkBlocks(root: Node, skip: (element: Element) => boolean = () => false, hidden: (element: Element) => void = () => {}): Generator<TextBlock | null> {
  if (root instanceof Element && (isSkipped(root) || skip(root))) return
  if (root instanceof Element && isHidden(root)) {
    hidden(root)
    return
  }
  let block: TextBlock | null = null
  let blockOwner: Element | null = null
  let visited = 0
  // Explicit stack of [node, childIndex, children] so a 10,000-deep page cannot overflow the call stack.
  const stack: Array<{ node: Node; children: ArrayLike<Node>; index: number; boundary: boolean }> = []
  const rootBlock = root instanceof Element ? root : (root as Node & { host?: Element }).host ?? document.documentElement
  let currentBlockElement: Element = rootBlock
  const blockElements: Element[] = [rootBlock]

  const flush = function* (): Generator<TextBlock> {
    if (block && /\S/.test(block.text)) yield block
    block = null
    blockOwner = null
  }

  stack.push({ node: root, children: renderedChildren(root), index: 0, boundary: false })
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number]
    if (frame.index >= frame.children.length) {
      stack.pop()
      if (frame.boundary) {
        yield* flush()
        blockElements.pop()
        currentBlockElement = blockElements[blockElements.length - 1] ?? rootBlock
      }
      continue
    }
    const node = frame.children[frame.index++] as Node
    if (++visited % NODES_PER_TICK === 0) yield null
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text
      if (block === null || blockOwner !== currentBlockElement) {
        yield* flush()
        block = { element: currentBlockElement, text: '', segments: [] }
        blockOwner = currentBlockElement
      }
      const start = block.text.length
      block.text += text.data.replace(CONTROL_WHITESPACE, ' ')
      block.segments.push({ node: text, start, end: block.text.length })
      continue
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue
    const element = node as Element
    if (element.localName === 'br') {
      if (block) block.text += '\n'
      continue
    }
    if (isSkipped(element) || skip(element)) continue
    if (isHidden(element)) {
      hidden(element)
      continue
    }
    const boundary = isBlockBoundary(element)
    if (boundary) {
      yield* flush()
      blockElements.push(element)
      currentBlockElement = element
    }
    stack.push({ node: element, children: renderedChildren(element), index: 0, boundary })
  }
  yield* flush()
}

/** Index of the text segment holding a block offset (binary search); `preferEnd` picks the earlier node at a boundary. */
function segmentAt(segments: TextSegment[], offset: number, preferEnd: boolean): number {
  let low = 0
  let high = segments.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const segment = segments[mid] as TextSegment
    if (offset < segment.start) high = mid - 1
    else if (preferEnd ? offset > segment.end : offset >= segment.end) low = mid + 1
    else return mid
  }
  return -1
}

/**
 * Live DOM Ranges over block offsets [start, end): one per run of adjacent text nodes, so no
 * range spans text the walker skipped (a hidden span, a script) and none crosses from a shadow
 * tree into slotted light DOM, which a single Range cannot do. Null if the text changed underneath.
 */
export function rangesFor(block: TextBlock, start: number, end: number): Range[] | null {
  const first = segmentAt(block.segments, start, false)
  const last = segmentAt(block.segments, end, true)
  if (first < 0 || last < first) return null
  const ranges: Range[] = []
  for (let index = first; index <= last; index++) {
    const { node, start: from, end: to } = block.segments[index] as TextSegment
    if (!node.isConnected) return null
    const startOffset = Math.min(Math.max(start, from) - from, node.length)
    const endOffset = Math.min(Math.min(end, to) - from, node.length)
    if (endOffset <= startOffset) continue
    const range = ranges[ranges.length - 1]
    // A node right after the one the last range ends with, continuing it: that range grows.
    const last = range?.endContainer as Text | undefined
    if (range && last?.nextSibling === node && range.endOffset === last.length && startOffset === 0) range.setEnd(node, endOffset)
    else {
      const next = document.createRange()
      next.setStart(node, startOffset)
      next.setEnd(node, endOffset)
      ranges.push(next)
    }
  }
  return ranges.length > 0 ? ranges : null
}

/** The nearest ancestor (or self) that starts a block: where a rescan of a changed node begins. */
export function blockElementOf(node: Node): Element | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement
  while (element && !isBlockBoundary(element)) {
    const parent: Element | null = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null)
    element = parent
  }
  return element
}
