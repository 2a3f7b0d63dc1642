import { describe, expect, it } from 'vitest'
import { bundledData } from '../core/test-support/bundled.ts'
import { packSchema } from '../core/index.ts'
import { DEFAULT_SETTINGS, readState, SCHEMA_VERSION } from './stored-state.ts'

const samplePack = {
  format: 'counterpoint-pack',
  version: 1,
  id: 'sample',
  name: { en: 'Sample' },
  claims: [{ id: 'a-claim', claim: { en: 'A claim.' }, status: 'false', verdict: { en: 'False' }, match: { paraphrases: { en: ['A claim here.'] } } }],
}
const stored = { pack: samplePack, enabled: true, importedAt: '2025-03-01T00:00:00Z', source: 'sample.json' }

describe('reading stored state', () => {
  it('starts from defaults when nothing is stored', () => {
    expect(readState(undefined)).toEqual({ state: { schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, packs: [] }, repaired: [] })
  })

  it('reads a valid current state unchanged', () => {
    const state = { schemaVersion: 2, settings: { ...DEFAULT_SETTINGS, sensitivity: 'strict', disabledSites: ['example.com'] }, packs: [stored] }
    const result = readState(state)
    expect(result.repaired).toEqual([])
    expect(result.state.settings).toEqual(state.settings)
    expect(result.state.packs.map((pack) => pack.pack.id)).toEqual(['sample'])
  })

  it('migrates version 1: adds the highlight style, moves bundledEnabled into settings', () => {
    const v1 = { schemaVersion: 1, settings: { enabled: false, sensitivity: 'broad', disabledSites: ['a.example'] }, bundledEnabled: false, packs: [stored] }
    const { state, repaired } = readState(v1)
    expect(repaired).toEqual([])
    expect(state.settings).toEqual({ enabled: false, sensitivity: 'broad', style: 'marker', disabledSites: ['a.example'], bundledEnabled: false })
    expect(state.packs).toHaveLength(1)
  })

  it.each([
    ['a string', 'corrupt'],
    ['an array', [1, 2]],
    ['null', null],
    ['an unknown future version', { schemaVersion: 99, settings: DEFAULT_SETTINGS, packs: [] }],
    ['no version', { settings: DEFAULT_SETTINGS }],
  ])('falls back to defaults for %s', (_name, value) => {
    const { state, repaired } = readState(value)
    expect(state.settings).toEqual(DEFAULT_SETTINGS)
    expect(state.packs).toEqual([])
    expect(repaired.length).toBeGreaterThan(0)
  })

  it('repairs bad settings but keeps good packs', () => {
    const { state, repaired } = readState({ schemaVersion: 2, settings: { enabled: 'yes' }, packs: [stored] })
    expect(state.settings).toEqual(DEFAULT_SETTINGS)
    expect(state.packs).toHaveLength(1)
    expect(repaired).toEqual(['settings'])
  })

  it('drops a damaged pack alone', () => {
    const damaged = { ...stored, pack: { ...samplePack, claims: 'oops' } }
    const { state, repaired } = readState({ schemaVersion: 2, settings: DEFAULT_SETTINGS, packs: [damaged, { ...stored, pack: { ...samplePack, id: 'second' } }] })
    expect(state.packs.map((pack) => pack.pack.id)).toEqual(['second'])
    expect(repaired).toEqual(['packs[0]'])
  })

  it('never stores the bundled pack, so corrupt storage cannot lose it', () => {
    expect(packSchema.safeParse(bundledData).success).toBe(true)
    expect(JSON.stringify(readState('corrupt').state)).not.toContain('russia-china-2025')
  })
})
