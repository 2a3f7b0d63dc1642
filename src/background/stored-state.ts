/**
 * What Counterpoint keeps in storage.local, its schema version, and the path from older
 * versions. Reading never fails: a corrupt or unknown value falls back to defaults, and a
 * damaged imported pack is dropped alone. The bundled pack is not stored, so it cannot be lost.
 */
import { z } from 'zod'
import { packSchema, SENSITIVITIES } from '../core/index.ts'
import { HIGHLIGHT_STYLES } from '../shared/protocol.ts'

export const STORAGE_KEY = 'counterpoint'
export const SCHEMA_VERSION = 2

const hostname = z.string().min(1).max(253)

const settingsSchema = z.object({
  enabled: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES),
  style: z.enum(['marker', 'underline'] satisfies typeof HIGHLIGHT_STYLES),
  disabledSites: z.array(hostname).max(10_000),
  bundledEnabled: z.boolean(),
})

const storedPackSchema = z.object({
  pack: packSchema,
  enabled: z.boolean(),
  importedAt: z.string(),
  source: z.string().max(500),
})

export type Settings = z.infer<typeof settingsSchema>
export type StoredPack = z.infer<typeof storedPackSchema>

export interface StoredState {
  schemaVersion: typeof SCHEMA_VERSION
  settings: Settings
  packs: StoredPack[]
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sensitivity: 'balanced',
  style: 'marker',
  disabledSites: [],
  bundledEnabled: true,
}

export function defaultState(): StoredState {
  return { schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, packs: [] }
}

/**
 * Version 1 (the first release) kept `settings` without `style` and a top-level
 * `bundledEnabled`; version 2 folds both into settings.
 */
function fromVersion1(raw: Record<string, unknown>): Record<string, unknown> {
  const settings = (typeof raw.settings === 'object' && raw.settings !== null ? raw.settings : {}) as Record<string, unknown>
  return {
    schemaVersion: 2,
    settings: { style: DEFAULT_SETTINGS.style, ...settings, bundledEnabled: raw.bundledEnabled ?? true },
    packs: raw.packs,
  }
}

const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = { 1: fromVersion1 }

export interface ReadResult {
  state: StoredState
  /** What was wrong with the stored value, if anything was repaired. */
  repaired: string[]
}

/** Turns whatever storage holds into a valid current state. */
export function readState(stored: unknown): ReadResult {
  const repaired: string[] = []
  if (stored === undefined) return { state: defaultState(), repaired }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { state: defaultState(), repaired: ['not an object'] }
  let raw = stored as Record<string, unknown>
  let version = raw.schemaVersion
  while (typeof version === 'number' && version < SCHEMA_VERSION && MIGRATIONS[version]) {
    raw = (MIGRATIONS[version] as (value: Record<string, unknown>) => Record<string, unknown>)(raw)
    version = raw.schemaVersion
  }
  if (version !== SCHEMA_VERSION) return { state: defaultState(), repaired: [`unknown schema version ${String(version)}`] }
  const state = defaultState()
  const settings = settingsSchema.safeParse(raw.settings)
  if (settings.success) state.settings = settings.data
  else repaired.push('settings')
  if (Array.isArray(raw.packs)) {
    for (const [index, item] of raw.packs.entries()) {
      const pack = storedPackSchema.safeParse(item)
      if (pack.success && !state.packs.some((existing) => existing.pack.id === pack.data.pack.id)) state.packs.push(pack.data)
      else repaired.push(`packs[${index}]`)
    }
  } else if (raw.packs !== undefined) repaired.push('packs')
  return { state, repaired }
}
