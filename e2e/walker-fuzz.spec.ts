/**
 * Property tests (fast-check) of the DOM text walker on random trees in real Chromium: it reads
 * exactly the text a reader sees (by the model in support/random-tree.ts), never text it must
 * skip, and every range it makes holds exactly the text it claims. Then the same through the
 * built extension: every highlighted range lies inside a sentence the content script reported.
 */
import { buildSync } from 'esbuild'
import fc from 'fast-check'
import { join } from 'node:path'
import { ROOT, test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { buildTree, SKIPPED, treeArbitrary, visibleText, withoutWhitespace, type TreeNode } from './support/random-tree.ts'
import { CLAIM_SENTENCES } from './support/big-page.ts'

const SEED = 20261125

/** The walker module itself, bundled for the page (the extension's build inlines it into the content script). */
function walkerScript(): string {
  const [output] = buildSync({ entryPoints: [join(ROOT, 'src/content/text-walker.ts')], bundle: true, format: 'iife', globalName: 'textWalker', write: false, target: 'chrome120' }).outputFiles
  return `${output?.text ?? ''}\nwindow.buildTree = ${buildTree.toString()}`
}

interface WalkResult {
  text: string
  problems: string[]
}

test('the text walker reads exactly the visible text of random trees, and every range holds the text it claims', async ({ page, site }) => {
  test.setTimeout(120_000)
  site.put('/walker.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Walker</title></head><body><main id="root"></main></body></html>')
  await page.goto(site.url('/walker.html'))
  await page.addScriptTag({ content: walkerScript() })
  // Fractions of a block's length where ranges start and end.
  const cuts = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 })
  let runs = 0
  await fc.assert(
    fc.asyncProperty(treeArbitrary(), cuts, async (tree, fractions) => {
      runs++
      const result = await page.evaluate(
        ({ tree, fractions, skippedTags }): WalkResult => {
          type Walker = typeof import('../src/content/text-walker.ts')
          const { walkBlocks, rangesFor } = (window as unknown as { textWalker: Walker }).textWalker
          const build = (window as unknown as { buildTree: (parent: Node, nodes: unknown) => void }).buildTree
          const root = document.getElementById('root') as HTMLElement
          root.replaceChildren()
          build(root, tree)
          const problems: string[] = []
          const texts: string[] = []
          const never = new Set(skippedTags)
          const strip = (value: string): string => value.replace(/\s+/g, '')
          for (const block of walkBlocks(root)) {
            if (!block) continue
            texts.push(block.text)
            for (const segment of block.segments) {
              if (block.text.slice(segment.start, segment.end) !== segment.node.data.replace(/[\t\n\r\f\v]/g, ' ')) problems.push(`segment text differs: ${JSON.stringify(segment.node.data)}`)
              // No text from inside anything the walker must skip, across shadow boundaries.
              for (let node: Node | null = segment.node.parentNode; node && node !== root; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
                if (!(node instanceof Element)) continue
                const skipped = never.has(node.localName) || node.hasAttribute('hidden') || node.getAttribute('contenteditable') === 'true' || node.getAttribute('style') === 'display:none'
                if (skipped) problems.push(`read text inside <${node.localName}>: ${JSON.stringify(segment.node.data)}`)
              }
            }
            for (const [a, b] of fractions) {
              let start = Math.floor(Math.min(a, b) * block.text.length)
              let end = Math.ceil(Math.max(a, b) * block.text.length)
              // As sentences are: trimmed of whitespace at both ends.
              while (start < end && /\s/.test(block.text[start] ?? '')) start++
              while (end > start && /\s/.test(block.text[end - 1] ?? '')) end--
              if (end <= start) continue
              const ranges = rangesFor(block, start, end)
              if (!ranges) {
                problems.push(`no ranges for ${JSON.stringify(block.text.slice(start, end))}`)
                continue
              }
              const covered = ranges.map((range) => range.toString()).join('')
              if (strip(covered) !== strip(block.text.slice(start, end))) problems.push(`ranges hold ${JSON.stringify(covered)} for ${JSON.stringify(block.text.slice(start, end))}`)
            }
          }
          return { text: texts.join('\n'), problems }
        },
        { tree, fractions, skippedTags: SKIPPED },
      )
      expect(result.problems).toEqual([])
      expect(withoutWhitespace(result.text)).toBe(withoutWhitespace(visibleText(tree)))
    }),
    { numRuns: 150, seed: SEED },
  )
  expect(runs).toBe(150)
})

/** Trees in which claim sentences appear, split at word boundaries across inline elements. */
const claimText: fc.Arbitrary<TreeNode> = fc.constantFrom(...CLAIM_SENTENCES).map((sentence): TreeNode => ({ kind: 'text', text: ` ${sentence} ` }))
const splitClaim: fc.Arbitrary<TreeNode> = fc.tuple(fc.constantFrom(...CLAIM_SENTENCES), fc.nat(), fc.nat(), fc.constantFrom('a', 'em', 'span', 'b')).map(([sentence, x, y, tag]): TreeNode => {
  const words = sentence.split(' ')
  const from = 1 + (x % (words.length - 1))
  const to = from + (y % (words.length - from))
  return {
    kind: 'element',
    tag: 'p',
    attribute: 'none',
    children: [
      { kind: 'text', text: `${words.slice(0, from).join(' ')} ` },
      { kind: 'element', tag, attribute: 'none', children: [{ kind: 'text', text: words.slice(from, to + 1).join(' ') }] },
      { kind: 'text', text: ` ${words.slice(to + 1).join(' ')}` },
    ],
  }
})

test('through the extension: every highlighted range lies inside a sentence it reported, and covers it', async ({ page, extension, site }) => {
  test.setTimeout(180_000)
  let run = 0
  let highlighted = 0
  await fc.assert(
    fc.asyncProperty(treeArbitrary(fc.oneof(claimText, splitClaim)), async (tree) => {
      const path = `/fuzz/${++run}.html`
      site.put(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fuzz ${run}</title></head><body><main id="root"></main><script>(${buildTree.toString()})(document.getElementById('root'), ${JSON.stringify(tree)})</script></body></html>`)
      const article = await new ArticlePage(page, extension).open(site.url(path))
      const reported = ((await article.reported()) ?? []).map((match) => withoutWhitespace(match.sentence))
      const ranges = await page.evaluate(() => {
        const texts: string[] = []
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('counterpoint') && name !== 'counterpoint-focus') highlight.forEach((range) => void texts.push((range as Range).toString()))
        })
        return texts
      })
      const pieces = ranges.map(withoutWhitespace).filter((piece) => piece.length > 0)
      highlighted += reported.length
      for (const piece of pieces) expect(reported.some((sentence) => sentence.includes(piece)), `range ${piece} inside a reported sentence`).toBe(true)
      // Together the ranges cover the reported sentences, no more and no less.
      expect(pieces.join('').length).toBe(reported.join('').length)
    }),
    { numRuns: 40, seed: SEED },
  )
  // The property is not vacuous: claims were found and highlighted along the way.
  expect(highlighted).toBeGreaterThan(10)
})
