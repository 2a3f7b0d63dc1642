/**
 * Finds claims in the page: walks text blocks, matches them with the core matcher, and turns
 * each matched sentence into a Range. Full scans and rescans of changed blocks run in slices.
 */
import { matchText, type MatcherPack } from '../core/match/matcher.ts'
import { textChunks } from '../core/text/segment.ts'
import type { Lang } from '../core/text/language.ts'
import type { MatchProfile } from '../core/match/sensitivity.ts'
import type { Status } from '../core/claims/schema.ts'
import type { FoundMatch } from '../shared/protocol.ts'
import type { Slicer } from './scheduler.ts'
import { themeFor, type Theme } from './theme.ts'
import { rangesFor, walkBlocks } from './text-walker.ts'

export interface PageMatch extends FoundMatch {
  block: Element
  /** The sentence's text, one range per run of adjacent text nodes (see rangesFor); never empty. */
  ranges: Range[]
  theme: Theme
  /** Discovery order; orders matches whose ranges cannot be compared (different shadow trees). */
  sequence: number
}

export interface ScanSettings {
  packs: MatcherPack[]
  profile: MatchProfile
  lang: Lang
  statusOf: (packId: string, claimId: string) => Status
}

/** Very long blocks are matched in pieces of this many characters, each its own unit of work. */
const MATCH_CHUNK_CHARS = 4000

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
  return `${match.packId}\u0000${match.claimId}\u0000${match.sentence}`
}

export class Scanner {
  private list: PageMatch[] = []
  charactersRead = 0
  scans = 0

  constructor(
    private readonly slicer: Slicer,
    private readonly skip: (element: Element) => boolean,
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
    this.slicer.begin()
    try {
      for (const root of roots) {
        if (!root.isConnected) continue
        for (const block of walkBlocks(root, this.skip)) {
          if (block === null) {
            await this.slicer.checkpoint()
            continue
          }
          this.charactersRead += block.text.length
          for (const chunk of textChunks(block.text, 0, block.text.length, MATCH_CHUNK_CHARS)) {
            const text = chunk.start === 0 && chunk.end === block.text.length ? block.text : block.text.slice(chunk.start, chunk.end)
            for (const hit of matchText(settings.packs, text, { profile: settings.profile, lang: settings.lang })) {
              const ranges = rangesFor(block, chunk.start + hit.start, chunk.start + hit.end)
              if (!ranges) continue
              const partial = { packId: hit.packId, claimId: hit.claimId, sentence: hit.sentence }
              found.push({
                ...partial,
                highlightId: previousIds.get(keyOf(partial)) ?? `h${++nextId}`,
                status: settings.statusOf(hit.packId, hit.claimId),
                score: hit.score,
                terms: hit.terms,
                block: block.element,
                ranges,
                theme: themeFor(block.element),
                sequence: ++sequence,
              })
            }
            await this.slicer.checkpoint()
          }
        }
      }
    } finally {
      this.slicer.end()
    }
    this.list = [...kept, ...found].sort(compareMatches)
  }

  byId(highlightId: string): PageMatch | undefined {
    return this.list.find((match) => match.highlightId === highlightId)
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
  }
}
