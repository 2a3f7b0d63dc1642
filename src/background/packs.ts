/**
 * Importing, enabling and removing claim packs. An import is parsed, validated and compiled in
 * full before anything is stored, so a bad file changes nothing.
 */
import type { ParseResult, Pack } from '../core/index.ts'
import { parseImport } from '../core/claims/import.ts'
import { localise, type CardView } from '../core/claims/views.ts'
import { cards as bundledCards, view as bundledView } from 'counterpoint:bundled-pack'
import type { PackSummary } from '../shared/protocol.ts'
import { getState, updateState } from './store.ts'
import type { StoredState } from './stored-state.ts'

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
  const stored = { pack: parsed.value, enabled: true, importedAt: new Date().toISOString(), source: fileName.slice(0, 500) }
  await updateState((state) => ({ ...state, packs: [...state.packs.filter((existing) => existing.pack.id !== parsed.value.id), stored] }))
  return parsed
}

export async function setPackEnabled(packId: string, enabled: boolean): Promise<void> {
  await updateState((state) =>
    packId === bundledView.id
      ? { ...state, settings: { ...state.settings, bundledEnabled: enabled } }
      : { ...state, packs: state.packs.map((stored) => (stored.pack.id === packId ? { ...stored, enabled } : stored)) },
  )
}

export async function removePack(packId: string): Promise<void> {
  await updateState((state) => ({ ...state, packs: state.packs.filter((stored) => stored.pack.id !== packId) }))
}

/** A claim's card from the bundled pack or an imported one; own keys only, so an id such as "constructor" finds nothing. */
export async function cardFor(packId: string, claimId: string): Promise<CardView | null> {
  const cards = packId === bundledView.id ? bundledCards : (await getState()).packs.find((pack) => pack.compiled.packId === packId)?.cards
  return cards && Object.hasOwn(cards, claimId) ? (cards[claimId] ?? null) : null
}
