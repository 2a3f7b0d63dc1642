/**
 * Random page trees for the text walker's property tests: nested blocks and inline elements,
 * text the walker must never read (scripts, styles, form fields, code, hidden and editable
 * elements), display: contents wrappers, and open shadow roots with slots. Each
 * tree knows the text a reader sees, computed here from the model, independently of the walker.
 */
import fc from 'fast-check'

export type TreeNode =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'element'; tag: string; attribute: Attribute; children: TreeNode[] }
  | { kind: 'host'; shadow: TreeNode[]; light: TreeNode[] }
  | { kind: 'slot'; fallback: TreeNode[] }

type Attribute = 'none' | 'hidden' | 'display-none' | 'display-contents' | 'editable'

const BLOCKS = ['p', 'div', 'section', 'li', 'h2', 'blockquote', 'figcaption']
const INLINE = ['span', 'a', 'em', 'b', 'strong', 'small', 'q']
/** Never read. */
export const SKIPPED = ['script', 'style', 'textarea', 'button', 'code', 'pre', 'noscript', 'template']

const WORDS = ['Russia', 'China', 'Trump', 'Kremlin', 'Beijing', 'wedge', 'said', 'the', 'a', 'Zelensky', 'Selenskyj', 'Kyiv', 'U.S.', 'Mr.', 'am 3. März', 'über', 'naïve', 'l’État', '北京', 'موسكو', '🙂', 'x\u0301', '42']
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', '? ', '\n', '\t', '  ', ' — ', '“', '” ']

const text: fc.Arbitrary<TreeNode> = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 8 })
  .map((parts) => ({ kind: 'text', text: parts.map(([word, gap]) => word + gap).join('') }))

/** A tree of at most `depth` levels; `inShadow`: slots may appear. */
export function treeArbitrary(extraText: fc.Arbitrary<TreeNode> = text): fc.Arbitrary<TreeNode[]> {
  const { forest } = fc.letrec<{ node: TreeNode; forest: TreeNode[]; shadowForest: TreeNode[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: fc.oneof(text, extraText) },
      { weight: 1, arbitrary: fc.constant<TreeNode>({ kind: 'br' }) },
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('element' as const),
          tag: fc.constantFrom(...BLOCKS, ...INLINE, ...INLINE),
          attribute: fc.constantFrom<Attribute>('none', 'none', 'none', 'none', 'hidden', 'display-none', 'display-contents', 'editable'),
          children: tie('forest') as fc.Arbitrary<TreeNode[]>,
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('element' as const),
          tag: fc.constantFrom(...SKIPPED),
          attribute: fc.constant<Attribute>('none'),
          children: fc.array(text, { maxLength: 2 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('host' as const), shadow: tie('shadowForest') as fc.Arbitrary<TreeNode[]>, light: tie('forest') as fc.Arbitrary<TreeNode[]> }) },
    ),
    forest: fc.array(tie('node') as fc.Arbitrary<TreeNode>, { maxLength: 4 }),
    shadowForest: fc.array(fc.oneof(tie('node') as fc.Arbitrary<TreeNode>, fc.record({ kind: fc.constant('slot' as const), fallback: tie('forest') as fc.Arbitrary<TreeNode[]> })), { maxLength: 4 }),
  }))
  return forest
}

/**
 * Builds the tree under `parent` with DOM calls, in the page. Not through the HTML parser, which
 * would move blocks out of paragraphs (and out of a hidden one); scripts get a type that never runs.
 * Self-contained: it is sent to the page as source.
 */
export function buildTree(parent: Node, nodes: TreeNode[]): void {
  const build = (into: Node, list: TreeNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text') into.appendChild(document.createTextNode(node.text))
      else if (node.kind === 'br') into.appendChild(document.createElement('br'))
      else if (node.kind === 'slot') {
        const slot = document.createElement('slot')
        build(slot, node.fallback)
        into.appendChild(slot)
      } else if (node.kind === 'host') {
        const host = document.createElement('x-box')
        build(host.attachShadow({ mode: 'open' }), node.shadow)
        build(host, node.light)
        into.appendChild(host)
      } else {
        const element = document.createElement(node.tag)
        if (node.tag === 'script') element.setAttribute('type', 'text/x-not-script')
        if (node.attribute === 'hidden') element.setAttribute('hidden', '')
        if (node.attribute === 'display-none') element.setAttribute('style', 'display:none')
        if (node.attribute === 'display-contents') element.setAttribute('style', 'display:contents')
        if (node.attribute === 'editable') element.setAttribute('contenteditable', 'true')
        build(element, node.children)
        into.appendChild(element)
      }
    }
  }
  build(parent, nodes)
}

/** The text a reader sees, by the model's rules (whitespace aside). */
export function visibleText(nodes: TreeNode[]): string {
  return nodes
    .map((node): string => {
      switch (node.kind) {
        case 'text':
          return node.text
        case 'br':
          return '\n'
        case 'element':
          if (SKIPPED.includes(node.tag) || node.attribute === 'hidden' || node.attribute === 'display-none' || node.attribute === 'editable') return ''
          return visibleText(node.children)
        case 'host': {
          // Light children show through the first slot only (the others show their fallback); without a slot, not at all.
          let slotted = false
          return node.shadow
            .map((child) => {
              if (child.kind !== 'slot') return visibleText([child])
              const first = !slotted
              slotted = true
              return first && node.light.length > 0 ? visibleText(node.light) : visibleText(child.fallback)
            })
            .join(' ')
        }
        case 'slot':
          return visibleText(node.fallback)
      }
    })
    .join(' ')
}

/** Whitespace is layout, not text: compared without it. */
export function withoutWhitespace(value: string): string {
  return value.replace(/\s+/g, '')
}
