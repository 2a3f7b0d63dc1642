/**
 * What Counterpoint keeps in storage.local, its schema version, and the path from older
 * versions. Reading never fails: a corrupt or unknown value falls back to defaults, and a
 * damaged imported pack is dropped alone. The bundled pack is not stored, so it cannot be lost.
 */
import { z } from 'zod'
import { packSchema, SENSITIVITIES } from '../core/index.ts'
import { HIGHLIGHT_STYLES } from '../shared/protocol.ts'

export const STORAGE_KEY = 'counterpoint'
export const SCHEMA_VERSION = 3

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

/**
 * What a reader said about one highlight: not this claim (dismissed), or yes, it restates it
 * (confirmed; also what picking another claim for a sentence records). Kept on the device only.
 */
const feedbackSchema = z.object({
  /** sentenceKey() of the sentence: the same sentence on any page. */
  sentenceKey: z.string().min(1).max(20),
  sentence: z.string().min(1).max(2000),
  packId: z.string().min(1).max(200),
  claimId: z.string().min(1).max(200),
  verdict: z.enum(['dismissed', 'confirmed']),
  site: z.string().max(253),
  url: z.string().max(2048),
  lang: z.enum(['en', 'de']),
  at: z.string().max(40),
})

/** At most this many answers are kept; the oldest go first (the options page says so). */
export const MAX_FEEDBACK = 2000

export type Settings = z.infer<typeof settingsSchema>
export type StoredPack = z.infer<typeof storedPackSchema>
export type Feedback = z.infer<typeof feedbackSchema>

export interface StoredState {
  schemaVersion: typeof SCHEMA_VERSION
  settings: Settings
  packs: StoredPack[]
  feedback: Feedback[]
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sensitivity: 'balanced',
  style: 'marker',
  disabledSites: [],
  bundledEnabled: true,
}

export function defaultState(): StoredState {
  return { schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, packs: [], feedback: [] }
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

/** Version 3 adds what readers said about highlights; there was nothing of the kind before. */
function fromVersion2(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, schemaVersion: 3, feedback: [] }
}

const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = { 1: fromVersion1, 2: fromVersion2 }

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
  if (Array.isArray(raw.feedback)) {
    for (const [index, item] of raw.feedback.entries()) {
      const entry = feedbackSchema.safeParse(item)
      if (entry.success) state.feedback.push(entry.data)
      else repaired.push(`feedback[${index}]`)
    }
    if (state.feedback.length > MAX_FEEDBACK) {
      repaired.push(`feedback: ${state.feedback.length - MAX_FEEDBACK} oldest over the limit`)
      state.feedback = keepNewest(state.feedback)
    }
  } else if (raw.feedback !== undefined) repaired.push('feedback')
  return { state, repaired }
}

/** The answers in the order they were given, oldest first. */
export function byTime(feedback: readonly Feedback[]): Feedback[] {
  return [...feedback].sort((a, b) => a.at.localeCompare(b.at))
}

/** The newest MAX_FEEDBACK answers, in the order they were given. */
export function keepNewest(feedback: readonly Feedback[]): Feedback[] {
  return byTime(feedback).slice(-MAX_FEEDBACK)
}
