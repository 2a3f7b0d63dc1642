/**
 * The project's own claim-pack format. One schema validates the bundled pack at build time,
 * in the unit tests, and every pack a user imports. The shape maps onto schema.org ClaimReview
 * (see claim-review.ts): claim -> claimReviewed, verdict/status -> reviewRating,
 * counterpoints -> the reviewers' evidence, appearances -> itemReviewed.appearance.
 */
import { z } from 'zod'

// Zod's fast path compiles validators with new Function, which the extension's CSP forbids.
z.config({ jitless: true })

import { STATUSES } from './status.ts'

export { STATUSES, STATUS_SEVERITY, type Status } from './status.ts'

const nonEmpty = z.string().trim().min(1, 'must not be empty')
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "split-russia-china"')
  .max(80, 'must be at most 80 characters')

/** Only http(s) links are ever rendered; anything else (javascript:, data:) is refused at import. */
export const httpUrl = z
  .string()
  .max(2048, 'must be at most 2048 characters')
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'https:' || url.protocol === 'http:'
    } catch {
      return false
    }
  }, 'must be an http or https URL')

export const localisedText = z.object({ en: nonEmpty.max(2000), de: nonEmpty.max(2000).optional() }).strict()
export type LocalisedText = z.infer<typeof localisedText>

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date like 2025-03-02')

const source = z
  .object({
    name: nonEmpty.max(200),
    url: httpUrl.optional(),
    date: isoDate.optional(),
  })
  .strict()

const counterpoint = z
  .object({
    name: nonEmpty.max(200),
    role: localisedText,
    quote: localisedText,
    /** "quote" when the words are the expert's own (translated where needed), "summary" for a faithful paraphrase. */
    kind: z.enum(['quote', 'summary']),
    /** The expert spoke another language; the text is a translation. */
    translated: z.boolean().default(false),
    source,
  })
  .strict()

const contextNote = z.object({ title: localisedText, text: localisedText }).strict()

const appearance = z.object({ url: httpUrl, title: nonEmpty.max(300).optional(), date: isoDate.optional() }).strict()

const conceptName = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case concept name')

/**
 * What the matcher may know about a claim beyond its text. All of it is optional: a claim as a
 * fact-checker publishes it (its sentence, nothing else) is matched on its own wording.
 */
const matchKnowledge = z
  .object({
    /** Ways a journalist might restate the claim. Never copied from evaluation data. */
    paraphrases: z.object({ en: z.array(nonEmpty.max(400)).default([]), de: z.array(nonEmpty.max(400)).default([]) }).strict().default({ en: [], de: [] }),
    /** Concept patterns such as "russia & china & (split | isolate)"; a sentence must satisfy one. */
    require: z.array(nonEmpty.max(300)).default([]),
    /** Concepts that do not count when negated or doubted ("won't be able to split"). */
    core: z.array(conceptName).default([]),
    /** For quotes: the person concept who said it; "X said ..." with another X does not match. */
    speaker: conceptName.optional(),
    /**
     * Claims of the same pack this one is a narrower case of (a report of the plan, the plan's
     * historical analogy, are the plan too): a sentence restating both is reported as this one first.
     */
    refines: z.array(id).optional(),
    /**
     * Generated, not written: how often each pattern holds in unrelated text, per million words, per
     * language (scripts/knowledge). A pattern that holds often by chance is weaker evidence.
     */
    unrelated: z.object({ en: z.array(z.number().min(0)).optional(), de: z.array(z.number().min(0)).optional() }).strict().optional(),
  })
  .strict()

export const claimSchema = z
  .object({
    id,
    claim: localisedText,
    status: z.enum(STATUSES),
    verdict: localisedText,
    claimant: nonEmpty.max(200).optional(),
    date: isoDate.optional(),
    appearances: z.array(appearance).default([]),
    counterpoints: z.array(counterpoint).default([]),
    context: z.array(contextNote).default([]),
    match: matchKnowledge.default({ paraphrases: { en: [], de: [] }, require: [], core: [] }),
  })
  .strict()

const lexiconEntry = z
  .object({
    label: localisedText.optional(),
    /** Surface forms per language; "any" applies to both (names, acronyms). */
    terms: z
      .object({ any: z.array(nonEmpty).optional(), en: z.array(nonEmpty).optional(), de: z.array(nonEmpty).optional() })
      .strict(),
    /** Marks a person who may be named as the speaker of a quote ("Bolton said ..."). */
    person: z.boolean().optional(),
    /**
     * The concept this one means when negated or doubted: "abandon" under "never" or "unlikely to"
     * is keeping ties ("Russia will never abandon China", "wird China niemals fallen lassen").
     */
    negatedAs: conceptName.optional(),
    /**
     * Words a thesaurus offers for this concept that mean something else in this story (in a story
     * about a war, "conflict" is not a quarrel): never grown into the concept (scripts/knowledge).
     */
    avoid: z.object({ en: z.array(nonEmpty).optional(), de: z.array(nonEmpty).optional() }).strict().optional(),
    weight: z.number().positive().max(10).optional(),
  })
  .strict()

export const packSchema = z
  .object({
    format: z.literal('counterpoint-pack'),
    version: z.literal(1),
    id,
    name: localisedText,
    description: localisedText.optional(),
    publisher: source.optional(),
    lexicon: z.record(conceptName, lexiconEntry).default({}),
    claims: z.array(claimSchema).min(1, 'must hold at least one claim').max(20_000),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>()
    pack.claims.forEach((claim, index) => {
      if (seen.has(claim.id)) ctx.addIssue({ code: 'custom', path: ['claims', index, 'id'], message: `duplicate claim id "${claim.id}"` })
      seen.add(claim.id)
      for (const name of [...claim.match.core, ...(claim.match.speaker ? [claim.match.speaker] : [])]) {
        if (!Object.hasOwn(pack.lexicon, name)) ctx.addIssue({ code: 'custom', path: ['claims', index, 'match'], message: `unknown concept "${name}"` })
      }
    })
    const ids = new Set(pack.claims.map((claim) => claim.id))
    pack.claims.forEach((claim, index) => {
      for (const other of claim.match.refines ?? []) {
        if (other === claim.id || !ids.has(other)) ctx.addIssue({ code: 'custom', path: ['claims', index, 'match', 'refines'], message: `"${other}" is not another claim of this pack` })
      }
    })
  })

export type Pack = z.infer<typeof packSchema>
export type PackInput = z.input<typeof packSchema>
export type Claim = z.infer<typeof claimSchema>
export type Counterpoint = z.infer<typeof counterpoint>
export type ContextNote = z.infer<typeof contextNote>
export type LexiconEntry = z.infer<typeof lexiconEntry>
export type Lexicon = Pack['lexicon']
