/**
 * Reads the Ding German–English dictionary (Debian's trans-de-en, /usr/share/trans/de-en) as a
 * translation table both ways. It only ever selects among candidates (a German synonym counts
 * when it translates one of the concept's English terms, and the other way round); none of its
 * text is written into the repository. Build-time only.
 */
import { existsSync, readFileSync } from 'node:fs'

export const DING_PATH = '/usr/share/trans/de-en'

export interface Translations {
  english(german: string): Set<string>
  german(english: string): Set<string>
}

const NOTES = /\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>/g
const PAIRS = /\b(?:zwischen|between) A (?:und|and) B\b/g
const PLACEHOLDERS = /\b(?:jdm|jdn|jds|jd|etw|sb|sth|so|sich|someone|something|one's|oneself)\b\.?|\bA und B\b|\bA and B\b|\bzwischen\b$/gi

const TRAILING_EN = /\s+(?:between|with|from|on|to|of|into|against|about|for|at|in)$/
const TRAILING_DE = /\s+(?:zwischen|mit|von|an|auf|gegen|über|für|zu|in|aus)$/

function terms(side: string, english: boolean): string[] {
  // Notes go first: "{stuck; stuck}" holds the separator the terms are split on.
  return side
    .replace(NOTES, ' ')
    .split(';')
    .map((term) => {
      let clean = term.replace(PAIRS, ' ').replace(/\//g, ' ').replace(PLACEHOLDERS, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
      if (english) clean = clean.replace(/^to /, '')
      // "drive a wedge between (A and B)": the dangling preposition belonged to the placeholder.
      return clean.replace(/[.,!?]+$/, '').replace(english ? TRAILING_EN : TRAILING_DE, '').trim()
    })
    .filter((term) => term.length > 1 && !term.includes('...') && !term.includes('…'))
}

let cached: Translations | null = null

export function findDing(): string | null {
  return existsSync(DING_PATH) ? DING_PATH : null
}

export function loadDing(path = findDing()): Translations {
  if (cached) return cached
  if (!path) throw new Error('the Ding dictionary is missing: install it with `apt-get install trans-de-en`')
  const toEnglish = new Map<string, Set<string>>()
  const toGerman = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, key: string, value: string): void => {
    let set = map.get(key)
    if (!set) map.set(key, (set = new Set()))
    set.add(value)
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue
    const [german, english] = line.split(' :: ')
    if (!german || !english) continue
    const germanParts = german.split(' | ')
    const englishParts = english.split(' | ')
    // Sub-entries are aligned; only the first few are the word and its forms, the rest are examples.
    for (let i = 0; i < Math.min(germanParts.length, englishParts.length, 6); i++) {
      const de = terms(germanParts[i] as string, false)
      const en = terms(englishParts[i] as string, true)
      if (de.some((term) => term.split(' ').length > 5) || en.some((term) => term.split(' ').length > 6)) continue
      for (const d of de) for (const e of en) {
        add(toEnglish, d, e)
        add(toGerman, e, d)
      }
    }
  }
  cached = { english: (word) => toEnglish.get(word.toLowerCase()) ?? new Set(), german: (word) => toGerman.get(word.toLowerCase()) ?? new Set() }
  return cached
}
