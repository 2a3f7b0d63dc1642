/**
 * The generated knowledge is current: the grown terms and chance rates were made from the pack as it
 * is now (regenerate with `npm run knowledge`, then `npm run train`), and the model reads the
 * evidence the matcher writes. Also what the general knowledge must know.
 */
import { describe, expect, it } from 'vitest'
import { packSchema } from '../../src/core/index.ts'
import { ENTITY_CLUSTERS } from '../../src/core/knowledge/general.ts'
import { withGrownTerms } from '../../src/core/knowledge/grown.ts'
import { MODEL } from '../../src/core/match/decide.ts'
import { FEATURE_NAMES } from '../../src/core/match/evidence.ts'
import pack from '../../src/data/russia-china-2025.pack.json' with { type: 'json' }
import grown from '../../src/data/russia-china-2025.grown.json' with { type: 'json' }
import { derivations, isNameConcept, seedHash, stemKey } from './grow.ts'
import { loadWordNet } from './wordnet.ts'
import { germanPhraseForms, germanPresentParticiples, germanVerbForms } from './inflect.ts'
import { patternHash } from './chance.ts'
import { stemCollisions } from './collisions.ts'
import type { Lang } from '../../src/core/text/language.ts'

const parsed = packSchema.parse(pack)

describe('the grown table belongs to the pack as it is', () => {
  it('every concept that is not a name has grown terms made from its current terms', () => {
    const stale = Object.entries(parsed.lexicon)
      .filter(([, entry]) => !isNameConcept(entry))
      .filter(([name, entry]) => grown.concepts[name as keyof typeof grown.concepts]?.seeds !== seedHash(entry))
      .map(([name]) => name)
    expect(stale).toEqual([])
  })

  it('no grown term is a word its concept avoids (a thesaurus sense that means something else here)', () => {
    const avoidedButGrown = Object.entries(parsed.lexicon).flatMap(([name, entry]) =>
      (['en', 'de'] as const).flatMap((lang) => {
        const avoided = new Set((entry.avoid?.[lang] ?? []).map((word) => stemKey(word, lang)))
        const terms: string[] = grown.concepts[name as keyof typeof grown.concepts]?.[lang] ?? []
        return terms.filter((term) => avoided.has(stemKey(term, lang))).map((term) => `${name}/${lang}: ${term}`)
      }),
    )
    expect(avoidedButGrown).toEqual([])
  })

  it('every claim with patterns has chance rates counted for its current patterns', () => {
    const patterns = grown.patterns as Record<string, { patterns: string }>
    const stale = parsed.claims.filter((claim) => claim.match.require.length > 0 && patterns[claim.id]?.patterns !== patternHash(claim.match.require)).map((claim) => claim.id)
    expect(stale).toEqual([])
  })

  it('an entry made from other terms is not merged', () => {
    const data = { lexicon: { split: { terms: { en: ['split'] } } }, claims: [] }
    const table = { concepts: { split: { seeds: 'other', en: ['sunder'], de: [] } } }
    const merged = withGrownTerms(data, table, { seeds: () => 'current', patterns: () => '' }) as typeof data
    expect(merged.lexicon.split.terms.en).toEqual(['split'])
  })
})

describe('derivations: the act a seed verb names, as a noun', () => {
  it.each([
    ['isolate', 'isolation', true],
    ['align', 'alignment', true],
    ['refuse', 'refusal', true],
    // Agents, tools and qualities name other things; nouns are not turned into verbs.
    ['woo', 'wooer', false],
    ['cleave', 'cleaver', false],
    ['administration', 'administer', false],
  ])('%s → %s: %s', (seed, word, expected) => {
    expect(derivations(loadWordNet(), [seed]).includes(word)).toBe(expected)
  })
})

describe('German verb forms: a separable verb apart in a main clause, joined in a verb-final one', () => {
  it.each([
    // "Trump schließt die Ukraine aus" and "ein Abkommen, das die Ukraine ausschließt".
    ['ausschließen', ['schließt … aus.', 'ausschließt', 'schlossen … aus.', 'ausschlossen', 'ausgeschlossen', 'auszuschließen']],
    // Built from prefix and verb where the dictionary lacks the whole: "…, der ihn abkanzelt".
    ['abkanzeln', ['kanzelt … ab.', 'abkanzelt', 'abgekanzelt']],
    // Not separable: one form only.
    ['isolieren', ['isoliert', 'isolierte']],
  ])('%s', (infinitive, expected) => {
    expect(germanVerbForms(infinitive)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    ['isolieren', 'isolier'],
    // A zu-infinitive is a form already, not a prefix on the verb "zuarbeiten".
    ['zusammenzuarbeiten', 'zuarbeit'],
  ])('%s has no form containing "%s" apart', (infinitive, part) => {
    expect(germanVerbForms(infinitive).filter((form) => form.includes('…') && form.includes(part))).toEqual([])
  })
})

describe('German present participles beside past participles used as adjectives', () => {
  it.each([
    ['alarmiert', ['alarmierend']],
    // A verb in -ern keeps its r; one in -ieren the dictionary lacks is regular anyway.
    ['verunsichert', ['verunsichernd']],
    ['schockiert', ['schockierend']],
    ['enttäuscht', ['enttäuschend']],
    // With "ge-", first or after a separable part: their present participles are mostly words of their own.
    ['gespannt', []],
    ['angenähert', []],
    ['kaltgestellt', []],
    ['angegriffen', []],
    // Not a participle.
    ['grenzenlos', []],
  ])('%s', (participle, expected) => {
    expect(germanPresentParticiples(participle)).toEqual(expected)
  })
})

describe('German phrases that end in a verb: the finite verb second in a main clause, last in a verb-final one', () => {
  it.each([
    ['unter Druck setzen', ['setzt … unter Druck', 'unter Druck setzt', 'setzte … unter Druck', 'unter Druck gesetzt', 'unter Druck zu setzen']],
    ['im Stich lassen', ['ließ … im Stich', 'im Stich ließ', 'im Stich gelassen']],
    // A separable verb splits around the phrase: "gibt … nicht auf." (its prefix closes the clause), "nicht aufgibt".
    ['nicht aufgeben', ['gibt … nicht auf.', 'nicht aufgibt', 'nicht aufgegeben', 'nicht aufzugeben']],
    ['gegeneinander aufbringen', ['bringt … gegeneinander auf.', 'gegeneinander aufbrachte', 'gegeneinander aufzubringen']],
    // No verb at the end, nothing to move; an infinitive clause or a phrase with a gap stays as written.
    ['nicht einbezogen', []],
    ['den Krieg zu beenden', []],
    ['ohne … zu kappen', []],
  ])('%s', (phrase, expected) => {
    const forms = germanPhraseForms(phrase)
    expect(forms).toEqual(expect.arrayContaining(expected))
    if (expected.length === 0) expect(forms).toEqual([])
  })
})

describe('general knowledge', () => {
  it.each([
    ['RU', ['Russia', 'Russian', 'Moscow', 'Kremlin'], ['Russland', 'russisch', 'Moskau', 'Kreml']],
    ['CN', ['China', 'Chinese', 'Beijing'], ['China', 'chinesisch', 'Peking']],
    ['US', ['United States', 'American', 'Washington', 'White House'], ['USA', 'Washington']],
    ['UA', ['Ukraine', 'Ukrainian', 'Kyiv'], ['Ukraine', 'ukrainisch', 'Kiew']],
  ])('%s is known by the names that stand for it', (id, en, de) => {
    const cluster = ENTITY_CLUSTERS.find((item) => item.id === id)
    expect(cluster?.en).toEqual(expect.arrayContaining(en))
    expect(cluster?.de).toEqual(expect.arrayContaining(de))
  })
})

describe('the model', () => {
  it('reads the evidence the matcher writes, in the same order', () => {
    expect(MODEL.features).toEqual([...FEATURE_NAMES])
    for (const kind of ['curated', 'literal'] as const) for (const lang of ['en', 'de'] as const) expect(MODEL[kind][lang].weights).toHaveLength(FEATURE_NAMES.length)
  })
})

describe('stem collisions are reported for review', () => {
  it.each<[Lang, string, string]>([
    ['en', 'sever', 'several'],
    ['de', 'ausschließen', 'ausschließlich'],
  ])('%s: the term "%s" is reported for "%s", and not once it is matched as written', (lang, term, word) => {
    expect(stemCollisions(lang, { concept: [term] }).map((collision) => collision.word)).toContain(word)
    expect(stemCollisions(lang, { concept: [`=${term}`] })).toEqual([])
  })
})
