/** Importing packs: the project's own format, ClaimReview as fact-checkers publish it, and broken files. */
import { describe, expect, it } from 'vitest'
import { parseImport } from './import.ts'
import { statusFromRating } from './claim-review.ts'
import { preparePack, matchText } from '../match/matcher.ts'
import { compilePack } from '../match/compile.ts'
import { PROFILES } from '../match/sensitivity.ts'

const review = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/reviews/bridge',
  claimReviewed: 'The new bridge over the Rhine cost twelve billion euros.',
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
  author: { '@type': 'Organization', name: 'Example Check', url: 'https://factcheck.example' },
  datePublished: '2025-03-04',
  reviewBody: 'The bridge cost 1.2 billion euros, according to the state budget.',
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A Politician' }, appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/bridge' }] },
  ...overrides,
})

const ownPack = (overrides: Record<string, unknown> = {}, claim: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: 'counterpoint-pack',
  version: 1,
  id: 'example-pack',
  name: { en: 'Example pack' },
  claims: [
    {
      id: 'bridge-cost',
      claim: { en: 'The bridge cost twelve billion euros.' },
      status: 'false',
      verdict: { en: 'False' },
      match: { paraphrases: { en: ['The Rhine bridge cost twelve billion.'] } },
      ...claim,
    },
  ],
  ...overrides,
})

const text = (value: unknown): string => JSON.stringify(value)

describe('ClaimReview JSON-LD', () => {
  it.each([
    ['a single object', review()],
    ['an array', [review(), review({ claimReviewed: 'Another claim about the bridge being built in a single year.' })]],
    ['an @graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'x' }, review()] }],
    ['an @type array', review({ '@type': ['ClaimReview', 'Thing'] })],
    ['an author given as a plain name', review({ author: 'Example Check' })],
  ])('imports %s', (_name, data) => {
    const result = parseImport(text(data), 'reviews.jsonld')
    expect(result.ok ? result.value.claims[0]?.claim.en : result.problem).toBe('The new bridge over the Rhine cost twelve billion euros.')
  })

  it('carries the verdict, the reviewer and the appearance over', () => {
    const result = parseImport(text(review()), 'reviews.jsonld')
    if (!result.ok) throw new Error(result.problem)
    const [claim] = result.value.claims
    expect(claim?.status).toBe('false')
    expect(claim?.counterpoints[0]?.name).toBe('Example Check')
    expect(claim?.counterpoints[0]?.source.url).toBe('https://factcheck.example/reviews/bridge')
    expect(claim?.appearances).toEqual([{ url: 'https://news.example/bridge' }])
    expect(claim?.claimant).toBe('A Politician')
    expect(result.value.name.en).toBe('Example Check (ClaimReview)')
  })

  it('is matched literally: a restatement matches, a passing mention does not', () => {
    const result = parseImport(text(review()), 'reviews.jsonld')
    if (!result.ok) throw new Error(result.problem)
    const packs = [preparePack(compilePack(result.value))]
    expect(matchText(packs, 'Officials claim the new Rhine bridge cost twelve billion euros to build.', { profile: PROFILES.balanced }).map((m) => m.claimId)).toHaveLength(1)
    expect(matchText(packs, 'The bridge over the Rhine reopened on Monday.', { profile: PROFILES.balanced })).toEqual([])
  })

  // When it happened is a detail restatements seldom repeat: a claim's date weighs least of its words.
  it.each([
    ['The harbour tunnel in Hamburg collapsed on Tuesday, 4 March 2025.', 'The harbour tunnel has collapsed, officials said.'],
    ['Der Hafentunnel in Hamburg stürzte am Dienstag, dem 4. März 2025, ein.', 'Der Hamburger Hafentunnel ist eingestürzt.'],
  ])('a dated claim (%s) is restated without its date: %s', (claimed, restated) => {
    const result = parseImport(text(review({ claimReviewed: claimed })), 'reviews.jsonld')
    if (!result.ok) throw new Error(result.problem)
    const packs = [preparePack(compilePack(result.value))]
    expect(matchText(packs, restated, { profile: PROFILES.balanced })).toHaveLength(1)
  })

  it('the same date and place alone do not restate a dated claim', () => {
    const result = parseImport(text(review({ claimReviewed: 'The harbour tunnel in Hamburg collapsed on Tuesday, 4 March 2025.' })), 'reviews.jsonld')
    if (!result.ok) throw new Error(result.problem)
    const packs = [preparePack(compilePack(result.value))]
    expect(matchText(packs, 'On Tuesday, 4 March 2025, the Hamburg city council met to discuss the budget.', { profile: PROFILES.balanced })).toEqual([])
  })

  it.each<[Record<string, unknown>, string]>([
    [{ alternateName: 'Pants on Fire' }, 'false'],
    [{ alternateName: 'Misleading' }, 'disputed'],
    [{ alternateName: 'Missing context' }, 'needs-context'],
    [{ alternateName: 'Mostly true' }, 'incomplete'],
    [{ alternateName: 'Richtig' }, 'accurate'],
    [{ ratingValue: 1, bestRating: 5, worstRating: 1 }, 'false'],
    [{ ratingValue: 3, bestRating: 5, worstRating: 1 }, 'needs-context'],
    [{ ratingValue: 5, bestRating: 5, worstRating: 1 }, 'accurate'],
  ])('rating %j -> %s', (rating, status) => {
    expect(statusFromRating(rating)).toBe(status)
  })
})

describe('the project format', () => {
  it('imports a minimal pack', () => {
    const result = parseImport(text(ownPack()), 'pack.json')
    expect(result.ok ? result.value.id : result.problem).toBe('example-pack')
  })
})

describe('malformed files are refused with the first problem, field and reason', () => {
  it.each<[string, string, string]>([
    ['not JSON', '{"format": "counterpoint-pack",', '(file): not valid JSON'],
    ['JSON of the wrong kind', text([1, 2, 3]), '(file): neither a Counterpoint pack'],
    ['a pack without claims', text(ownPack({ claims: [] })), 'claims: must have at least 1 item(s)'],
    ['a bad status', text(ownPack({}, { status: 'wrong' })), 'claims[0].status: must be one of "false", "disputed", "needs-context", "incomplete", "accurate"'],
    ['a claim id with spaces', text(ownPack({}, { id: 'Bridge Cost' })), 'claims[0].id: must be lower-case words joined by hyphens'],
    ['a missing claim text', text(ownPack({}, { claim: undefined })), 'claims[0].claim: is required'],
    ['an unknown field', text(ownPack({ extra: true })), '(top level): has unknown field "extra"'],
    ['a javascript: link', text(ownPack({}, { appearances: [{ url: 'javascript:alert(1)' }] })), 'claims[0].appearances[0].url: must be an http or https URL'],
    ['a data: source link', text(ownPack({}, { counterpoints: [{ name: 'X', role: { en: 'r' }, quote: { en: 'q' }, kind: 'quote', source: { name: 's', url: 'data:text/html,x' } }] })), 'claims[0].counterpoints[0].source.url: must be an http or https URL'],
    ['duplicate claim ids', text(ownPack({ claims: [ownPack().claims, ownPack().claims].flat() as unknown[] })), 'claims[1].id: duplicate claim id "bridge-cost"'],
    ['a pattern naming an unknown concept', text(ownPack({}, { match: { paraphrases: { en: ['x y z'] }, require: ['bridge & cost'] } })), 'claims[0].match.require[0]: unknown concept "bridge"'],
    ['a concept negated as an unknown concept', text(ownPack({ lexicon: { abandon: { terms: { en: ['abandon'] }, negatedAs: 'keep' } } })), 'lexicon.abandon.negatedAs: unknown concept "keep"'],
    ['a claim refining one the pack does not hold', text(ownPack({}, { match: { refines: ['other-claim'] } })), 'claims[0].match.refines: "other-claim" is not another claim of this pack'],
    ['a claim refining itself', text(ownPack({}, { match: { refines: ['bridge-cost'] } })), 'claims[0].match.refines: "bridge-cost" is not another claim of this pack'],
    ['a pattern with bare alternatives', text(ownPack({ lexicon: { a: { terms: { en: ['a'] } }, b: { terms: { en: ['b'] } } } }, { match: { paraphrases: { en: ['x'] }, require: ['a | b'] } })), 'claims[0].match.require[0]: alternatives must be in parentheses'],
    ['a ClaimReview without claimReviewed', text(review({ claimReviewed: undefined })), 'ClaimReview 1: claimReviewed: is required'],
    ['a ClaimReview without a rating', text(review({ reviewRating: {} })), 'ClaimReview 1: reviewRating: needs alternateName or ratingValue'],
    ['a ClaimReview with a javascript: url', text(review({ url: 'javascript:alert(1)' })), 'ClaimReview 1: url: must be an http or https URL'],
    ['a ClaimReview with an empty claim', text(review({ claimReviewed: '   ' })), 'ClaimReview 1: claimReviewed: must not be empty'],
    ['an @graph without reviews', text({ '@graph': [{ '@type': 'Organization' }] }), '(file): neither a Counterpoint pack'],
  ])('%s', (_name, input, problem) => {
    const result = parseImport(input, 'broken.json')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toContain(problem)
  })

  it('refuses an oversized file before parsing it', () => {
    const result = parseImport(' '.repeat(5_000_001), 'big.json')
    expect(result.ok ? 'ok' : result.problem).toContain('larger than 5 MB')
  })
})

describe('what a ClaimReview item says about itself', () => {
  it.each([
    ['harbour-tunnel-cost', 'harbour-tunnel-cost'],
    ['CR 2025/001', 'cr-2025-001'],
    [{ '@type': 'PropertyValue', propertyID: 'internal', value: 'bridge-7' }, 'bridge-7'],
  ])('identifier %j becomes the claim id %s', (identifier, id) => {
    const result = parseImport(text(review({ identifier })), 'reviews.json')
    expect(result.ok && result.value.claims[0]?.id).toBe(id)
  })

  it('without an identifier, the id comes from the claim', () => {
    const result = parseImport(text(review()), 'reviews.json')
    expect(result.ok && result.value.claims[0]?.id).toBe('the-new-bridge-over-the-rhine-cost-twelve-billion')
  })

  it('a German review is matched as German', () => {
    const result = parseImport(text(review({ inLanguage: 'de', claimReviewed: 'Die neue Rheinbrücke hat zwölf Milliarden Euro gekostet.' })), 'reviews.json')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.claims[0]?.claim.de).toBe('Die neue Rheinbrücke hat zwölf Milliarden Euro gekostet.')
    const pack = preparePack(compilePack(result.value))
    expect(matchText([pack], 'Zwölf Milliarden Euro hat die neue Brücke über den Rhein gekostet.', { profile: PROFILES.balanced, lang: 'de' }).map((match) => match.claimId)).toEqual([result.value.claims[0]?.id])
  })
})

describe('a claim with no matching knowledge', () => {
  it('is accepted in Counterpoint’s own format and matched on its wording', () => {
    const result = parseImport(text(ownPack({}, { match: undefined })), 'own.json')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const pack = preparePack(compilePack(result.value))
    expect(matchText([pack], 'Officials admit the bridge cost twelve billion euros in the end.', { profile: PROFILES.balanced }).map((match) => match.claimId)).toEqual(['bridge-cost'])
  })
})
