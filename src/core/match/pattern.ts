/**
 * Concept patterns, e.g. "split & ~russia & ~china & ?(us | intent)". A pattern holds when every
 * &-joined group has at least one of its |-alternatives in the sentence. The first group is the
 * anchor; a group written with ~ must also stand within a few tokens of an anchor occurrence,
 * so "a split inside the West ... Russia ... China" does not count as splitting Russia from China.
 * A group written with ? is the kind a writer often leaves to the context (who is acting): its
 * presence is evidence, its absence does not break the pattern.
 */

export interface PatternGroup {
  names: string[]
  near: boolean
  optional: boolean
}

export class PatternError extends Error {}

const NAME = /^[a-z][a-z0-9-]*$/

/** Parses one pattern. Throws PatternError with a readable reason. */
export function parsePattern(source: string): PatternGroup[] {
  const groups: PatternGroup[] = []
  for (const rawGroup of source.split('&')) {
    let group = rawGroup.trim()
    const near = group.startsWith('~')
    const optional = group.startsWith('?')
    if (near || optional) group = group.slice(1).trim()
    if ((near || optional) && groups.length === 0) throw new PatternError(`the first group is the anchor and cannot be marked ${near ? '~' : '?'}`)
    if (group.startsWith('(') && group.endsWith(')')) group = group.slice(1, -1)
    else if (group.includes('|')) throw new PatternError(`alternatives must be in parentheses: "${rawGroup.trim()}"`)
    const names = group.split('|').map((name) => name.trim())
    for (const name of names) {
      if (!NAME.test(name)) throw new PatternError(`"${name}" is not a concept name`)
    }
    groups.push({ names, near, optional })
  }
  return groups
}
