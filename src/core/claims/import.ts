/**
 * Reads an imported file as a pack, in the project's own format or as schema.org ClaimReview
 * JSON-LD. The problem, when there is one, names the first thing wrong: field and reason.
 */
import { looksLikeClaimReview, packFromClaimReview } from './claim-review.ts'
import { parsePack, type ParseResult } from './parse-pack.ts'
import type { Pack } from './schema.ts'

export const MAX_IMPORT_CHARS = 5_000_000

export function parseImport(text: string, fileName: string): ParseResult<Pack> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: `(file): larger than ${MAX_IMPORT_CHARS / 1_000_000} MB` }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: `(file): not valid JSON (${error instanceof Error ? error.message : 'parse error'})` }
  }
  if (looksLikeClaimReview(data)) return packFromClaimReview(data, fileName.replace(/\.[^.]+$/, '') || 'Imported')
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && (data as Record<string, unknown>).format === 'counterpoint-pack') {
    const parsed = parsePack(data)
    return parsed.ok ? { ok: true, value: parsed.value.pack } : parsed
  }
  return { ok: false, problem: '(file): neither a Counterpoint pack ("format": "counterpoint-pack") nor schema.org ClaimReview JSON-LD' }
}
