/**
 * Importing, enabling and removing claim packs. An import is parsed, validated and compiled in
 * full before anything is stored, so a bad file changes nothing.
 */
import { parsePack, firstProblem, type ParseResult, type Pack } from '../core/index.ts'
import { looksLikeClaimReview, packFromClaimReview } from '../core/claims/claim-review.ts'
import { localise } from '../core/claims/views.ts'
import { view as bundledView } from 'counterpoint:bundled-pack'
import type { PackSummary } from '../shared/protocol.ts'
import { getState, saveState } from './store.ts'
import type { StoredState } from './stored-state.ts'

export const MAX_IMPORT_BYTES = 5_000_000

/** Reads a file's text as a pack in either format; the problem names the first thing wrong. */
export function parseImport(text: string, fileName: string): ParseResult<Pack> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: `(file): larger than ${MAX_IMPORT_BYTES / 1_000_000} MB` }
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

export function summaries(state: StoredState, lang: 'en' | 'de'): PackSummary[] {
  return [
    { id: bundledView.id, name: localise(bundledView.name, lang), claims: bundledView.claims.length, enabled: state.settings.bundledEnabled, bundled: true },
    ...state.packs.map((stored) => ({
      id: stored.pack.id,
      name: localise(stored.pack.name, lang),
      claims: stored.pack.claims.length,
      enabled: stored.enabled,
      bundled: false,
      source: stored.source,
    })),
  ]
}

export async function importPack(text: string, fileName: string): Promise<ParseResult<Pack>> {
  const parsed = parseImport(text, fileName)
  if (!parsed.ok) return parsed
  if (parsed.value.id === bundledView.id) return { ok: false, problem: 'id: the bundled pack cannot be replaced' }
  const { state } = await getState()
  const stored = { pack: parsed.value, enabled: true, importedAt: new Date().toISOString(), source: fileName.slice(0, 500) }
  const packs = [...state.packs.filter((existing) => existing.pack.id !== parsed.value.id), stored]
  await saveState({ ...state, packs })
  return parsed
}

export async function setPackEnabled(packId: string, enabled: boolean): Promise<void> {
  const { state } = await getState()
  if (packId === bundledView.id) await saveState({ ...state, settings: { ...state.settings, bundledEnabled: enabled } })
  else await saveState({ ...state, packs: state.packs.map((stored) => (stored.pack.id === packId ? { ...stored, enabled } : stored)) })
}

export async function removePack(packId: string): Promise<void> {
  const { state } = await getState()
  await saveState({ ...state, packs: state.packs.filter((stored) => stored.pack.id !== packId) })
}

export { firstProblem }
