/**
 * Projections of a pack for the places that show claims: the hover card needs one line per
 * claim, the popup needs everything but the matcher's knowledge. Built once per pack (at build
 * time for the bundled pack, at import for others) so the content script carries only the card.
 */
import type { Claim, Counterpoint, LocalisedText, Pack, Status } from './schema.ts'

export interface CardView {
  id: string
  status: Status
  claim: LocalisedText
  verdict: LocalisedText
  /** The first counterpoint: the strongest, by the pack author's ordering. */
  counterpoint: { name: string; role: LocalisedText; quote: LocalisedText } | null
}

export type ClaimView = Omit<Claim, 'match'> & { packId: string }

export interface PackView {
  id: string
  name: LocalisedText
  description?: LocalisedText
  claims: ClaimView[]
}

function strongest(counterpoints: Counterpoint[]): CardView['counterpoint'] {
  const first = counterpoints[0]
  return first ? { name: first.name, role: first.role, quote: first.quote } : null
}

export function cardViews(pack: Pack): Record<string, CardView> {
  return Object.fromEntries(
    pack.claims.map((claim) => [claim.id, { id: claim.id, status: claim.status, claim: claim.claim, verdict: claim.verdict, counterpoint: strongest(claim.counterpoints) }]),
  )
}

export function packView(pack: Pack): PackView {
  return {
    id: pack.id,
    name: pack.name,
    ...(pack.description ? { description: pack.description } : {}),
    claims: pack.claims.map(({ match: _match, ...claim }) => ({ ...claim, packId: pack.id })),
  }
}

/** The first sentence of a quote (with an ellipsis) for places with room for one line, such as the card. */
export function quoteOpening(text: string): string {
  const match = /^(.{20,}?[.!?])["'”’]?\s/u.exec(text)
  return match ? `${match[1]}…` : text
}

/** Picks the text for a UI language, falling back to English. */
export function localise(text: LocalisedText, lang: string): string {
  return lang === 'de' && text.de ? text.de : text.en
}
