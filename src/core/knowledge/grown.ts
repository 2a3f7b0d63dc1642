/**
 * Merges a generated knowledge table (scripts/knowledge) into a pack before it is validated and
 * compiled: grown terms (synonyms and word forms) into the lexicon, and how often each pattern
 * holds in unrelated text into each claim's match knowledge. Entries for concepts or claims the pack
 * does not have are ignored; a concept whose own terms, or a claim whose patterns, changed since
 * the table was made keeps only what the pack says.
 */
export interface GrownTerms {
  seeds: string
  en: string[]
  de: string[]
}

export interface PatternChance {
  patterns: string
  en: number[]
  de: number[]
}

export interface GrownTable {
  concepts: Record<string, GrownTerms>
  patterns?: Record<string, PatternChance>
}

type LexiconData = Record<string, { terms?: { en?: string[]; de?: string[] } }>
interface ClaimData {
  id?: string
  match?: { require?: string[] }
}

export interface Hashes {
  seeds: (entry: unknown) => string
  patterns: (require: readonly string[]) => string
}

export function withGrownTerms(data: unknown, table: GrownTable, hashes?: Hashes): unknown {
  if (typeof data !== 'object' || data === null) return data
  const pack = data as { lexicon?: LexiconData; claims?: ClaimData[] }
  if (!pack.lexicon) return data
  const lexicon: LexiconData = {}
  for (const [name, entry] of Object.entries(pack.lexicon)) {
    const grown = Object.hasOwn(table.concepts, name) ? table.concepts[name] : undefined
    if (!grown || !entry.terms || (hashes && hashes.seeds(entry) !== grown.seeds)) {
      lexicon[name] = entry
      continue
    }
    lexicon[name] = {
      ...entry,
      terms: {
        ...entry.terms,
        ...(grown.en.length ? { en: [...(entry.terms.en ?? []), ...grown.en] } : {}),
        ...(grown.de.length ? { de: [...(entry.terms.de ?? []), ...grown.de] } : {}),
      },
    }
  }
  const claims = pack.claims?.map((claim) => {
    const chance = claim.id && table.patterns && Object.hasOwn(table.patterns, claim.id) ? table.patterns[claim.id] : undefined
    if (!chance || !claim.match?.require || (hashes && hashes.patterns(claim.match.require) !== chance.patterns)) return claim
    return { ...claim, match: { ...claim.match, unrelated: { en: chance.en, de: chance.de } } }
  })
  return { ...pack, lexicon, ...(claims ? { claims } : {}) }
}
