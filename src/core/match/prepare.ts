/** A compiled pack with the lookup sets the matcher consults per sentence, built once per pack. */
import { groupFeatures, type CompiledPack } from './compiled.ts'

export interface MatcherPack {
  compiled: CompiledPack
  /** Per claim: features that do not count when negated or doubted. */
  core: Array<Set<number>>
  persons: Set<number>
  /** Features that are countries named by literal claims. */
  entities: Set<number>
  cues: Set<number>
  /** Feature -> the feature it means when negated or doubted. */
  negatedAs: Map<number, number>
  /** Feature -> claims with a pattern anchored on it: those claims become candidates wherever it occurs. */
  anchored: Map<number, number[]>
}

/** Lookup tables from JSON get no prototype, so a page word such as "constructor" cannot hit Object's properties. */
function dropPrototypes(compiled: CompiledPack): void {
  for (const language of Object.values(compiled.languages)) {
    for (const record of [language.single, language.phrases, language.compoundHeads, language.compoundModifiers]) Object.setPrototypeOf(record, null)
  }
}

export function preparePack(compiled: CompiledPack): MatcherPack {
  dropPrototypes(compiled)
  const anchored = new Map<number, number[]>()
  compiled.claims.forEach((claim, claimIndex) => {
    for (const pattern of claim.patterns) {
      for (const feature of pattern[0] ? groupFeatures(pattern[0]) : []) {
        const list = anchored.get(feature) ?? []
        if (!list.includes(claimIndex)) list.push(claimIndex)
        anchored.set(feature, list)
      }
    }
  })
  return {
    compiled,
    core: compiled.claims.map((claim) => new Set(claim.core)),
    persons: new Set(compiled.persons),
    entities: new Set(compiled.entities),
    cues: new Set(Object.values(compiled.cues)),
    negatedAs: new Map(compiled.negatedAs),
    anchored,
  }
}
