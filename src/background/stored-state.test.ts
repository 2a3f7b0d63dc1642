import { describe, expect, it } from 'vitest'
import { bundledData } from '../core/test-support/bundled.ts'
import { packSchema } from '../core/index.ts'
import { DEFAULT_SETTINGS, MAX_FEEDBACK, readState, SCHEMA_VERSION } from './stored-state.ts'

const samplePack = {
  format: 'counterpoint-pack',
  version: 1,
  id: 'sample',
  name: { en: 'Sample' },
  claims: [{ id: 'a-claim', claim: { en: 'A claim.' }, status: 'false', verdict: { en: 'False' }, match: { paraphrases: { en: ['A claim here.'] } } }],
}
const stored = { pack: samplePack, enabled: true, importedAt: '2025-03-01T00:00:00Z', source: 'sample.json' }
const answer = { sentenceKey: 'a1b2c3', sentence: 'A sentence.', packId: 'sample', claimId: 'a-claim', verdict: 'dismissed', site: 'news.example', url: 'https://news.example/', lang: 'en', at: '2026-01-01T00:00:00.000Z' }

describe('reading stored state', () => {
  it('starts from defaults when nothing is stored', () => {
    expect(readState(undefined)).toEqual({ state: { schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, packs: [], feedback: [] }, repaired: [] })
  })

  it('reads a valid current state unchanged', () => {
    const state = { schemaVersion: 3, settings: { ...DEFAULT_SETTINGS, sensitivity: 'strict', disabledSites: ['example.com'] }, packs: [stored], feedback: [answer] }
    const result = readState(state)
    expect(result.repaired).toEqual([])
    expect(result.state.settings).toEqual(state.settings)
    expect(result.state.packs.map((pack) => pack.pack.id)).toEqual(['sample'])
    expect(result.state.feedback).toEqual([answer])
  })

  it('migrates version 2: keeps settings and packs, starts with no answers', () => {
    const v2 = { schemaVersion: 2, settings: { ...DEFAULT_SETTINGS, style: 'underline' }, packs: [stored] }
    const { state, repaired } = readState(v2)
    expect(repaired).toEqual([])
    expect(state.schemaVersion).toBe(SCHEMA_VERSION)
    expect(state.settings.style).toBe('underline')
    expect(state.packs).toHaveLength(1)
    expect(state.feedback).toEqual([])
  })

  it.each([
    ['a damaged answer is dropped alone', [answer, { ...answer, verdict: 'maybe' }], 1, ['feedback[1]']],
    ['answers that are not a list are reset', 'oops', 0, ['feedback']],
    ['a sentence longer than any kept is dropped', [{ ...answer, sentence: 'x'.repeat(5000) }], 0, ['feedback[0]']],
  ])('repairs answers: %s', (_name, feedback, kept, problems) => {
    const { state, repaired } = readState({ schemaVersion: 3, settings: DEFAULT_SETTINGS, packs: [stored], feedback })
    expect(state.feedback).toHaveLength(kept)
    expect(state.packs).toHaveLength(1)
    expect(repaired).toEqual(problems)
  })

  it('cuts an oversized store of answers to the cap, keeping the newest', () => {
    const feedback = Array.from({ length: MAX_FEEDBACK + 50 }, (_, i) => ({ ...answer, sentenceKey: i.toString(16), at: `2026-01-01T00:00:${String(i).padStart(6, '0')}` }))
    const { state, repaired } = readState({ schemaVersion: 3, settings: DEFAULT_SETTINGS, packs: [], feedback })
    expect(state.feedback).toHaveLength(MAX_FEEDBACK)
    expect(state.feedback[0]?.sentenceKey).toBe((50).toString(16))
    expect(repaired).toEqual(['feedback: 50 oldest over the limit'])
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
    const { state, repaired } = readState({ schemaVersion: 3, settings: { enabled: 'yes' }, packs: [stored], feedback: [] })
    expect(state.settings).toEqual(DEFAULT_SETTINGS)
    expect(state.packs).toHaveLength(1)
    expect(repaired).toEqual(['settings'])
  })

  it('drops a damaged pack alone', () => {
    const damaged = { ...stored, pack: { ...samplePack, claims: 'oops' } }
    const { state, repaired } = readState({ schemaVersion: 3, settings: DEFAULT_SETTINGS, feedback: [], packs: [damaged, { ...stored, pack: { ...samplePack, id: 'second' } }] })
    expect(state.packs.map((pack) => pack.pack.id)).toEqual(['second'])
    expect(repaired).toEqual(['packs[0]'])
  })

  it('never stores the bundled pack, so corrupt storage cannot lose it', () => {
    expect(packSchema.safeParse(bundledData).success).toBe(true)
    expect(JSON.stringify(readState('corrupt').state)).not.toContain('russia-china-2025')
  })
})
