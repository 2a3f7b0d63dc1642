/**
 * The evaluation data, read where it lives: ../shared/eval beside the project (published text,
 * never copied into the repository). Where it is absent, callers say so in one line and skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { parseRows, type EvalRow } from '../../src/core/eval/score.ts'

export const SHARED_EVAL = fileURLToPath(new URL('../../../shared/eval/', import.meta.url))
export const SKIP_MESSAGE = `../shared/eval is not beside the project (${SHARED_EVAL}): evaluation data is read from there, so this step is skipped`

export function sharedEvalAvailable(): boolean {
  return existsSync(`${SHARED_EVAL}dev.jsonl`)
}

export function loadDevRows(): EvalRow[] {
  return parseRows(readFileSync(`${SHARED_EVAL}dev.jsonl`, 'utf8'))
}

/** The check set: score it in aggregate only, never print its sentences. */
export function loadCheckRows(): EvalRow[] {
  return parseRows(gunzipSync(readFileSync(`${SHARED_EVAL}check.jsonl.gz`)).toString('utf8'))
}

export function loadRowsFrom(path: string): EvalRow[] {
  const bytes = readFileSync(path)
  return parseRows((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))
}

export interface SourcePage {
  url: string
  /** The page's first line of text after its URL: its headline. */
  headline: string
  /** Paragraphs in order. */
  paragraphs: string[]
}

/** The opening text of each dev source page (pages/*.txt, first line the URL), by URL. */
export function loadPages(): Map<string, SourcePage> {
  const dir = `${SHARED_EVAL}pages/`
  const pages = new Map<string, SourcePage>()
  if (!existsSync(dir)) return pages
  for (const file of readdirSync(dir).sort()) {
    const [url = '', ...rest] = readFileSync(`${dir}${file}`, 'utf8').split('\n')
    const paragraphs = rest.map((paragraph) => paragraph.trim()).filter(Boolean)
    pages.set(url.trim(), { url: url.trim(), headline: paragraphs[0] ?? '', paragraphs })
  }
  return pages
}
