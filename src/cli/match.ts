/**
 * Command line over the core matcher, for fact-checkers and for evaluation.
 *
 *   npm run -s match -- --lines FILE      one JSON line per input line: {"line": N, "claims": [...]}
 *   npm run -s match -- PAGE.html|.txt|-  the page's readable text, then one JSON line per match
 *
 * Options: --sensitivity strict|balanced|broad, --pack PACK.json (an additional pack, in Counterpoint's
 * format or as ClaimReview JSON-LD; repeatable), --no-bundled (match with the given packs only).
 */
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { compilePack, parsePack, preparePack, matchText, PROFILES, SENSITIVITIES, type MatchProfile, type MatcherPack, type Sensitivity } from '../core/index.ts'
import { parseImport } from '../core/claims/import.ts'
import { bundledPackData as bundledPack } from '../data/bundled.ts'
import { htmlToText } from './html-text.ts'

const USAGE = `usage: npm run -s match -- [--sensitivity strict|balanced|broad] [--pack PACK.json]... [--no-bundled] (--lines FILE | PAGE.html | PAGE.txt | -)`

class UsageError extends Error {}

interface Options {
  lines: boolean
  input: string
  sensitivity: Sensitivity
  extraPacks: string[]
  bundled: boolean
}

function parseArgs(args: string[]): Options {
  const options: Options = { lines: false, input: '', sensitivity: 'balanced', extraPacks: [], bundled: true }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const value = (): string => {
      const next = args[++i]
      if (next === undefined) throw new UsageError(`${arg} needs a value`)
      return next
    }
    if (arg === '--lines') {
      options.lines = true
      options.input = value()
    } else if (arg === '--sensitivity') {
      const level = value()
      if (!(SENSITIVITIES as readonly string[]).includes(level)) throw new UsageError(`unknown sensitivity "${level}"`)
      options.sensitivity = level as Sensitivity
    } else if (arg === '--pack') options.extraPacks.push(value())
    else if (arg === '--no-bundled') options.bundled = false
    else if (arg === '-h' || arg === '--help') throw new UsageError('')
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`)
    else if (options.input) throw new UsageError('give one input')
    else options.input = arg
  }
  if (!options.input) throw new UsageError('no input given')
  if (!options.bundled && options.extraPacks.length === 0) throw new UsageError('--no-bundled needs at least one --pack')
  return options
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as { code?: string }).code
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'unreadable'
  return `cannot read ${path}: ${reason}`
}

function readInput(path: string): string {
  try {
    const bytes = path === '-' ? readFileSync(0) : readFileSync(path)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`cannot read ${path}: not UTF-8 text`, { cause: error })
    throw new Error(describeReadError(path, error), { cause: error })
  }
}

/** The bundled pack (unless left out) and each --pack file, read as an import is: Counterpoint's format or ClaimReview. */
function loadPacks(extra: string[], bundled: boolean): MatcherPack[] {
  const packs: MatcherPack[] = []
  if (bundled) {
    const result = parsePack(bundledPack)
    if (!result.ok) throw new Error(`bundled pack: ${result.problem}`)
    packs.push(preparePack(result.value.compiled))
  }
  for (const path of extra) {
    const imported = parseImport(readInput(path), basename(path))
    if (!imported.ok) throw new Error(`${path}: ${imported.problem}`)
    packs.push(preparePack(compilePack(imported.value)))
  }
  return packs
}

function uniqueClaims(packs: MatcherPack[], text: string, profile: MatchProfile): string[] {
  return [...new Set(matchText(packs, text, { profile }).map((match) => match.claimId))]
}

function run(args: string[]): void {
  const options = parseArgs(args)
  const raw = readInput(options.input)
  const packs = loadPacks(options.extraPacks, options.bundled)
  const profile = PROFILES[options.sensitivity]
  const out: string[] = []
  if (options.lines) {
    raw.split(/\r?\n/).forEach((line, index, all) => {
      if (index === all.length - 1 && line === '') return
      out.push(JSON.stringify({ line: index + 1, claims: uniqueClaims(packs, line, profile) }))
    })
  } else {
    const isHtml = options.input !== '-' ? /^\.x?html?$/i.test(extname(options.input)) : /^\s*</.test(raw)
    const text = isHtml ? htmlToText(raw) : raw
    out.push(text)
    for (const match of matchText(packs, text, { profile })) {
      out.push(JSON.stringify({ sentence: match.sentence, claim: match.claimId, score: match.score, start: match.start, end: match.end }))
    }
  }
  process.stdout.write(out.join('\n') + '\n')
}

try {
  run(process.argv.slice(2))
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write((error.message ? `match: ${error.message}\n` : '') + USAGE + '\n')
    process.exitCode = 2
  } else {
    process.stderr.write(`match: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
