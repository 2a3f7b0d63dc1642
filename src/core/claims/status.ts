/**
 * A claim's status and how serious each is: what the popup, the badge and the highlights show.
 * Kept apart from the pack schema so the interface can use it without the validation library.
 */
export const STATUSES = ['false', 'disputed', 'needs-context', 'incomplete', 'accurate'] as const
export type Status = (typeof STATUSES)[number]

/** Most serious first; the badge takes the colour of the most serious status on the page. */
export const STATUS_SEVERITY: Record<Status, number> = {
  false: 4,
  disputed: 3,
  'needs-context': 2,
  incomplete: 1,
  accurate: 0,
}
