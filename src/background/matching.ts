/**
 * Matching for every tab, where it stays warm: the enabled packs are prepared once per background
 * lifetime (and again only when settings or packs change), so no tab compiles or JIT-warms the
 * matcher itself. Content scripts send text and paint what comes back; a background that was
 * stopped rebuilds this on its next message, from storage, without losing anything.
 */
import { compiled as bundledCompiled } from 'counterpoint:bundled-pack'
import { matchText, preparePack, PROFILES, type MatcherPack, type Status } from '../core/index.ts'
import type { BlockMatch, PageText } from '../shared/protocol.ts'
import { getState } from './store.ts'
import { applyFeedback, indexFeedback, type FeedbackIndex } from './feedback-index.ts'

interface Prepared {
  /** Identity of the state the packs were prepared from. */
  from: unknown
  packs: MatcherPack[]
  statuses: Map<string, Status>
  feedback: FeedbackIndex
}

let bundled: MatcherPack | null = null
let prepared: Prepared | null = null

async function enabled(): Promise<Prepared> {
  const { state, packs } = await getState()
  if (prepared?.from === state) return prepared
  const list = [...(state.settings.bundledEnabled ? [(bundled ??= preparePack(bundledCompiled))] : []), ...packs.filter((pack) => pack.stored.enabled).map((pack) => preparePack(pack.compiled))]
  const statuses = new Map(list.flatMap((pack) => pack.compiled.claims.map((claim): [string, Status] => [`${pack.compiled.packId}\u0000${claim.id}`, claim.status])))
  prepared = { from: state, packs: list, statuses, feedback: indexFeedback(state.feedback) }
  return prepared
}

async function sensitivity(): Promise<keyof typeof PROFILES> {
  return (await getState()).state.settings.sensitivity
}

/** Whether any block of the text restates a claim of an enabled pack: then the page is worth walking. */
export async function isRelevant(text: PageText): Promise<boolean> {
  const { packs } = await enabled()
  if (packs.length === 0) return false
  const profile = PROFILES[await sensitivity()]
  const context = text.title ? [text.title] : []
  return text.blocks.some((block) => matchText(packs, block, { profile, lang: text.lang, context }).length > 0)
}

/** Every claim in the blocks, with offsets into each block, after what readers said about sentences. */
export async function matchBlocks(text: PageText): Promise<BlockMatch[]> {
  const { packs, statuses, feedback } = await enabled()
  const profile = PROFILES[await sensitivity()]
  const context = text.title ? [text.title] : []
  const out: BlockMatch[] = []
  text.blocks.forEach((block, index) => {
    const shown = new Set<string>()
    for (const match of matchText(packs, block, { profile, lang: text.lang, context })) {
      const claim = applyFeedback(feedback, match.sentence, match)
      const key = `${match.start}:${claim?.packId}:${claim?.claimId}`
      if (!claim || shown.has(key)) continue
      shown.add(key)
      out.push({
        block: index,
        start: match.start,
        end: match.end,
        ...claim,
        status: statuses.get(`${claim.packId}\u0000${claim.claimId}`) ?? 'needs-context',
        score: claim.claimId === match.claimId ? match.score : 1,
        terms: match.terms.slice(0, 50),
        alternatives: [match, ...match.alternatives].filter((other) => other.claimId !== claim.claimId || other.packId !== claim.packId).map(({ packId, claimId }) => ({ packId, claimId })).slice(0, 5),
      })
    }
  })
  return out
}
