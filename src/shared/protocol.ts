/**
 * Every message Counterpoint sends, per direction, with its request and reply types and the
 * guard the receiver uses. Receivers check the sender (our extension, and the right kind of
 * context) and the shape; anything else is ignored and counted, never acted on.
 */
import type { LocalisedText, Sensitivity, Status } from '../core/index.ts'
import type { CardView, ClaimView } from '../core/claims/views.ts'
import { arrayOf, isBoolean, isFiniteNumber, isInteger, literal, object, optional, shortString, type Guard } from './guards.ts'

/** A message with nothing but its type. */
export type NoFields = Record<never, never>

export type HighlightStyle = 'marker' | 'underline'
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['marker', 'underline']

/** A claim by its pack and id. */
export interface ClaimRef {
  packId: string
  claimId: string
}

/** One string per claim, for maps and sets keyed by claim (ids may hold any character but NUL). */
export function claimKey(ref: ClaimRef): string {
  return `${ref.packId}\u0000${ref.claimId}`
}

/** One highlighted sentence, as the content script reports it. */
export interface FoundMatch {
  highlightId: string
  packId: string
  claimId: string
  status: Status
  score: number
  sentence: string
  terms: string[]
  /** Other claims the sentence might restate, most probable first ("Wrong claim? Show others"). */
  alternatives: ClaimRef[]
}

/**
 * What a reader says about a highlight: not this claim, or yes, it restates it. `instead`: the
 * claim the reader picked in its place (recorded as a confirmation of that one).
 */
export type Verdict = 'dismissed' | 'confirmed'

/** One remembered answer, as the options page lists it. */
export interface FeedbackView {
  id: string
  sentence: string
  claim: string
  site: string
  at: string
  verdict: Verdict
}

/** What a content script needs to run, decided by the background from settings. */
export interface ContentConfig {
  /** Highlights on globally and on this site. */
  active: boolean
  style: HighlightStyle
}

/** Text of a page the content script asks about: blocks of its text, and what frames them (the title). */
export interface PageText {
  /** Blocks (paragraph-like runs of text), each matched on its own. */
  blocks: string[]
  /** The page's declared language, where it declares one. */
  lang?: 'en' | 'de'
  /** The page's title, which may supply a claim's participants. */
  title: string
}

/** One claim found in a block, with offsets into that block's text. */
export interface BlockMatch {
  block: number
  start: number
  end: number
  packId: string
  claimId: string
  status: Status
  score: number
  terms: string[]
  alternatives: ClaimRef[]
}

export interface ContentStats {
  scans: number
  /** Times the page's text was put to the gate, and whether the page passed (is walked and watched in depth). */
  gates: number
  relevant: boolean
  /** Messages of text sent for matching, and the most characters one carried. */
  batches: number
  largestBatch: number
  /** Characters of page text read across all scans, including rescans of changed blocks. */
  charactersRead: number
  /** Sum of the durations of the extension's own work slices, and the longest one, in ms. */
  busyMs: number
  longestSliceMs: number
  slices: number
  /** performance.now() at start and when the first highlights were registered. */
  startedAt: number
  firstHighlightsAt: number | null
  highlights: number
  rejectedMessages: number
  /** Errors the content script caught and swallowed (it never lets one reach the page): 0 unless something is wrong. */
  errors: number
}

export interface SiteState {
  hostname: string
  enabled: boolean
}

/** A highlight as the popup lists it: where it is, and the other claims a reader may pick instead. */
export type ListedMatch = FoundMatch & { frameId: number; others: Array<ClaimRef & { claim: LocalisedText }> }

/** A found claim with everything the popup shows. */
export interface FoundClaim {
  claim: ClaimView
  matches: ListedMatch[]
}

export interface TabView {
  site: SiteState | null
  globallyEnabled: boolean
  claims: FoundClaim[]
}

export interface PackSummary {
  id: string
  name: string
  claims: number
  enabled: boolean
  bundled: boolean
  source?: string
}

export interface SettingsView {
  enabled: boolean
  sensitivity: Sensitivity
  style: HighlightStyle
  disabledSites: string[]
  packs: PackSummary[]
}

export type ImportResult = { ok: true; pack: PackSummary; settings: SettingsView } | { ok: false; problem: string }

/** Content script -> background. */
export interface ContentToBackground {
  'content/config': { request: { hostname: string }; reply: ContentConfig }
  /**
   * Whether a page's text can hold a claim of any enabled pack: asked with the cheaply read text of
   * a page before it is walked, observed or painted. The background matches; the page only reads.
   * The first ask of a page (`first`) also brings its configuration, and the background notes a
   * page that holds nothing (or is switched off) itself: a page with nothing to show costs one message.
   */
  'content/gate': { request: PageText & { hostname: string; top: boolean; first: boolean }; reply: ContentConfig & { relevant: boolean } }
  /** The claims in blocks of visible text (a page is sent in several messages when it is large). */
  'content/match': { request: PageText; reply: { matches: BlockMatch[] } }
  /** A reader's answer about one highlight, remembered on the device for that sentence on any page. */
  'content/feedback': {
    request: { sentence: string; packId: string; claimId: string; verdict: Verdict; instead?: ClaimRef; hostname: string; url: string; lang?: 'en' | 'de' }
    reply: null
  }
  'content/results': { request: { hostname: string; top: boolean; matches: FoundMatch[] }; reply: null }
  'content/open-details': { request: { claimId: string }; reply: null }
  /** The card's text, fetched when a card is first shown so the content script need not carry it. */
  'content/card': { request: { packId: string; claimId: string }; reply: CardView | null }
}

/** Extension pages (popup, options) -> background. */
export interface PageToBackground {
  'ui/tab-view': { request: { tabId: number }; reply: TabView }
  'ui/set-site-enabled': { request: { tabId: number; enabled: boolean }; reply: TabView }
  'ui/settings': { request: NoFields; reply: SettingsView }
  'ui/update-settings': {
    request: { enabled?: boolean; sensitivity?: Sensitivity; style?: HighlightStyle; disabledSites?: string[] }
    reply: SettingsView
  }
  'ui/import-pack': { request: { fileName: string; text: string }; reply: ImportResult }
  'ui/set-pack-enabled': { request: { packId: string; enabled: boolean }; reply: SettingsView }
  'ui/remove-pack': { request: { packId: string }; reply: SettingsView }
  'ui/rejected-count': { request: NoFields; reply: { rejected: number } }
  'ui/feedback-list': { request: NoFields; reply: { items: FeedbackView[]; limit: number } }
  /** Forgets answers (`all`, or those ids): the highlights they removed come back. */
  'ui/feedback-restore': { request: { ids: string[] | 'all' }; reply: { items: FeedbackView[]; limit: number } }
  /** The answers as lines in the evaluation format (url, lang, sentence, label), for a file the reader saves. */
  'ui/feedback-export': { request: { confirmed: boolean }; reply: { jsonl: string; rows: number } }
}

/** Background or popup -> content script of a tab. */
export interface ToContent {
  'page/jump': { request: { highlightId: string }; reply: { ok: boolean } }
  'page/navigate': { request: { direction: 'next' | 'previous' }; reply: { ok: boolean } }
  'page/toggle': { request: NoFields; reply: { visible: boolean } }
  'page/stats': { request: NoFields; reply: ContentStats }
  /** The popup's buttons on a highlight: the content script knows the sentence and answers as its card does. */
  'page/feedback': { request: { highlightId: string; verdict: Verdict; instead?: ClaimRef }; reply: { ok: boolean } }
}

export type Message<Map, K extends keyof Map> = { type: K } & (Map[K] extends { request: infer R } ? R : never)
export type Reply<Map, K extends keyof Map> = Map[K] extends { reply: infer R } ? R : never
export type AnyMessage<Map> = { [K in keyof Map]: Message<Map, K> }[keyof Map]

/**
 * Bounds on one message of page text: content scripts cut blocks and batches to fit, so a page of
 * any size is sent as several messages, each small enough to clone and match without a stall.
 */
export const MAX_BLOCK_CHARS = 20_000
export const MAX_BLOCKS = 2_000
export const MAX_BATCH_CHARS = 60_000

const id = /* @__PURE__ */ shortString(200)
const status = /* @__PURE__ */ literal('false', 'disputed', 'needs-context', 'incomplete', 'accurate')
const hostname = /* @__PURE__ */ shortString(253)

const claimRef: Guard<ClaimRef> = /* @__PURE__ */ object({ packId: id, claimId: id })
const verdict = /* @__PURE__ */ literal('dismissed', 'confirmed')

const foundMatch: Guard<FoundMatch> = /* @__PURE__ */ object({
  highlightId: shortString(40),
  packId: id,
  claimId: id,
  status,
  score: isFiniteNumber,
  sentence: shortString(2000),
  terms: arrayOf(shortString(200), 50),
  alternatives: arrayOf(claimRef, 5),
})

// Shape guards, one per message type. Each table is a pure initialiser, so a context that
// receives only one direction (the content script) does not carry the other tables.

export const contentToBackground: { [K in keyof ContentToBackground]: Guard<Message<ContentToBackground, K>> } = /* @__PURE__ */ (() => ({
  'content/config': object({ type: literal('content/config'), hostname }),
  'content/gate': object({
    type: literal('content/gate'),
    blocks: arrayOf(shortString(MAX_BLOCK_CHARS), MAX_BLOCKS),
    lang: optional(literal('en', 'de')),
    title: shortString(2000),
    hostname,
    top: isBoolean,
    first: isBoolean,
  }),
  'content/match': object({ type: literal('content/match'), blocks: arrayOf(shortString(MAX_BLOCK_CHARS), MAX_BLOCKS), lang: optional(literal('en', 'de')), title: shortString(2000) }),
  'content/results': object({ type: literal('content/results'), hostname, top: isBoolean, matches: arrayOf(foundMatch, 5000) }),
  'content/open-details': object({ type: literal('content/open-details'), claimId: id }),
  'content/card': object({ type: literal('content/card'), packId: id, claimId: id }),
  'content/feedback': object({
    type: literal('content/feedback'),
    sentence: shortString(2000),
    packId: id,
    claimId: id,
    verdict,
    instead: optional(claimRef),
    hostname,
    url: shortString(2048),
    lang: optional(literal('en', 'de')),
  }),
}))()

export const pageToBackground: { [K in keyof PageToBackground]: Guard<Message<PageToBackground, K>> } = /* @__PURE__ */ (() => ({
  'ui/tab-view': object({ type: literal('ui/tab-view'), tabId: isInteger }),
  'ui/set-site-enabled': object({ type: literal('ui/set-site-enabled'), tabId: isInteger, enabled: isBoolean }),
  'ui/settings': object({ type: literal('ui/settings') }),
  'ui/update-settings': object({
    type: literal('ui/update-settings'),
    enabled: optional(isBoolean),
    sensitivity: optional(literal('strict', 'balanced', 'broad')),
    style: optional(literal('marker', 'underline')),
    disabledSites: optional(arrayOf(hostname, 10_000)),
  }),
  'ui/import-pack': object({ type: literal('ui/import-pack'), fileName: shortString(500), text: shortString(20_000_000) }),
  'ui/set-pack-enabled': object({ type: literal('ui/set-pack-enabled'), packId: id, enabled: isBoolean }),
  'ui/remove-pack': object({ type: literal('ui/remove-pack'), packId: id }),
  'ui/rejected-count': object({ type: literal('ui/rejected-count') }),
  'ui/feedback-list': object({ type: literal('ui/feedback-list') }),
  'ui/feedback-restore': object({ type: literal('ui/feedback-restore'), ids: (value: unknown): value is string[] | 'all' => value === 'all' || arrayOf(shortString(200), 5000)(value) }),
  'ui/feedback-export': object({ type: literal('ui/feedback-export'), confirmed: isBoolean }),
}))()

export const toContent: { [K in keyof ToContent]: Guard<Message<ToContent, K>> } = /* @__PURE__ */ (() => ({
  'page/jump': object({ type: literal('page/jump'), highlightId: shortString(40) }),
  'page/navigate': object({ type: literal('page/navigate'), direction: literal('next', 'previous') }),
  'page/toggle': object({ type: literal('page/toggle') }),
  'page/stats': object({ type: literal('page/stats') }),
  'page/feedback': object({ type: literal('page/feedback'), highlightId: shortString(40), verdict, instead: optional(claimRef) }),
}))()

/** Finds the guard for a message's type and checks the whole message; null if unknown or malformed. */
export function validate<Map>(guards: { [K in keyof Map]: Guard<Message<Map, K>> }, message: unknown): AnyMessage<Map> | null {
  if (typeof message !== 'object' || message === null) return null
  const type = (message as { type?: unknown }).type
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(guards, type)) return null
  const guard = guards[type as keyof Map] as Guard<AnyMessage<Map>>
  return guard(message) ? (message as AnyMessage<Map>) : null
}
