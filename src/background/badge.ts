/** The toolbar badge: how many distinct claims a tab holds, coloured by the most serious status. */
import { STATUS_SEVERITY, type Status } from '../core/claims/schema.ts'
import { claimKey, type FoundMatch } from '../shared/protocol.ts'

export const BADGE_COLOURS: Record<Status, string> = {
  false: '#b42318',
  disputed: '#b54708',
  'needs-context': '#8a5a00',
  incomplete: '#175cd3',
  accurate: '#067647',
}

export function badgeFor(matches: readonly FoundMatch[]): { text: string; colour: string | null } {
  const claims = new Map<string, Status>()
  for (const match of matches) claims.set(claimKey(match), match.status)
  if (claims.size === 0) return { text: '', colour: null }
  const worst = [...claims.values()].reduce((a, b) => (STATUS_SEVERITY[b] > STATUS_SEVERITY[a] ? b : a))
  return { text: String(claims.size), colour: BADGE_COLOURS[worst] }
}
