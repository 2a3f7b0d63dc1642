/**
 * The content script's work, proved bounded by its structure rather than by a clock: the page is
 * sent for matching in messages of bounded size, as many as its text needs, and the walk pauses
 * every NODES_PER_TICK nodes (text-walker.ts). Timings belong to `npm run bench`.
 */
import { expect } from '@playwright/test'
import { MAX_BATCH_CHARS, MAX_BLOCK_CHARS, type ContentStats } from '../../src/shared/protocol.ts'

export function expectBoundedWork(stats: ContentStats): void {
  // A batch is closed once it reaches MAX_BATCH_CHARS; the last piece added may be a whole block chunk.
  expect(stats.largestBatch, 'characters in the largest message').toBeLessThanOrEqual(MAX_BATCH_CHARS + MAX_BLOCK_CHARS)
  expect(stats.batches, 'messages for the text read').toBeGreaterThanOrEqual(Math.ceil(stats.charactersRead / (MAX_BATCH_CHARS + MAX_BLOCK_CHARS)))
  expect(stats.errors).toBe(0)
}
