/** The pure core: no browser APIs, no DOM. Used by the content script, the background, the CLI and the tests. */
export { STATUSES, STATUS_SEVERITY, packSchema, type Pack, type Claim, type Status, type LocalisedText, type Counterpoint } from './claims/schema.ts'
export { parsePack, firstProblem, formatPath, type ParseResult } from './claims/parse-pack.ts'
export { compilePack, PackCompileError } from './match/compile.ts'
export type { CompiledPack } from './match/compiled.ts'
export { preparePack, matchSentence, matchText, explainText, type MatcherPack, type ClaimHit, type TextMatch, type SentenceEvidence } from './match/matcher.ts'
export { SENSITIVITIES, PROFILES, type Sensitivity, type MatchProfile } from './match/sensitivity.ts'
export { segmentSentences, textChunks, type Span } from './text/segment.ts'
export { detectLanguage, langFromTag, type Lang } from './text/language.ts'
