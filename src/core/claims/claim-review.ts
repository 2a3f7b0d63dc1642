/**
 * schema.org ClaimReview <-> the project's pack format. Fact-checkers publish ClaimReview as
 * JSON-LD (one object, an array, or an @graph); each review becomes a claim whose only matching
 * knowledge is its own wording, so it is matched more literally than curated claims.
 */
import { z } from 'zod'
import { firstProblem, type ParseResult } from './parse-pack.ts'
import { httpUrl, packSchema, type Pack, type Status } from './schema.ts'
import { detectLanguage, langFromTag, type Lang } from '../text/language.ts'

const text = z.string().trim().min(1, 'must not be empty').max(2000)
const thing = z.union([text, z.object({ name: text.optional(), url: httpUrl.optional() }).passthrough()])
const appearance = z.union([httpUrl, z.object({ url: httpUrl }).passthrough()])
const isType = (expected: string) => (value: unknown) => value === expected || (Array.isArray(value) && value.includes(expected))

const claimReviewSchema = z
  .object({
    '@type': z.unknown().refine(isType('ClaimReview'), 'must be "ClaimReview"'),
    claimReviewed: text,
    reviewRating: z
      .object({
        ratingValue: z.union([z.number(), z.string()]).optional(),
        bestRating: z.union([z.number(), z.string()]).optional(),
        worstRating: z.union([z.number(), z.string()]).optional(),
        alternateName: text.optional(),
      })
      .passthrough()
      .refine((rating) => rating.alternateName !== undefined || rating.ratingValue !== undefined, 'needs alternateName or ratingValue'),
    author: z.union([thing, z.array(thing).min(1)]),
    url: httpUrl.optional(),
    datePublished: z.string().optional(),
    reviewBody: text.optional(),
    /** schema.org identifier (Text, URL or PropertyValue): when present, the claim's id. */
    identifier: z.union([text, z.object({ value: z.union([text, z.number()]) }).passthrough(), z.array(z.unknown())]).optional(),
    inLanguage: z.unknown().optional(),
    itemReviewed: z
      .object({
        author: z.union([thing, z.array(thing)]).optional(),
        datePublished: z.string().optional(),
        appearance: z.union([appearance, z.array(appearance)]).optional(),
        firstAppearance: appearance.optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough()

type ClaimReview = z.infer<typeof claimReviewSchema>

const RATING_WORDS: Array<[RegExp, Status]> = [
  [/pants on fire|\bfalse\b|falsch|\bfake\b|incorrect|\bwrong\b|\bfabricat/i, 'false'],
  [/mislead|irreführ|mostly false|disputed|umstritten|unproven|unsupported|unbelegt|no evidence/i, 'disputed'],
  [/context|kontext|half|mixture|mixed|partly|teilweise|exaggerat|übertrieben|cherry/i, 'needs-context'],
  [/mostly true|largely|incomplete|unvollständig|weitgehend/i, 'incomplete'],
  [/\btrue\b|correct|accurate|richtig|stimmt|zutreffend|wahr\b/i, 'accurate'],
]

export function statusFromRating(rating: ClaimReview['reviewRating']): Status {
  const name = rating.alternateName ?? ''
  for (const [pattern, status] of RATING_WORDS) if (pattern.test(name)) return status
  const value = Number(rating.ratingValue)
  const best = Number(rating.bestRating ?? 5)
  const worst = Number(rating.worstRating ?? 1)
  if (Number.isFinite(value) && best !== worst) {
    const share = (value - worst) / (best - worst)
    if (share < 0.2) return 'false'
    if (share < 0.45) return 'disputed'
    if (share < 0.65) return 'needs-context'
    if (share < 0.85) return 'incomplete'
    return 'accurate'
  }
  return 'needs-context'
}

function nameOf(value: z.infer<typeof thing> | Array<z.infer<typeof thing>> | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  if (first === undefined) return undefined
  return typeof first === 'string' ? first : first.name
}

function urlOf(value: z.infer<typeof appearance>): string {
  return typeof value === 'string' ? value : value.url
}

export function slug(value: string, max = 60): string {
  const base = value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '')
  return base || 'claim'
}

/** A short stable hash (FNV-1a) so two imports of different files never share an id. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

function isoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}(-\d{2})?)/.exec(value ?? '')
  return match?.[1]
}

/** The list of reviews in a JSON-LD document: one object, an array, or an @graph. */
function reviewsIn(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data
  if (typeof data === 'object' && data !== null) {
    const graph = (data as Record<string, unknown>)['@graph']
    if (Array.isArray(graph)) return graph
    return [data]
  }
  return null
}

export function looksLikeClaimReview(data: unknown): boolean {
  const items = reviewsIn(data)
  return items !== null && items.some((item) => typeof item === 'object' && item !== null && isType('ClaimReview')((item as Record<string, unknown>)['@type']))
}

/** The language of the review: its inLanguage when given, else guessed from the claim's words. */
function languageOf(review: ClaimReview): Lang {
  const tag = Array.isArray(review.inLanguage) ? review.inLanguage[0] : review.inLanguage
  const name = typeof tag === 'object' && tag !== null ? (tag as { alternateName?: unknown; name?: unknown }).alternateName ?? (tag as { name?: unknown }).name : tag
  return langFromTag(typeof name === 'string' ? name : undefined) ?? detectLanguage(review.claimReviewed)
}

/** The review's own identifier as written (the first, if several), or undefined. */
function identifierOf(review: ClaimReview): string | undefined {
  const first = Array.isArray(review.identifier) ? review.identifier[0] : review.identifier
  if (typeof first === 'string') return first
  if (typeof first === 'object' && first !== null && 'value' in first) return String((first as { value: unknown }).value)
  return undefined
}

function toClaim(review: ClaimReview, index: number, usedIds: Set<string>): Pack['claims'][number] {
  // An identifier that is already a claim id ("wsj-report") is kept as it is; others are made into one.
  const identifier = identifierOf(review)
  let id = identifier !== undefined ? slug(identifier, 80) : slug(review.claimReviewed, 50)
  if (usedIds.has(id)) id = `${id}-${index + 1}`
  usedIds.add(id)
  const reviewer = nameOf(review.author) ?? 'Fact-checker'
  const verdict = review.reviewRating.alternateName ?? `${String(review.reviewRating.ratingValue)} / ${String(review.reviewRating.bestRating ?? 5)}`
  const appearances = [
    ...(review.itemReviewed?.firstAppearance ? [review.itemReviewed.firstAppearance] : []),
    ...(Array.isArray(review.itemReviewed?.appearance) ? review.itemReviewed.appearance : review.itemReviewed?.appearance ? [review.itemReviewed.appearance] : []),
  ].map((item) => ({ url: urlOf(item) }))
  const date = isoDate(review.datePublished)
  const claimant = nameOf(review.itemReviewed?.author)
  const claimDate = isoDate(review.itemReviewed?.datePublished)
  return {
    id,
    // A German review is matched as German; its text stands in for English where the interface asks for it.
    claim: languageOf(review) === 'de' ? { en: review.claimReviewed, de: review.claimReviewed } : { en: review.claimReviewed },
    status: statusFromRating(review.reviewRating),
    verdict: { en: verdict },
    ...(claimant ? { claimant } : {}),
    ...(claimDate ? { date: claimDate } : {}),
    appearances,
    counterpoints: [
      {
        name: reviewer,
        role: { en: 'Fact-checker', de: 'Faktenprüfung' },
        quote: { en: review.reviewBody ?? verdict },
        kind: 'summary',
        translated: false,
        source: { name: reviewer, ...(review.url ? { url: review.url } : {}), ...(date ? { date } : {}) },
      },
    ],
    context: [],
    match: { paraphrases: { en: [], de: [] }, require: [], core: [] },
  }
}

/** Converts ClaimReview JSON-LD into a validated pack. `sourceName` names the pack when reviewers differ. */
export function packFromClaimReview(data: unknown, sourceName: string): ParseResult<Pack> {
  const items = reviewsIn(data)
  if (!items || items.length === 0) return { ok: false, problem: '(top level): must be a ClaimReview object, an array of them, or an @graph' }
  const reviews = items.filter((item) => typeof item === 'object' && item !== null && isType('ClaimReview')((item as Record<string, unknown>)['@type']))
  if (reviews.length === 0) return { ok: false, problem: '(top level): holds no item with "@type": "ClaimReview"' }
  const parsed: ClaimReview[] = []
  for (const [index, item] of reviews.entries()) {
    const result = claimReviewSchema.safeParse(item)
    if (!result.success) return { ok: false, problem: `ClaimReview ${index + 1}: ${firstProblem(result.error)}` }
    parsed.push(result.data)
  }
  const usedIds = new Set<string>()
  const reviewers = [...new Set(parsed.map((review) => nameOf(review.author) ?? 'Fact-checker'))]
  const name = reviewers.length === 1 ? (reviewers[0] as string) : sourceName
  const pack = packSchema.safeParse({
    format: 'counterpoint-pack',
    version: 1,
    id: `claimreview-${slug(name, 30)}-${shortHash(JSON.stringify(data))}`,
    name: { en: `${name} (ClaimReview)` },
    lexicon: {},
    claims: parsed.map((review, index) => toClaim(review, index, usedIds)),
  })
  if (!pack.success) return { ok: false, problem: firstProblem(pack.error) }
  return { ok: true, value: pack.data }
}

/** The pack as ClaimReview JSON-LD, one review per claim, in an @graph. */
export function packToClaimReview(pack: Pack, reviewer: { name: string; url?: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': pack.claims.map((claim) => ({
      '@type': 'ClaimReview',
      claimReviewed: claim.claim.en,
      reviewRating: { '@type': 'Rating', alternateName: claim.verdict.en },
      author: { '@type': 'Organization', ...reviewer },
      reviewBody: claim.counterpoints.map((point) => `${point.name}: ${point.quote.en}`).join(' '),
      itemReviewed: {
        '@type': 'Claim',
        ...(claim.claimant ? { author: { '@type': 'Person', name: claim.claimant } } : {}),
        ...(claim.date ? { datePublished: claim.date } : {}),
        appearance: claim.appearances.map((item) => ({ '@type': 'CreativeWork', url: item.url })),
      },
    })),
  }
}
