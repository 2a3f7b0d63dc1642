/**
 * The demo and test pages are the team's own words: no sentence of them appears in the evaluation
 * data (dev, check, or the source pages' text), nor comes close to a labelled sentence (70% of its
 * words). Checked when ../shared is beside the project.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/cli/html-text.ts'
import { segmentSentences } from '../../src/core/text/segment.ts'
import { normaliseSentence } from '../../src/core/text/normalise.ts'
import { loadCheckRows, loadDevRows, loadPages, sharedEvalAvailable, SKIP_MESSAGE } from './shared-data.ts'

const SITE = new URL('../../e2e/site/', import.meta.url)
const available = sharedEvalAvailable()
if (!available) console.log(`demo-pages.test: ${SKIP_MESSAGE}`)

function demoSentences(): string[] {
  const sentences: string[] = []
  for (const file of readdirSync(SITE).filter((name) => name.endsWith('.html'))) {
    const text = htmlToText(readFileSync(new URL(file, SITE), 'utf8'))
    for (const block of text.split('\n')) for (const span of segmentSentences(block, 'en')) sentences.push(block.slice(span.start, span.end))
  }
  return sentences.filter((sentence) => sentence.split(/\s+/).length >= 6)
}

const words = (text: string): Set<string> => new Set(normaliseSentence(text).match(/[\p{L}\p{N}]+/gu) ?? [])

describe.skipIf(!available)('the demo pages are our own words', () => {
  const sentences = demoSentences()
  const labelled = available ? [...loadDevRows(), ...loadCheckRows()].map((row) => row.sentence) : []
  const published = available ? [...loadPages().values()].map((page) => normaliseSentence(page.paragraphs.join(' '))) : []

  it('there are demo sentences to check', () => {
    expect(sentences.length).toBeGreaterThan(40)
  })

  it('no demo sentence appears in the evaluation data or its source pages', () => {
    const found = sentences.filter((sentence) => {
      const mine = normaliseSentence(sentence)
      return labelled.some((theirs) => normaliseSentence(theirs) === mine) || published.some((page) => page.includes(mine))
    })
    expect(found).toEqual([])
  })

  it('no demo sentence is a near copy of a labelled sentence (word overlap below 70%)', () => {
    const copies: string[] = []
    for (const sentence of sentences) {
      const mine = words(sentence)
      for (const other of labelled) {
        const theirs = words(other)
        const shared = [...mine].filter((word) => theirs.has(word)).length
        if (shared / Math.max(mine.size, theirs.size) >= 0.7) copies.push(`${sentence} ~ (a labelled sentence)`)
      }
    }
    expect(copies).toEqual([])
  })
})
