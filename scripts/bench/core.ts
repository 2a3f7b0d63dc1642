/** Core matcher timings in Node: per-paragraph matching as the content script does it. */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { compilePack, matchText, preparePack, PROFILES, type MatcherPack } from '../../src/core/index.ts'
import { bundledPacks } from '../eval/measure.ts'
import { generatedPack } from './generated-pack.ts'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Median ms to segment and match all paragraphs, after warm-up runs. */
export function timeMatching(packs: MatcherPack[], paragraphs: string[], runs: number): number {
  const once = (): number => {
    const started = performance.now()
    for (const paragraph of paragraphs) matchText(packs, paragraph, { profile: PROFILES.balanced, lang: 'en' })
    return performance.now() - started
  }
  for (let i = 0; i < 3; i++) once()
  return median(Array.from({ length: runs }, once))
}

/** Median ms of first runs, each in a fresh process: what a page load meets (cold code, empty caches). */
export function timeColdMatching(runs: number): number {
  const script = fileURLToPath(new URL('./cold-run.ts', import.meta.url))
  return median(Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' }))))
}

export interface ScalingResult {
  claims: number
  compileMs: number
  matchMs: number
}

export function scaling(paragraphs: string[], sizes: number[], runs: number): { bundled: number; generated: ScalingResult[] } {
  const bundled = timeMatching(bundledPacks(), paragraphs, runs)
  const generated = sizes.map((claims) => {
    const started = performance.now()
    const pack = preparePack(compilePack(generatedPack(claims)))
    const compileMs = performance.now() - started
    return { claims, compileMs, matchMs: timeMatching([pack], paragraphs, runs) }
  })
  return { bundled, generated }
}
