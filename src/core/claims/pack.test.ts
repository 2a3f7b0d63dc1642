import { describe, expect, it } from 'vitest'
import { bundledData } from '../test-support/bundled.ts'
import { parsePack } from './parse-pack.ts'
import { packSchema } from './schema.ts'
import { EVAL_CLAIM_IDS } from '../eval/score.ts'
import { packFromClaimReview, packToClaimReview } from './claim-review.ts'

const pack = packSchema.parse(bundledData)

describe('the bundled claim set', () => {
  it('validates against the schema and compiles', () => {
    const result = parsePack(bundledData)
    expect(result.ok ? 'ok' : result.problem).toBe('ok')
  })

  it('holds every claim id the evaluation uses', () => {
    expect(pack.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining([...EVAL_CLAIM_IDS]))
  })

  it.each(pack.claims.map((claim) => [claim.id, claim] as const))('%s is complete: status, verdict, counterpoints, context, English and German', (_id, claim) => {
    expect(claim.claim.de).toBeTruthy()
    expect(claim.verdict.de).toBeTruthy()
    expect(claim.counterpoints.length).toBeGreaterThan(0)
    for (const point of claim.counterpoints) {
      expect(point.name).toBeTruthy()
      expect(point.role.de).toBeTruthy()
      expect(point.quote.de).toBeTruthy()
      expect(point.source.name).toBeTruthy()
    }
    expect(claim.context.length).toBeGreaterThan(0)
    expect(claim.match.paraphrases.en.length).toBeGreaterThanOrEqual(3)
    expect(claim.match.paraphrases.de.length).toBeGreaterThanOrEqual(3)
    expect(claim.match.require.length).toBeGreaterThan(0)
  })

  it('knows the aliases readers meet', () => {
    const terms = (concept: string): string[] => Object.values(pack.lexicon[concept]?.terms ?? {}).flat()
    expect(terms('zelensky')).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy', 'Selenskyj']))
    expect(terms('ukraine')).toEqual(expect.arrayContaining(['Kyiv', 'Kiev', 'Kiew']))
    expect(terms('no-limits')).toEqual(expect.arrayContaining(['no limits', 'boundless', 'grenzenlos']))
  })

  it('maps onto schema.org ClaimReview and back', () => {
    const jsonld = packToClaimReview(pack, { name: 'Counterpoint' })
    const back = packFromClaimReview(jsonld, 'roundtrip')
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.claims.map((claim) => claim.claim.en)).toEqual(pack.claims.map((claim) => claim.claim.en))
    expect(back.value.claims[0]?.appearances.map((item) => item.url)).toEqual(pack.claims[0]?.appearances.map((item) => item.url))
  })
})
