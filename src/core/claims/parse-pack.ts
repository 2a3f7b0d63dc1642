/**
 * Validates untrusted pack data (the bundled file, or a user's import) and names the first
 * problem in words a person can act on: "claims[2].status: must be one of ...".
 */
import type { z } from 'zod'
import { compilePack, PackCompileError } from '../match/compile.ts'
import type { CompiledPack } from '../match/compiled.ts'
import { packSchema, type Pack } from './schema.ts'

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string }

/** Renders a zod path such as ["claims", 2, "status"] as "claims[2].status". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(top level)' : out
}

function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}`
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : 'one of ' + issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} item(s)` : issue.message
    default:
      return issue.message
  }
}

/** The first problem of a failed zod parse, as "path: reason". */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid pack'
  return `${formatPath(issue.path)}: ${reasonOf(issue)}`
}

/** Validates and compiles a pack in the project's own format. */
export function parsePack(data: unknown): ParseResult<{ pack: Pack; compiled: CompiledPack }> {
  const parsed = packSchema.safeParse(data)
  if (!parsed.success) return { ok: false, problem: firstProblem(parsed.error) }
  try {
    return { ok: true, value: { pack: parsed.data, compiled: compilePack(parsed.data) } }
  } catch (error) {
    if (error instanceof PackCompileError) return { ok: false, problem: error.message }
    throw error
  }
}
