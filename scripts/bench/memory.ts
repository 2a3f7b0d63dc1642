/**
 * The extension's memory after a reader's session: one tab that visits 50 pages about the story,
 * then 50 real pages of unrelated news. The content script's heap is the tab's heap with
 * Counterpoint less the same page's heap in a browser without it; the background's is measured in
 * its service worker. Both after a garbage collection, so only what stays is counted.
 */
import type { BrowserContext } from '@playwright/test'
import type { Extension } from '../../e2e/fixtures.ts'
import { heapBytes, session, workerHeapBytes } from './cdp.ts'
import { blockOffline } from './real-pages.ts'

export interface MemoryResult {
  /** Bytes, after the first story page, after 50 story pages, after 50 more real pages. */
  background: { first: number; afterStory: number; afterReal: number }
  /** Bytes the content script adds to a tab: on the 50th story page, and on the 50th real page. */
  contentScript: { story: number; real: number }
}

export async function memoryBench(browsers: { counterpoint: BrowserContext; none: BrowserContext }, extension: Extension, origin: string, story: string[], real: string[]): Promise<MemoryResult> {
  for (const context of Object.values(browsers)) await blockOffline(context, origin)
  const tab = await browsers.counterpoint.newPage()
  const reference = await browsers.none.newPage()
  const cdp = await session(browsers.counterpoint, tab)
  const referenceCdp = await session(browsers.none, reference)
  const visit = async (path: string): Promise<void> => {
    await tab.goto(`${origin}${path}`, { waitUntil: 'load' }).catch(() => undefined)
    await tab.waitForTimeout(400)
  }
  const contentScript = async (path: string): Promise<number> => {
    await reference.goto(`${origin}${path}`, { waitUntil: 'load' }).catch(() => undefined)
    await reference.waitForTimeout(400)
    return (await heapBytes(cdp)) - (await heapBytes(referenceCdp))
  }
  try {
    await visit(story[0] as string)
    const first = await workerHeapBytes(cdp, extension.id)
    for (const path of story.slice(1)) await visit(path)
    const afterStory = await workerHeapBytes(cdp, extension.id)
    const storyHeap = await contentScript(story[story.length - 1] as string)
    for (const path of real) await visit(path)
    const afterReal = await workerHeapBytes(cdp, extension.id)
    const realHeap = await contentScript(real[real.length - 1] as string)
    return { background: { first, afterStory, afterReal }, contentScript: { story: storyHeap, real: realHeap } }
  } finally {
    await tab.close()
    await reference.close()
  }
}
