/**
 * Finds claims in the page: walks the visible text blocks in slices, sends them to the background
 * to be matched (a large page in several messages), and turns each match into Ranges over the
 * text nodes. Full scans and rescans of changed blocks work the same way.
 */
import { textChunks } from '../core/text/segment.ts'
import type { Status } from '../core/claims/status.ts'
import { claimKey, MAX_BATCH_CHARS, MAX_BLOCK_CHARS, type BlockMatch, type FoundMatch } from '../shared/protocol.ts'
import type { Slicer } from './scheduler.ts'
import { themeFor, type Theme } from './theme.ts'
import { rangesFor, walkBlocks, type TextBlock } from './text-walker.ts'

export interface PageMatch extends FoundMatch {
  block: Element
  /** The sentence's text, one range per run of adjacent text nodes (see rangesFor); never empty. */
  ranges: Range[]
  theme: Theme
  /** Discovery order; orders matches whose ranges cannot be compared (different shadow trees). */
  sequence: number
}

export interface ScanSettings {
  /** Asks the background for the claims in a batch of blocks (the caller adds the page's title and language). */
  match: (blocks: string[]) => Promise<BlockMatch[]>
}

/** A piece of a block sent for matching: very long blocks are cut (at sentence ends) into several. */
interface Unit {
  block: TextBlock
  offset: number
  text: string
}

let sequence = 0
let nextId = 0

function compareMatches(a: PageMatch, b: PageMatch): number {
  try {
    return (a.ranges[0] as Range).compareBoundaryPoints(Range.START_TO_START, b.ranges[0] as Range) || a.sequence - b.sequence
  } catch {
    return a.sequence - b.sequence
  }
}

function keyOf(match: Pick<PageMatch, 'packId' | 'claimId' | 'sentence'>): string {
  return `${claimKey(match)}\u0000${match.sentence}`
}

export class Scanner {
  private list: PageMatch[] = []
  charactersRead = 0
  scans = 0
  /** Messages sent for matching, and the most characters any one of them carried: the work is cut into bounded units. */
  batches = 0
  largestBatch = 0

  /** `hidden`: hears of each part of the page a walk passes over because it is not rendered. */
  constructor(
    private readonly slicer: Slicer,
    private readonly skip: (element: Element) => boolean,
    private readonly hidden: (element: Element) => void = () => {},
  ) {}

  get matches(): readonly PageMatch[] {
    return this.list
  }

  clear(): void {
    this.list = []
  }

  /**
   * Rescans `roots` (the whole page, or changed block elements): drops matches inside them or
   * no longer in the page, and adds what the fresh text holds. Ids survive for unchanged sentences.
   */
  async scan(roots: Node[], settings: ScanSettings): Promise<void> {
    this.scans++
    const previousIds = new Map<string, string>()
    const kept: PageMatch[] = []
    for (const match of this.list) {
      const inRoot = roots.some((root) => root === match.block || root.contains(match.block))
      if (inRoot || !match.block.isConnected) previousIds.set(keyOf(match), match.highlightId)
      else kept.push(match)
    }
    const found: PageMatch[] = []
    let units: Unit[] = []
    let chars = 0
    const send = async (): Promise<void> => {
      if (units.length === 0) return
      const batch = units
      units = []
      chars = 0
      this.batches++
      this.largestBatch = Math.max(this.largestBatch, batch.reduce((sum, unit) => sum + unit.text.length, 0))
      // Waiting for the background is itself a pause for the page.
      this.slicer.end()
      const matches = await settings.match(batch.map((unit) => unit.text))
      this.slicer.begin()
      for (const match of matches) {
        const unit = batch[match.block]
        if (!unit) continue
        const ranges = rangesFor(unit.block, unit.offset + match.start, unit.offset + match.end)
        if (!ranges) continue
        const sentence = unit.text.slice(match.start, match.end)
        const partial = { packId: match.packId, claimId: match.claimId, sentence }
        found.push({
          ...partial,
          highlightId: previousIds.get(keyOf(partial)) ?? `h${++nextId}`,
          status: match.status as Status,
          score: match.score,
          terms: match.terms,
          alternatives: match.alternatives,
          block: unit.block.element,
          ranges,
          theme: themeFor(unit.block.element),
          sequence: ++sequence,
        })
      }
    }
    this.slicer.begin()
    try {
      for (const root of roots) {
        if (!root.isConnected) continue
        for (const block of walkBlocks(root, this.skip, this.hidden)) {
          if (block === null) {
            await this.slicer.checkpoint()
            continue
          }
          this.charactersRead += block.text.length
          for (const chunk of textChunks(block.text, 0, block.text.length, MAX_BLOCK_CHARS)) {
            units.push({ block, offset: chunk.start, text: block.text.slice(chunk.start, chunk.end) })
            chars += chunk.end - chunk.start
            if (chars >= MAX_BATCH_CHARS) await send()
          }
        }
      }
      await send()
    } finally {
      this.slicer.end()
    }
    this.list = [...kept, ...found].sort(compareMatches)
  }

  byId(highlightId: string): PageMatch | undefined {
    return this.list.find((match) => match.highlightId === highlightId)
  }

  /** Forgets one match (a reader said it is not this claim); the next scan asks the background afresh. */
  remove(highlightId: string): void {
    this.list = this.list.filter((match) => match.highlightId !== highlightId)
  }
}

export function reportable(match: PageMatch): FoundMatch {
  return {
    highlightId: match.highlightId,
    packId: match.packId,
    claimId: match.claimId,
    status: match.status,
    score: match.score,
    sentence: match.sentence.length > 2000 ? match.sentence.slice(0, 1999) + '…' : match.sentence,
    terms: match.terms.slice(0, 50),
    alternatives: match.alternatives.slice(0, 5),
  }
}
