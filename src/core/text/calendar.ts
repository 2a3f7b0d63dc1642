/**
 * Month and weekday names in lower case, from the platform's own calendar data (Intl) rather than a
 * list kept by hand: "march", "märz", "jänner" (de-AT), "friday", "fr" (a short German weekday).
 */
export type CalendarField = 'month' | 'weekday'
export type CalendarStyle = 'long' | 'short'

const COUNT: Record<CalendarField, number> = { month: 12, weekday: 7 }

/** A date in 2024 for the i-th month (from January) or weekday (from Monday, 1 January 2024). */
function dateFor(field: CalendarField, index: number): Date {
  return field === 'month' ? new Date(Date.UTC(2024, index, 1)) : new Date(Date.UTC(2024, 0, 1 + index))
}

/** The names of every month or weekday in the given locales and styles; a short name's dot is dropped ("feb.", "Fr."). */
export function calendarNames(locales: readonly string[], field: CalendarField, styles: readonly CalendarStyle[] = ['long']): Set<string> {
  const names = new Set<string>()
  for (const locale of locales) {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(locale, { [field]: style, timeZone: 'UTC' })
      for (let index = 0; index < COUNT[field]; index++) names.add(format.format(dateFor(field, index)).toLowerCase().replace(/\.$/, ''))
    }
  }
  return names
}
