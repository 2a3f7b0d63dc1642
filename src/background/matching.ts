/**
 * Matching for every tab, where it stays warm: the enabled packs are prepared once per background
 * lifetime (and again only when settings or packs change), so no tab compiles or JIT-warms the
 * matcher itself. Content scripts send text and paint what comes back; a background that was
 * stopped rebuilds this on its next message, from storage, without losing anything.
 */
import { compiled as bundledCompiled } from 'counterpoint:bundled-pack'
import { matchText, preparePack, PROFILES, type CompiledPack, type MatchProfile, type MatcherPack, type Status } from '../core/index.ts'
import { claimKey, type BlockMatch, type PageText } from '../shared/protocol.ts'
import { getState } from './store.ts'
import { applyFeedback, indexFeedback, type FeedbackIndex } from './feedback-index.ts'

interface Prepared {
  /** Identity of the state this was prepared from. */
  from: unknown
  packs: MatcherPack[]
  profile: MatchProfile
  statuses: Map<string, Status>
  feedback: FeedbackIndex
}

/** Per compiled pack (the store keeps a pack's compiled form while it is unchanged): an answer or a setting does not re-prepare packs. */
const preparedPacks = new WeakMap<CompiledPack, MatcherPack>()
let prepared: Prepared | null = null

function prepare(compiled: CompiledPack): MatcherPack {
  let pack = preparedPacks.get(compiled)
  if (!pack) preparedPacks.set(compiled, (pack = preparePack(compiled)))
  return pack
}

async function enabled(): Promise<Prepared> {
  const { state, packs } = await getState()
  if (prepared?.from === state) return prepared
  const compiled = [...(state.settings.bundledEnabled ? [bundledCompiled] : []), ...packs.filter((pack) => pack.stored.enabled).map((pack) => pack.compiled)]
  const list = compiled.map(prepare)
  const statuses = new Map(list.flatMap((pack) => pack.compiled.claims.map((claim): [string, Status] => [claimKey({ packId: pack.compiled.packId, claimId: claim.id }), claim.status])))
  prepared = { from: state, packs: list, profile: PROFILES[state.settings.sensitivity], statuses, feedback: indexFeedback(state.feedback) }
  return prepared
}

/** Whether any block of the text restates a claim of an enabled pack: then the page is worth walking. */
export async function isRelevant(text: PageText): Promise<boolean> {
  const { packs, profile } = await enabled()
  if (packs.length === 0) return false
  const context = text.title ? [text.title] : []
  return text.blocks.some((block) => matchText(packs, block, { profile, lang: text.lang, context }).length > 0)
}

/** Every claim in the blocks, with offsets into each block, after what readers said about sentences. */
export async function matchBlocks(text: PageText): Promise<BlockMatch[]> {
  const { packs, profile, statuses, feedback } = await enabled()
  const context = text.title ? [text.title] : []
  const out: BlockMatch[] = []
  text.blocks.forEach((block, index) => {
    const shown = new Set<string>()
    for (const match of matchText(packs, block, { profile, lang: text.lang, context })) {
      const claim = applyFeedback(feedback, match.sentence, match)
      if (!claim) continue
      // A reader's pick can make two claims of one sentence the same: it is shown once.
      const key = `${match.start}\u0000${claimKey(claim)}`
      if (shown.has(key)) continue
      shown.add(key)
      out.push({
        block: index,
        start: match.start,
        end: match.end,
        ...claim,
        status: statuses.get(claimKey(claim)) ?? 'needs-context',
        score: claim.claimId === match.claimId ? match.score : 1,
        terms: match.terms.slice(0, 50),
        alternatives: [match, ...match.alternatives].filter((other) => claimKey(other) !== claimKey(claim)).map(({ packId, claimId }) => ({ packId, claimId })).slice(0, 5),
      })
    }
  })
  return out
}
