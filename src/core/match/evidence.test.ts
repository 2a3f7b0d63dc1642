/**
 * The evidence the decide step weighs, read off real sentence shapes: which part of a claim's
 * pattern a sentence holds, whether its anchor stands under a negation or a doubt, and what the
 * context lends. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest'
import { bundledMatcher } from '../test-support/bundled.ts'
import { explainText } from './matcher.ts'
import { FEATURE_NAMES, type FeatureName } from './evidence.ts'

function evidence(text: string, claimId: string, context: string[] = []): Record<FeatureName, number> | null {
  const pack = bundledMatcher()
  const items = explainText([pack], text, { context })
  const last = items.at(-1)
  const found = last?.evidence.find((item) => pack.compiled.claims[item.claimIndex]?.id === claimId)
  return found ? (Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, found.features[index] ?? 0])) as Record<FeatureName, number>) : null
}

describe('how much of the pattern a sentence holds', () => {
  it.each<[string, string, Partial<Record<FeatureName, number>>]>([
    ['Trump wants to drive a wedge between Russia and China.', 'split-russia-china', { anchor: 1, groups: 1, optional: 1, near: 1, full: 1 }],
    ['The aim is to drive a wedge between Russia and China.', 'split-russia-china', { anchor: 1, groups: 1, full: 1 }],
    ['Driving a wedge between Russia and, many paragraphs of argument and caveats and asides later in this very long sentence, China.', 'split-russia-china', { anchor: 1, groups: 1, full: 0 }],
    ['Trump wants to drive a wedge between Russia and its neighbours.', 'split-russia-china', { anchor: 1, groups: 0.5, full: 0 }],
    ['The US won’t be able to detach Russia from China.', 'split-russia-china', { anchor: 0, negated: 1, full: 0 }],
    ['Any attempt to drive a wedge between Russia and China is doomed to fail.', 'split-russia-china', { anchor: 0, doubted: 1, full: 0 }],
    // A negation word inside a phrase that affirms (a pseudo-negation) negates nothing.
    ['Trump makes no secret that he wants a wedge between Russia and China.', 'split-russia-china', { anchor: 1, negated: 0, full: 1 }],
    ['Trump macht kein Geheimnis daraus, dass er Moskau von Peking weglocken möchte.', 'split-russia-china', { anchor: 1, negated: 0, full: 1 }],
    ['Es besteht kein Zweifel, dass Trump Russland und China spalten will.', 'split-russia-china', { anchor: 1, negated: 0, full: 1 }],
    ['Trump will Russland und China nicht spalten.', 'split-russia-china', { anchor: 0, negated: 1, full: 0 }],
    ['Der Kreml sieht keinen Widerspruch darin, mit Trump zu reden und Schulter an Schulter mit Xi zu stehen.', 'putin-tactical', { anchor: 1, negated: 0 }],
    // A negation inside a relative clause set off by commas stays inside it.
    ['Trump, who has no love for NATO, hopes to split Russia from China.', 'split-russia-china', { anchor: 1, negated: 0, full: 1 }],
    ['Trump, der keine Geduld hat, will Russland und China spalten.', 'split-russia-china', { anchor: 1, negated: 0, full: 1 }],
    ['Trump, who does not want to split Russia from China, met Putin.', 'split-russia-china', { anchor: 0, negated: 1 }],
    // … also where a preposition leads the relative pronoun (", zu denen", ", to whom").
    ['Trumps Gespräche mit Putin, zu denen kein Europäer eingeladen war, belasten das Verhältnis zu den Verbündeten.', 'europe-strain', { anchor: 1, negated: 0 }],
    ['The talks, to which no European was invited, have strained ties with the allies in Europe.', 'europe-strain', { anchor: 1, negated: 0 }],
    ['Trumps Gespräche, zu denen die Europäer nicht eingeladen waren, spalten den Westen.', 'europe-strain', { anchor: 1, negated: 0 }],
    // A conjunction of time or reason opens a clause the negation before it does not reach.
    ['Trump did not hesitate before moving to split Russia from China.', 'split-russia-china', { anchor: 1, negated: 0 }],
    ['Trump wartete nicht lange, bevor er Russland und China zu spalten versuchte.', 'split-russia-china', { anchor: 1, negated: 0 }],
    ['Trump will not split Russia from China before the election.', 'split-russia-china', { anchor: 0, negated: 1 }],
    // "Never" in a superlative asserts the extreme ("never been so strained", "wie seit Jahren nicht").
    ['Relations with the allies have never been so strained since Trump embraced Putin.', 'europe-strain', { anchor: 1, negated: 0 }],
    ['Das Verhältnis zu den Europäern ist so belastet wie seit Jahrzehnten nicht mehr, seit Trump Putin umwirbt.', 'europe-strain', { anchor: 1, negated: 0 }],
    ['Trump’s talks with Putin have never strained ties with the allies.', 'europe-strain', { anchor: 0, negated: 1 }],
    // "Failing to" doubts what follows, not what came before; "doomed to fail" still reaches back.
    ['Vance rebuked Zelensky for failing to say thank you.', 'oval-office-clash', { anchor: 1, doubted: 0 }],
    ['Trump has failed to split Russia from China.', 'split-russia-china', { anchor: 0, doubted: 1 }],
    // "Without" leads a phrase: its negation ends at the comma that closes it.
    ['Trump’s talks with Putin, held without consulting Europe, have strained relations with the allies.', 'europe-strain', { anchor: 1, negated: 0 }],
    ['Trumps Gespräche mit Putin, ohne Rücksprache mit Europa, belasten das Verhältnis zu den Verbündeten.', 'europe-strain', { anchor: 1, negated: 0 }],
    ['Trump made his move without straining ties with the allies in Europe.', 'europe-strain', { anchor: 0, negated: 1 }],
    ['Trump talked to Putin without Europe, straining ties with the allies.', 'europe-strain', { anchor: 1, negated: 0 }],
    // A cue is matched as written where its stem is a common word: "wishful" doubts, "wish" does not.
    ['Trump’s wish is to drive a wedge between Russia and China.', 'split-russia-china', { anchor: 1, doubted: 0, full: 1 }],
    ['Driving a wedge between Russia and China is wishful thinking.', 'split-russia-china', { anchor: 0, doubted: 1 }],
    ['Trump kanzelt Selenskyj im Oval Office ab.', 'oval-office-clash', { anchor: 1, groups: 1, full: 1 }],
    ['Im Weißen Haus kam es zum Eklat zwischen Trump und Selenskyj.', 'oval-office-clash', { anchor: 1, groups: 1, full: 1 }],
    // German closes a clause with its main verb: far from the anchor, but in the same clause, it is near.
    ['Ein schnelles Kriegsende in der Ukraine soll nach Trumps Kalkül auch die Allianz zwischen Moskau und Peking schwächen.', 'end-war-to-weaken-axis', { anchor: 1, near: 1, full: 1 }],
    ['Ein schnelles Kriegsende in der Ukraine, so heißt es nach Trumps Kalkül, würde die Allianz zwischen Moskau und Peking schwächen.', 'end-war-to-weaken-axis', { anchor: 1, near: 0.5, full: 0 }],
    // An apposition set off by commas stays in its clause.
    ['Ein schnelles Kriegsende in der Ukraine soll nach Trumps Kalkül auch die Allianz der beiden Mächte, Moskau und Peking, dauerhaft schwächen.', 'end-war-to-weaken-axis', { anchor: 1, near: 1, full: 1 }],
    // A phrase that opens the sentence with a preposition and a comma sets the scene for the whole clause after it;
    // the same participant far away in a plain clause is not near.
    ['In Brussels, where officials had spent many weeks preparing for a negotiation they assumed they would join, the news that Trump had agreed to talk to Putin was met with fear.', 'europe-strain', { anchor: 1, near: 1, full: 1 }],
    ['Brussels officials had spent many weeks preparing for a negotiation they assumed they would join before the news that Trump had agreed to talk to Putin was met with fear.', 'europe-strain', { anchor: 1, near: 0 }],
    // A plural pronoun beside the anchor takes up a participant named before it, however far back.
    ['European leaders, after a long weekend of talks about arms for Kyiv and new sanctions on Moscow, said they were alarmed by Trump’s call with Putin.', 'europe-strain', { anchor: 1, near: 1, full: 1 }],
    ['European leaders spent a long weekend of talks about arms for Kyiv and new sanctions on Moscow before officials were alarmed by Trump’s call with Putin.', 'europe-strain', { anchor: 1, near: 0.5, full: 0 }],
  ])('%s (%s)', (sentence, claim, expected) => {
    expect(evidence(sentence, claim)).toMatchObject(expected)
  })

  it.each<[string, string, Partial<Record<FeatureName, number>>]>([
    // German folds "für" to "fur" in its token keys; the opening phrase works there too.
    ['Für die Europäer, so heißt es in diplomatischen Kreisen nach einer langen Nacht der Beratungen hinter verschlossenen Türen, ist die Nachricht von Trumps Telefonat mit Putin ein Schock.', 'europe-strain', { anchor: 1, near: 1 }],
  ])('%s (%s)', (sentence, claim, expected) => {
    expect(evidence(sentence, claim)).toMatchObject(expected)
  })

  it('a German compound built on a lexicon noun counts as that noun', () => {
    expect(evidence('In London trafen sich die Europäer zum Krisengipfel über die Ukraine.', 'london-summit')).toMatchObject({ anchor: 1, full: 1 })
  })
})

/** Whether a claim's anchor stands only in a phrase of purpose, or null when the claim is no candidate. */
function aim(text: string, claimId: string): boolean | null {
  const pack = bundledMatcher()
  const found = explainText([pack], text, {}).at(-1)?.evidence.find((item) => pack.compiled.claims[item.claimIndex]?.id === claimId)
  return found ? found.aim : null
}

describe('a claim named only as the aim of an action', () => {
  it.each<[string, boolean]>([
    ['In trying to peel Moscow away from Beijing, Trump is sacrificing the trust of the allies.', true],
    ['Trump is sacrificing the trust of the allies in a bid to peel Moscow away from Beijing.', true],
    ['Trump’s effort to peel Moscow away from Beijing has left the allies alarmed.', true],
    ['The outreach, aimed at prying Moscow away from Beijing, has left the allies alarmed.', true],
    ['Um Moskau von Peking zu trennen, hat Trump die Verbündeten verprellt.', true],
    ['Trump hat die Verbündeten verprellt, um Moskau von Peking zu trennen.', true],
    ['Trumps Versuch, Moskau von Peking zu trennen, hat die Verbündeten alarmiert.', true],
    // The aim as what the sentence asserts: a verb of aim without a comma or "in" before it is the predicate.
    ['Trump is trying to peel Moscow away from Beijing.', false],
    ['The outreach is aimed at prying Moscow away from Beijing.', false],
    ['Trump will Moskau von Peking trennen.', false],
    ['Trump wirbt um Putin, weil er Moskau von Peking trennen will.', false],
  ])('%s', (sentence, expected) => {
    expect(aim(sentence, 'split-russia-china')).toBe(expected)
  })
})

describe('context lends participants, never the claim itself', () => {
  it('a missing participant found in the headline counts as lent', () => {
    const alone = evidence('Die Europäer fühlen sich übergangen.', 'europe-strain')
    const framed = evidence('Die Europäer fühlen sich übergangen.', 'europe-strain', ['Trump verhandelt mit Putin über die Ukraine'])
    expect(alone).toMatchObject({ groups: 0.5, context: 0 })
    expect(framed).toMatchObject({ groups: 0.5, context: 0.5 })
  })

  it('an earlier sentence of the same block lends too', () => {
    expect(evidence('Trump hat mit Putin telefoniert. Die Europäer fühlen sich übergangen.', 'europe-strain')).toMatchObject({ context: 0.5 })
  })

  it('the anchor is never lent: a sentence without one has no evidence for the claim', () => {
    expect(evidence('Die Europäer reisten ab.', 'europe-strain', ['Trump belastet das Verhältnis zu den Verbündeten'])).toBeNull()
  })
})
