/**
 * A pack stripped to what a ClaimReview gives: each claim's sentence (English and German), its id,
 * status and verdict; no paraphrases, no patterns, no lexicon. `npm run eval -- --claims-only`
 * measures the matcher on it, because every other story will arrive that way.
 */
interface ClaimData {
  id: string
  claim: { en: string; de?: string }
  status: string
  verdict: unknown
}

export function claimsOnly(data: unknown): unknown {
  const pack = data as { id: string; name: unknown; claims: ClaimData[] }
  return {
    format: 'counterpoint-pack',
    version: 1,
    id: `${pack.id}-claims-only`,
    name: pack.name,
    claims: pack.claims.map(({ id, claim, status, verdict }) => ({ id, claim, status, verdict })),
  }
}
