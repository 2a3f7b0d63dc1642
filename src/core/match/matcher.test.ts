/**
 * The hard cases of matching, one table per kind. Sentences here are written for the tests
 * (journalistic phrasings, and the traps: negation, other speakers, same-topic decoys).
 */
import { describe, expect, it } from 'vitest'
import { bundledMatcher } from '../test-support/bundled.ts'
import { matchSentence, matchText } from './matcher.ts'
import { detectLanguage, type Lang } from '../text/language.ts'
import { tokenise } from '../text/tokenise.ts'
import { analyseSentence } from './sentence.ts'
import { relevanceOf } from './relevance.ts'
import { PROFILES } from './sensitivity.ts'

/** The words of a sentence that count as a concept of the bundled pack. */
function conceptWords(sentence: string, lang: Lang, concept: string): string[] {
  const pack = bundledMatcher()
  const feature = pack.compiled.features.indexOf(`c:${concept}`)
  const state = analyseSentence(pack, tokenise(sentence, lang), lang, relevanceOf([pack]))
  return state.occurrences.filter((occurrence) => occurrence.feature === feature).map((occurrence) => sentence.slice(state.tokens[occurrence.first]!.start, state.tokens[occurrence.last]!.end))
}

const claimOf = (sentence: string): string | null => {
  const hit = matchSentence([bundledMatcher()], sentence, detectLanguage(sentence), PROFILES.balanced)
  return hit?.claimId ?? null
}

describe('restatements match, in other words than the claim', () => {
  it.each([
    ['The White House is trying to pry Moscow loose from Beijing.', 'split-russia-china'],
    ['Washington hopes that by courting the Kremlin it can isolate China.', 'split-russia-china'],
    ['Trump wants to drive a deep wedge between Russia and China.', 'split-russia-china'],
    // A particle verb with its object between verb and particle.
    ['Trump wants to drive Russia and China apart.', 'split-russia-china'],
    ['NATO allies worry that Washington is cozying up to Moscow at their expense.', 'europe-strain'],
    ['Ukraine was not consulted before Trump picked up the phone to Putin.', 'putin-call-without-ukraine'],
    ['At Lancaster House, European leaders pledged to keep backing Kyiv.', 'london-summit'],
    ['The shouting match in the Oval Office left the minerals deal unsigned.', 'oval-office-clash'],
    ['Trump has floated the idea of a grand bargain with Putin aimed at containing China.', 'split-russia-china'],
    ['Russia may yet be drawn away from China, an adviser said.', 'split-russia-china'],
    ['According to The Wall Street Journal, Trump’s embrace of Moscow is meant to separate Russia from China.', 'wsj-report'],
    ['Putin and Xi declared a partnership “without limits” in 2022.', 'boundless-friendship'],
    ['Russia has grown increasingly reliant on Chinese machine tools and chips.', 'russia-depends-on-china'],
    ['Analysts have called the approach a reverse Kissinger.', 'nixon-parallel'],
    ['Zelensky and Trump clashed in a televised Oval Office shouting match.', 'oval-office-clash'],
    ['European leaders met in London on Sunday to shore up support for Ukraine.', 'london-summit'],
    ['Trump spoke with Putin by phone, leaving Kyiv out of the conversation.', 'putin-call-without-ukraine'],
    ['Rubio said there were incredible opportunities to partner with Russia geopolitically.', 'rubio-opportunities'],
    ['Trump’s warming to Putin is straining ties with America’s European allies.', 'europe-strain'],
    ['Putin may play along with Trump for tactical reasons while keeping his ties with Beijing.', 'putin-tactical'],
    ['Bolton says Trump confuses his personal relationships with leaders with relations between states.', 'bolton-likes'],
    ['A quick end to the war in Ukraine would, in this view, weaken the alliance between Russia and China.', 'end-war-to-weaken-axis'],
    // Setting the two against each other, or taking one out of the other's orbit, is splitting them.
    ['The administration hopes to pull Moscow out of Beijing’s orbit.', 'split-russia-china'],
    ['Trump is trying to play Russia off against China.', 'split-russia-china'],
    ['A thaw between Washington and Moscow could undermine the Russia-China partnership.', 'split-russia-china'],
    // The pair named by reference ("the two presidents", "the two leaders", "the two powers") where the rest is specific.
    ['Kyiv was kept out of the loop when the two presidents spoke by phone.', 'putin-call-without-ukraine'],
    ['The two leaders have often praised their “no limits” friendship.', 'boundless-friendship'],
    ['The Wall Street Journal reported that Trump hopes to split the two powers.', 'wsj-report'],
    // A leader named by his office.
    ['The televised row with the Ukrainian president in the Oval Office shocked Europe.', 'oval-office-clash'],
    ['Kyiv was not told in advance of Trump’s conversation with the Russian leader.', 'putin-call-without-ukraine'],
    ['Britain brought European leaders together in London after the Oval Office debacle.', 'london-summit'],
    ['Russia is unlikely to abandon its partnership with China, whatever Trump offers.', 'putin-tactical'],
    ['Trump’s aides say normalising relations with Moscow would deprive China of its most important partner.', 'split-russia-china'],
    ['The president has talked about getting Russia and China to turn on each other.', 'split-russia-china'],
    ['Putin will take what Trump offers while keeping Beijing close.', 'putin-tactical'],
    // Russia not leaving China is the claim that Putin keeps his ties, not a denied split.
    ['Moscow has no intention of breaking with Beijing, whatever Washington offers.', 'putin-tactical'],
    ['For Europe, Trump’s courtship of the Kremlin is a nightmare.', 'europe-strain'],
    ['Kissinger’s opening to Beijing is the blueprint, only this time the target is Moscow.', 'nixon-parallel'],
    ['Putin has reassured Xi that his contacts with Trump will not hurt their partnership.', 'putin-tactical'],
    ['Russia now leans on China to keep its economy afloat.', 'russia-depends-on-china'],
    ['Trump said it was a mistake to drive Russia and China together.', 'split-russia-china'],
    ['Trump’s call with Putin blindsided Kyiv.', 'putin-call-without-ukraine'],
    ['The London meeting was Europe’s answer to being shut out of the talks.', 'london-summit'],
    ['The meeting collapsed after Vance called Zelensky ungrateful.', 'oval-office-clash'],
    ['The Kremlin has little choice but to sell its gas to China.', 'russia-depends-on-china'],
    ['The two autocrats call their friendship unlimited.', 'boundless-friendship'],
    // Bolton's point with his name, Trump and the personal, and no word for relations.
    ['Bolton says Trump acts on personal whims.', 'bolton-likes'],
    ['The White House hopes to woo the Kremlin away from Beijing.', 'split-russia-china'],
    ['Trump complained that his predecessor had mistakenly pushed Russia and China closer together.', 'split-russia-china'],
    ['Ukraine was told about the Trump–Putin call only afterwards.', 'putin-call-without-ukraine'],
    ['Putin told Xi his talks with Washington would not come at Beijing’s expense.', 'putin-tactical'],
    ['The secretary of state said peace could open the door to extraordinary deals with Russia.', 'rubio-opportunities'],
    // Europe's allies sidelined need no Trump in the sentence: the labelling counts it as the strain itself.
    ['European allies fear they are being sidelined.', 'europe-strain'],
    ['Putin will keep the partnership with Beijing intact whatever Trump offers.', 'putin-tactical'],
    ['The outreach to the Kremlin has opened a rift across the Atlantic.', 'europe-strain'],
    ['Chinese chips and credit keep the Russian war economy running.', 'russia-depends-on-china'],
    // The strain on the alliance in the forms coverage gives it: betrayal, doubt that the US still
    // stands by its allies, Europe left out of US-Russia talks, independence from the US.
    ['Many Europeans feel betrayed by Washington.', 'europe-strain'],
    ['Capitals across Europe now doubt they can still count on America.', 'europe-strain'],
    ['European leaders say the new Russia policy leaves them on the sidelines.', 'europe-strain'],
    ['European governments say they must gain independence from the United States.', 'europe-strain'],
    ['The transatlantic rift over Russia keeps growing.', 'europe-strain'],
    ['In Europe, the fear is that America will pull out of NATO.', 'europe-strain'],
    ['Trump has antagonised America’s allies with his embrace of Putin.', 'europe-strain'],
    ['Europe must learn to live without American protection.', 'europe-strain'],
    ['For Europe, Washington is no longer a reliable partner.', 'europe-strain'],
    ['European governments reacted with outrage to Trump’s remarks.', 'europe-strain'],
    ['In Munich, Vance lectured the Europeans about their own democracies.', 'europe-strain'],
    // The clash told by its place alone: the Oval Office, not any White House story.
    ['Talks in the Oval Office degenerated into a shouting match.', 'oval-office-clash'],
    ['Trump told his guest he was gambling with World War Three.', 'oval-office-clash'],
    ['Ending Ukraine war seen as key to breaking Russia-China axis', 'end-war-to-weaken-axis'],
    ['Why Putin won’t ditch Xi for Trump', 'putin-tactical'],
    // Quotes, as reporters give them.
    ['“We want to bring Russia back into the fold and away from China,” a senior official said.', 'split-russia-china'],
    ['“Putin will take what he can get from Trump and still stand with Xi,” one analyst said.', 'putin-tactical'],
    ['“Europe can no longer take America for granted,” the chancellor said.', 'europe-strain'],
    // An English probe across the claims: an embrace left, a settlement, an analogy drawn with 'just as', Europe acting without Washington.
    ['The administration is betting it can coax the Kremlin out of Beijing’s embrace.', 'split-russia-china'],
    ['Trump is pushing for a swift settlement in Ukraine partly to undercut the Russia-China partnership.', 'end-war-to-weaken-axis'],
    ['Just as Nixon courted Beijing to isolate Moscow, Trump is courting Moscow to isolate Beijing.', 'nixon-parallel'],
    ['At the London gathering, Europe tried to show it could act without Washington.', 'london-summit'],
    ['On Sunday, Starmer hosted more than a dozen leaders in London.', 'london-summit'],
    ['The White House wants a Russia that is less tied to China.', 'split-russia-china'],
    // The date the claim names stands for its participants; barbs traded, a meeting that escalated.
    ['The February blow-up at the White House still casts a shadow.', 'oval-office-clash'],
    ['The Oval Office meeting escalated within minutes.', 'oval-office-clash'],
    ['The two leaders traded barbs in front of reporters at the White House.', 'oval-office-clash'],
    ['Europe’s faith in its American protector has been shaken.', 'europe-strain'],
    // Russia as the counterweight (not China and Russia both, see the decoys), staying aligned, survival without China, a united front.
    ['Some in the administration hope Moscow can be made into a counterweight to Beijing.', 'split-russia-china'],
    ['The president wants to win over Russia as a partner against China.', 'split-russia-china'],
    ['Putin will take what Trump offers while remaining closely aligned with Xi.', 'putin-tactical'],
    ['Without Chinese buyers for its oil, Russia could not survive the sanctions.', 'russia-depends-on-china'],
    ['European leaders presented a united front to Washington at the London summit.', 'london-summit'],
    ['Russia will keep its options open rather than pick Washington over Beijing.', 'putin-tactical'],
    ['Moscow will take the concessions and give nothing up in its ties with Beijing.', 'putin-tactical'],
    ['Trump’s embrace of Putin has left the transatlantic alliance fragile.', 'europe-strain'],
    ['Ukraine was not at the table when Trump called Putin.', 'putin-call-without-ukraine'],
    ['Putin will not sacrifice his ties with Beijing for a deal with Trump.', 'putin-tactical'],
    // Idioms of approach and isolation, a record low, ties kept "without loosening" them.
    ['If Washington plays nice with Moscow, Beijing could be left the odd one out.', 'split-russia-china'],
    ['The outreach to the Kremlin is meant to box in China.', 'split-russia-china'],
    ['Confidence between the US and its European allies has never been lower since Trump warmed to Putin.', 'europe-strain'],
    ['Moscow will welcome the thaw with Washington without weakening its bond with Beijing.', 'putin-tactical'],
    // Irregular phrasal verbs the concepts held only in the past: now every form.
    ['Trump throws Zelensky out of the White House after a shouting match.', 'oval-office-clash'],
    ['The White House keeps Kyiv in the dark about Trump’s calls with Putin.', 'putin-call-without-ukraine'],
    ['Kyiv learned of Trump’s phone call with Putin from the news.', 'putin-call-without-ukraine'],
    // Quotes (probe 50): a metaphor of dependence, Europe's leaders by office, a comparison "only this time", not asked.
    ['Sanctions have turned Russia into little more than a gas station for China.', 'russia-depends-on-china'],
    ['Russia’s war economy is hooked on Chinese machine tools.', 'russia-depends-on-china'],
    ['The German chancellor said Europe can no longer take Trump’s America for granted.', 'europe-strain'],
    ['“Nixon went to China; only this time it is Moscow that Trump is courting,” one historian said.', 'nixon-parallel'],
    ['“Nobody asked us,” a Ukrainian official said of Trump’s call with Putin.', 'putin-call-without-ukraine'],
    ['Moscow has no intention of ditching Beijing, whatever Trump offers.', 'putin-tactical'],
    ['The White House wants a Russia that no longer lines up behind China.', 'split-russia-china'],
    // Rubio's phrase with the war's end for the partner it leaves unnamed; ties not up for negotiation.
    ['Rubio: ‘incredible opportunities’ await if Ukraine war ends', 'rubio-opportunities'],
    ['Putin tells Xi that Moscow’s ties with Beijing are not up for negotiation.', 'putin-tactical'],
    ['Moscow wants to profit from Trump without alienating Beijing.', 'putin-tactical'],
    ['Washington hopes Moscow will drift out of Beijing’s camp.', 'split-russia-china'],
    // Relations that worsen, parties pushed apart, allies caught unawares or left to themselves.
    ['Ties between Europe and Washington have soured since Trump began courting Putin.', 'europe-strain'],
    ['Trump’s warmth toward Putin is pushing America and its European allies apart.', 'europe-strain'],
    ['Trump’s overtures to Putin caught European governments off guard.', 'europe-strain'],
    ['As Trump courts Putin, European officials say they are on their own.', 'europe-strain'],
    ['Since Trump reached out to Putin, America’s protection can no longer be taken for granted in Europe.', 'europe-strain'],
    ['Allies in Europe have grown wary of Trump’s overtures to the Kremlin.', 'europe-strain'],
    ['Trump’s courtship of Putin threatens to tear the Western alliance apart.', 'europe-strain'],
    ['The transatlantic partnership lies in tatters after Trump’s embrace of Putin.', 'europe-strain'],
    // Terms the other language had and this one lacked: "Möglichkeiten", "ohne Grenzen", "Sympathie",
    // Nixon's opening to China named as the event; ties kept by refusing to trade them away.
    ['The secretary of state said a peace deal could open remarkable possibilities for cooperation with Moscow.', 'rubio-opportunities'],
    ['Xi and Putin called their partnership a friendship without boundaries.', 'boundless-friendship'],
    ['Bolton says Trump’s foreign policy comes down to which leaders he likes.', 'bolton-likes'],
    ['The plan inverts the logic of the 1972 opening to China.', 'nixon-parallel'],
    ['The Kremlin has no intention of trading its Chinese partnership for American goodwill.', 'putin-tactical'],
    // A clause of time ends the negation before it: the call happened.
    ['Kyiv was not consulted before Trump phoned Putin.', 'putin-call-without-ukraine'],
    // Ties kept told as nothing changing; Russia won back; Kyiv told only afterwards.
    ['Putin takes Trump’s concessions while telling Xi that nothing about their partnership will change.', 'putin-tactical'],
    ['Trump wants to weaken China by winning back Russia.', 'split-russia-china'],
    ['Kyiv only learned of the Trump-Putin call after it had ended.', 'putin-call-without-ukraine'],
    // Russia driven "into China's arms" as the mistake to undo; dependence as having few alternatives.
    ['Vance said driving Russia into China’s arms was a strategic mistake the new administration intends to reverse.', 'split-russia-china'],
    ['Russia has few alternatives to China as a buyer of its oil.', 'russia-depends-on-china'],
    // Aimed at China; ties kept "without calling … into question"; "hardly a secret" and "barely
    // concealed" affirm what they hold.
    ['Moscow will take Trump’s offers without calling its partnership with Beijing into question.', 'putin-tactical'],
    ['That Trump’s courtship of Putin is aimed at China is hardly a secret in Washington.', 'split-russia-china'],
    ['European diplomats reacted with barely concealed bitterness to Trump’s overtures to Putin.', 'europe-strain'],
    // Events told by their details: the Oval Office "disaster", Rubio's cooperation without the word "opportunities".
    ['The diplomatic disaster in the Oval Office overshadowed everything else that week.', 'oval-office-clash'],
    ['Rubio said a peace deal would unlock extraordinary economic cooperation with Moscow.', 'rubio-opportunities'],
    ['Vance rebuked Zelensky for failing to say thank you, in a televised exchange.', 'oval-office-clash'],
    // Russia pulled into America's orbit, pushed toward China as the blunder to undo, a counterweight to Chinese power.
    ['Washington hopes to draw Moscow into its orbit and so isolate Beijing.', 'split-russia-china'],
    ['Trump wants to undo the blunder of pushing Russia toward China.', 'split-russia-china'],
    ['Some Republicans hope Russia could become a counterweight to Chinese power.', 'split-russia-china'],
    // Abandoning China, negated or doubted in any form the grammar knows, is keeping the tie.
    ['Don’t expect Moscow to ditch Beijing, experts warn.', 'putin-tactical'],
    ['Russia is unlikely to jettison its partnership with China for Trump.', 'putin-tactical'],
    // Headline shapes: Putin "on his side against China", Kyiv "not invited".
    ['Why Trump wants Putin on his side against China.', 'split-russia-china'],
    ['Trump and Putin talk peace, Kyiv not invited.', 'putin-call-without-ukraine'],
    // "The two powers" after a word of splitting: the pair the story is about.
    ['Trump has mused publicly about prying the two powers apart.', 'split-russia-china'],
    // Bolton's point by its meaning alone: relations between states depend on personal feelings.
    ['Relations between countries, in his view, depend on personal feelings.', 'bolton-likes'],
    // The extreme told through "never" asserts it.
    ['Relations with the allies have never been so strained since Trump embraced Putin.', 'europe-strain'],
    // Putting the tie with China at risk, doubted, is keeping it; nothing changed after the call.
    ['Few believe the Kremlin would jeopardise its friendship with Beijing to please Trump.', 'putin-tactical'],
    ['After the call with Trump, Putin told Xi that nothing had changed between Moscow and Beijing.', 'putin-tactical'],
    // Breaking ranks with the allies over Moscow; Europe seeing America no longer as an ally.
    ['Siding with Moscow in the vote, the US broke ranks with its European allies.', 'europe-strain'],
    // A rhetorical "why would" doubts what it asks; keeping an alliance; China losing its partner; an appendage.
    ['Why would the Kremlin swap its partnership with China for promises from Trump?', 'putin-tactical'],
    ['Why would Trump want to pull Russia away from China?', 'split-russia-china'],
    ['Putin will take what Trump offers and keep his partnership with Xi.', 'putin-tactical'],
    ['Befriend Moscow, Washington reasons, and Beijing loses its most important partner.', 'split-russia-china'],
    ['Russia has become little more than an appendage of the Chinese economy.', 'russia-depends-on-china'],
    // Epithets for the people and verbs of wooing with their object between.
    ['The president thinks he can woo the Kremlin leader away from Beijing.', 'split-russia-china'],
    ['Russia’s arms industry now runs on Chinese machine tools.', 'russia-depends-on-china'],
    ['Bolton says the president picks his friends abroad by whom he happens to like.', 'bolton-likes'],
    // Europe's strain told as a gap, harm to trust, doubted promises or a side switched.
    ['Trump’s embrace of the Kremlin has opened a gap between Washington and Europe.', 'europe-strain'],
    ['Washington’s turn toward Moscow did lasting harm to the trust between the allies.', 'europe-strain'],
    ['Europe’s governments are left doubting every promise Washington makes about Russia.', 'europe-strain'],
    ['Europeans now ask whether America has switched sides and stands with Putin.', 'europe-strain'],
    // A relative clause set between the subject and its verb does not part them.
    ['The Baltic states, which share a long border with Russia and remember its occupation well, watch Trump’s courting of Putin with alarm.', 'europe-strain'],
    ['The Oval Office meeting ended in an exchange of accusations between Trump and Zelensky.', 'oval-office-clash'],
    // Passive and participle shapes: leaning on China; a meeting with Zelensky cut short.
    ['Shut out of Europe, Russia now leans more and more heavily on China.', 'russia-depends-on-china'],
    ['The meeting was cut short amid shouting and Zelensky was shown the door.', 'oval-office-clash'],
    ['Moscow will take the offer without its partnership with Beijing being weakened.', 'putin-tactical'],
    // A term that starts with "without" carries it over its words: China is not weakened here.
    ['Any American offer will be pocketed by the Kremlin without its alignment with Beijing being weakened.', 'putin-tactical'],
    // The meeting told by its details: its famous lines, the deal left unsigned, the summit's venue.
    ['"Have you said thank you once?" Vance asked the Ukrainian leader before the cameras.', 'oval-office-clash'],
    ['Trump told Zelensky at the White House that he did not have the cards.', 'oval-office-clash'],
    ['The minerals deal was left unsigned when the White House meeting with Zelensky went sour.', 'oval-office-clash'],
    ['At Lancaster House, Starmer and Macron promised Ukraine more support.', 'london-summit'],
    // State-media shapes: ties "not subject to interference", tearing Moscow away, a squabble.
    ['Russia-China ties are not subject to interference from outside, Moscow said after Trump’s call.', 'putin-tactical'],
    ['Washington hopes to tear Moscow away from Beijing, analysts say.', 'split-russia-china'],
    // The US, Washington or the administration as the actor, not only Trump by name.
    ['Washington’s talks with Putin have alienated its European allies.', 'europe-strain'],
    ['The administration’s warmth toward Putin is damaging ties with Europe.', 'europe-strain'],
    // Scepticism, ways that part, a supporting role: strain in other words.
    ['Europeans watch with growing scepticism as Washington edges closer to Moscow.', 'europe-strain'],
    ['The United States and Europe are going separate ways on Putin.', 'europe-strain'],
    ['Europe has been reduced to a spectator while Trump and Putin decide the fate of Ukraine.', 'europe-strain'],
    ['Many European governments now regard Washington as an unpredictable partner since its turn toward the Kremlin.', 'europe-strain'],
    // A heavy burden, headaches, a sense of powerlessness: strain, alarm and the sidelines in other words.
    ['For NATO partners, Trump’s Russia policy is a heavy burden.', 'europe-strain'],
    ['Trump’s courtship of Putin is causing headaches in European capitals.', 'europe-strain'],
    ['The warming between Washington and Moscow has left Europe with a sense of powerlessness.', 'europe-strain'],
    // In this story a country's Russia policy is its course toward Moscow: the US alienating allies with it strains ties.
    ['With its Russia policy, the US is alienating its oldest allies.', 'europe-strain'],
    // The bear and the dragon, a Russia less reliant on China, a call rung, a back turned by him.
    ['The goal, one adviser said, is to prise the bear away from the dragon.', 'split-russia-china'],
    ['The theory in the White House is that a Russia less reliant on China would make Beijing weaker.', 'split-russia-china'],
    ['By ringing Putin first, Trump left Kyiv on the outside of the talks.', 'putin-call-without-ukraine'],
    ['Putin is happy to take whatever Trump offers, but he will not turn his back on Xi.', 'putin-tactical'],
    // A meeting that collapsed, a guest torn into, peace as the day the fighting stops.
    ['Zelensky left the White House early after the meeting with Trump and Vance collapsed in front of the press.', 'oval-office-clash'],
    ['Millions watched as the American president and vice-president tore into their Ukrainian guest.', 'oval-office-clash'],
    ['The secretary of state spoke of tremendous economic chances for both countries once the fighting stops.', 'rubio-opportunities'],
    // A country that threw itself into another's arms depends on it.
    ['Cut off from Western markets, the Kremlin has thrown itself into China’s arms economically.', 'russia-depends-on-china'],
    ['The squabble between Trump and Zelensky in the Oval Office was seen around the world.', 'oval-office-clash'],
    // A claim named only as the aim of an action yields to the claim the sentence asserts of that action.
    ['Trump’s effort to peel Moscow away from Beijing has left America’s European allies alarmed.', 'europe-strain'],
    ['Trump is trying to peel Moscow away from Beijing, and he may yet succeed.', 'split-russia-china'],
    ['Rubio held out the prospect of remarkable business ventures with Moscow once peace returns.', 'rubio-opportunities'],
    ['Russia’s war economy now hangs on Chinese machine tools.', 'russia-depends-on-china'],
    ['Trump is hoping for a Nixon-in-China moment with Putin.', 'nixon-parallel'],
    // Ties that no longer hold are the split.
    ['Trump wants a Russia that no longer stands shoulder to shoulder with China.', 'split-russia-china'],
    ['Bolton says Trump mistakes his friendships with autocrats for the interests of the state.', 'bolton-likes'],
    // Words that divide a pair divide the West too: sowing discord, decoupling, hollowing out.
    ['Trump’s courtship of Putin is sowing discord among America’s European allies.', 'europe-strain'],
    ['Washington’s turn toward Moscow is decoupling America from its European allies.', 'europe-strain'],
    ['NATO governments are irked by Trump’s chumminess with Putin.', 'europe-strain'],
    ['Trump’s flirtation with the Kremlin is driving Europe toward a defence union of its own.', 'europe-strain'],
    ['Trump settled the agenda with Putin by phone, over Kyiv’s head.', 'putin-call-without-ukraine'],
    ['Russia needs China far more than China needs Russia.', 'russia-depends-on-china'],
    ['Rubio spoke of historic chances for business with Moscow after the war.', 'rubio-opportunities'],
    // Less of a junior partner is less dependent: the split, not the dependence.
    ['The White House wants Russia to be less of a junior partner to China.', 'split-russia-china'],
    // "The two powers" names the pair the peace is to part.
    ['Trump believes a ceasefire would help pry the two powers apart.', 'end-war-to-weaken-axis'],
    ['Washington is drifting away from its European allies as it warms to Moscow.', 'europe-strain'],
    ['The thaw with Moscow calls the alliance with Europe into question.', 'europe-strain'],
    ['Putin has no thought of risking his partnership with Xi for Trump’s favour.', 'putin-tactical'],
    ['Moscow is playing a double game between Washington and Beijing.', 'putin-tactical'],
    ['Without Chinese components, Russia could barely build a tank.', 'russia-depends-on-china'],
    ['Russia has become China’s raw-materials supplier.', 'russia-depends-on-china'],
    ['Washington hopes to poach Beijing’s closest partner, Russia.', 'split-russia-china'],
    ['For the Kremlin, the thaw with Trump is just a bargaining chip.', 'putin-tactical'],
    ['Sanctions have locked Russia into a lopsided relationship with China.', 'russia-depends-on-china'],
    ['Kyiv was not in the loop when Trump called Putin.', 'putin-call-without-ukraine'],
    // The pair named by reference, their union regretted.
    ['Trump has said it was foolish to let the two powers band together.', 'split-russia-china'],
    // "Any reason" asks whether there is one: trading Beijing away is doubted, so the tie holds.
    ['Hardly anyone in the Kremlin sees any reason to ditch Beijing for Washington.', 'putin-tactical'],
    // A long sentence: the clash stands thirteen tokens from the name it belongs to.
    ['Vance jumped in, telling Zelensky that he ought to be grateful to the president, and the exchange soon escalated.', 'oval-office-clash'],
    // The Kremlin's line: the talks are aimed at no third country.
    ['Moscow told Beijing that its talks with the Americans were not directed against China.', 'putin-tactical'],
    ['Trump has said a Russia aligned with China is something America should never have allowed.', 'split-russia-china'],
    ['The leaders meeting in London agreed to work on a European peace plan for Ukraine.', 'london-summit'],
    ['China has become the biggest buyer of Russian oil and gas.', 'russia-depends-on-china'],
    ['Many in Europe fear being abandoned by Washington.', 'europe-strain'],
    // Not turning away from Xi is keeping the tie.
    ['Analysts expect that Putin will not turn away from Xi, whatever Washington offers.', 'putin-tactical'],
    // Closer to one than to the other: drawn away from it.
    ['The White House wants Moscow to stand closer to America than to China.', 'split-russia-china'],
    // The 2022 statement's own words: no forbidden areas of cooperation.
    ['Xi and Putin have promised each other cooperation without limits.', 'boundless-friendship'],
    // A comparative of a term of rapprochement is rapprochement too.
    ['The White House expects warmer ties with the Kremlin to leave Beijing isolated.', 'split-russia-china'],
    // At the cost of, as at the expense of: the tie is not given up.
    ['The Kremlin says its dialogue with Trump will never come at the cost of its friendship with China.', 'putin-tactical'],
    // Little more than a junior partner is a junior partner.
    ['Moscow has become hardly more than a junior partner to Beijing.', 'russia-depends-on-china'],
    // Undoing the union of the pair is splitting it.
    ['Trump has vowed to undo the way the two powers teamed up under Biden.', 'split-russia-china'],
    // A leader named by his office; a share of the supply told as its bulk.
    ['European leaders met the British prime minister to agree on more help for Ukraine.', 'london-summit'],
    ['Chinese parts account for the bulk of the electronics in Russian drones.', 'russia-depends-on-china'],
  ])('%s', (sentence, claim) => {
    expect(claimOf(sentence)).toBe(claim)
  })
})

describe('German restatements match the same claim ids', () => {
  it.each([
    ['Rubio stellte bemerkenswerte Chancen für Geschäfte mit Moskau nach Kriegsende in Aussicht.', 'rubio-opportunities'],
    ['Washington hofft, dass Russland und China auseinanderdriften.', 'split-russia-china'],
    ['Das Weiße Haus will Moskau gegen Peking ausspielen.', 'split-russia-china'],
    ['Russlands Kriegswirtschaft hängt an chinesischen Werkzeugmaschinen.', 'russia-depends-on-china'],
    ['Trump hofft auf einen Nixon-in-China-Moment mit Putin.', 'nixon-parallel'],
    ['Trump wünscht sich ein Russland, das nicht mehr Schulter an Schulter mit China steht.', 'split-russia-china'],
    ['Bolton meint, Trump verwechsle seine Freundschaften mit Autokraten mit den Interessen des Staates.', 'bolton-likes'],
    ['Trumps Russland-Kurs höhlt das transatlantische Bündnis aus.', 'europe-strain'],
    ['Mit seinem Werben um Putin sät Trump Zwietracht unter den europäischen Verbündeten.', 'europe-strain'],
    ['Das transatlantische Verhältnis hat durch Trumps Avancen an Putin Schaden genommen.', 'europe-strain'],
    ['Trumps Flirt mit dem Kreml treibt die Europäer zu einer eigenen Verteidigungsunion.', 'europe-strain'],
    ['Kiew ist empört, weil Trump mit Putin über ihren Kopf hinweg telefoniert hat.', 'putin-call-without-ukraine'],
    ['Russland braucht China heute mehr als China Russland.', 'russia-depends-on-china'],
    ['Rubio sprach von historischen Chancen für Geschäfte mit Moskau nach dem Krieg.', 'rubio-opportunities'],
    ['Das Weiße Haus will, dass Russland weniger ein Juniorpartner Chinas ist.', 'split-russia-china'],
    ['Ein Waffenstillstand soll nach Trumps Kalkül die beiden Mächte auseinanderbringen.', 'end-war-to-weaken-axis'],
    ['Unter Trump entfernen sich die USA von ihren europäischen Verbündeten und umwerben Moskau.', 'europe-strain'],
    // A negation before "daran," governs the zu-clause it points to, however long.
    ['Putin denkt gar nicht daran, die mühsam aufgebaute Partnerschaft mit China für eine ungewisse Annäherung an die USA aufs Spiel zu setzen.', 'putin-tactical'],
    ['Der Kreml spielt ein doppeltes Spiel zwischen Washington und Peking.', 'putin-tactical'],
    ['Ohne chinesische Bauteile könnte Russland kaum noch Panzer bauen.', 'russia-depends-on-china'],
    ['Russland ist zum Rohstofflieferanten Chinas geworden.', 'russia-depends-on-china'],
    ['Moskau wird Trumps Avancen annehmen, ohne deshalb auf Distanz zu Peking zu gehen.', 'putin-tactical'],
    ['Für den Kreml ist die Annäherung an Trump nur ein Faustpfand.', 'putin-tactical'],
    ['Die Sanktionen haben Russland in eine asymmetrische Beziehung zu China gedrängt.', 'russia-depends-on-china'],
    ['Kiew war nicht eingebunden, als Trump mit Putin telefonierte.', 'putin-call-without-ukraine'],
    // A negation does not reach the verb of saying that tags the sentence: the Kremlin did assure.
    ['Moskau werde sich von Washington nicht gegen Peking ausspielen lassen, versicherte der Kreml.', 'putin-tactical'],
    // A clause-final "nicht" does not reach back over "und" that joins another clause.
    ['Die Partnerschaft zwischen Russland und China richtet sich gegen keine Drittstaaten und lässt sich von außen nicht beeinflussen.', 'putin-tactical'],
    ['Trump versucht, einen Keil zwischen Moskau und Peking zu treiben.', 'split-russia-china'],
    ['Kritiker sprechen von einer Reverse-Nixon-Strategie.', 'nixon-parallel'],
    ['Die Strategie gilt als umgekehrter Nixon.', 'nixon-parallel'],
    ['Russland ist längst zum Juniorpartner Chinas geworden.', 'russia-depends-on-china'],
    ['Im Weißen Haus kam es zum Eklat zwischen Trump und Selenskyj.', 'oval-office-clash'],
    ['Die Europäer trafen sich in London zu einem Ukraine-Gipfel.', 'london-summit'],
    ['In London fand das Gipfeltreffen der europäischen Verbündeten der Ukraine statt.', 'london-summit'],
    ['Moskau und Peking hatten eine grenzenlose Freundschaft ausgerufen.', 'boundless-friendship'],
    ['Trumps Annäherung an Putin belastet das Verhältnis zu den europäischen Verbündeten.', 'europe-strain'],
    // Verb-final clauses write a separable verb joined: "abspaltet", not "spaltet … ab".
    ['Es ist unklar, ob Washington Moskau wirklich von Peking abspaltet.', 'split-russia-china'],
    ['Trump telefonierte mit Putin, während er Kiew und die Europäer ausklammerte.', 'putin-call-without-ukraine'],
    // A phrase ending in a verb, with the finite verb moved to second place ("den Rücken kehren",
    // "nicht aufgeben"), and the first "den" after "kehrt" not being the one that starts "den Rücken".
    ['Mit seiner Annäherung an Moskau kehrt Trump den europäischen Verbündeten den Rücken.', 'europe-strain'],
    ['Putin gibt die Partnerschaft mit China trotz Trumps Avancen nicht auf.', 'putin-tactical'],
    // A noun in -ung, -keit, … leads a compound with a linking -s-, and the compound is about it too.
    ['Trumps Annäherungskurs gegenüber Moskau soll Peking isolieren.', 'split-russia-china'],
    ['Russlands Abhängigkeitsverhältnis zu China wächst.', 'russia-depends-on-china'],
    // "ohne … zu": the infinitive closes its clause, after its object.
    ['Der Kreml-Chef dürfte sich auf Trumps Avancen einlassen, ohne seine Bindung an Peking aufzugeben.', 'putin-tactical'],
    ['Das Treffen platzte, nachdem Vance Selenskyj Undankbarkeit vorgeworfen hatte.', 'oval-office-clash'],
    ['Die Annäherung an den Kreml hat das Vertrauen in das transatlantische Bündnis erschüttert.', 'europe-strain'],
    ['Die Ukraine wurde nicht gefragt, bevor Trump mit Putin telefonierte.', 'putin-call-without-ukraine'],
    // A name's genitive -s ("Xis Griff") stands for the country the name stands for.
    ['Trumps Berater sprechen offen davon, den Kreml aus Xis Griff zu lösen.', 'split-russia-china'],
    ['Die Hinwendung zu Moskau hat einen Graben zwischen Washington und den Europäern aufgerissen.', 'europe-strain'],
    ['Washington versucht, Russland und China gegeneinander auszuspielen.', 'split-russia-china'],
    ['Eine Annäherung an Moskau könnte die Achse Moskau–Peking untergraben.', 'split-russia-china'],
    // Strong verbs change their stem ("streiten", "stritten"); separable ones split ("abhängen", "hängt … ab").
    ['Trump und Selenskyj stritten vor laufenden Kameras im Oval Office.', 'oval-office-clash'],
    ['Russland hängt wirtschaftlich immer stärker von China ab.', 'russia-depends-on-china'],
    ['Kiew wurde über Trumps Gespräch mit dem Kremlchef nicht vorab informiert.', 'putin-call-without-ukraine'],
    ['Die beiden Staatschefs beschwören ihre grenzenlose Partnerschaft.', 'boundless-friendship'],
    ['Russland wird seine Partnerschaft mit China kaum aufgeben.', 'putin-tactical'],
    ['Das Treffen im Weißen Haus endete damit, dass Selenskyj gebeten wurde zu gehen.', 'oval-office-clash'],
    ['Nach dem Eklat im Oval Office lud Starmer die Europäer nach London ein.', 'london-summit'],
    ['Washington will Moskau von Peking entwöhnen.', 'split-russia-china'],
    ['Trotz Trumps Avancen wird Putin kaum mit Peking brechen.', 'putin-tactical'],
    ['Für Europa ist Trumps Werben um den Kreml ein Albtraum.', 'europe-strain'],
    ['Putin hat Xi versichert, dass die Gespräche mit Trump ihrer Partnerschaft nicht schaden.', 'putin-tactical'],
    ['Russland braucht China, um seine Wirtschaft über Wasser zu halten.', 'russia-depends-on-china'],
    ['Trump nannte es einen Fehler, Russland und China in die Arme getrieben zu haben.', 'split-russia-china'],
    ['Trumps Telefonat mit Putin hat Kiew überrumpelt.', 'putin-call-without-ukraine'],
    ['Das Londoner Treffen war Europas Antwort auf Trumps Alleingang.', 'london-summit'],
    ['Dem Kreml bleibt kaum etwas anderes übrig, als sein Gas an China zu verkaufen.', 'russia-depends-on-china'],
    ['Die beiden Autokraten nennen ihre Partnerschaft grenzenlos.', 'boundless-friendship'],
    ['Laut Bolton handelt Trump nach persönlicher Sympathie.', 'bolton-likes'],
    ['Die US-Regierung will die Achse Moskau–Peking brechen.', 'split-russia-china'],
    // The zu-infinitive of a separable verb in a phrase: "gegeneinander aufzubringen".
    ['Der Präsident sprach davon, Russland und China gegeneinander aufzubringen.', 'split-russia-china'],
    ['Putin nimmt Trumps Angebote an und hält Peking trotzdem an seiner Seite.', 'putin-tactical'],
    ['Rubio sagte, ein Abkommen würde außergewöhnliche Chancen für eine Partnerschaft mit Moskau eröffnen.', 'rubio-opportunities'],
    ['Selenskyj wurde regelrecht aus dem Weißen Haus rausgeschmissen.', 'oval-office-clash'],
    ['Trump kündigte an, Russland und China zu entvereinen.', 'split-russia-china'],
    ['Trump nannte es dumm, dass die USA China und Russland zusammengeschweißt hätten.', 'split-russia-china'],
    ['Washington will Russland aus der Umklammerung Chinas befreien.', 'split-russia-china'],
    ['Kiew wurde über das Telefonat zwischen Trump und Putin erst im Nachhinein informiert.', 'putin-call-without-ukraine'],
    ['Putin versicherte Xi, die Gespräche mit Trump gingen nicht auf Kosten Pekings.', 'putin-tactical'],
    ['Xi und Putin verkündeten eine Partnerschaft ohne verbotene Bereiche.', 'boundless-friendship'],
    ['Selenskyj bekam im Oval Office eine Abreibung von Trump.', 'oval-office-clash'],
    ['Beobachter nennen Trumps Plan einen Nixon im Rückwärtsgang.', 'nixon-parallel'],
    ['Russland ist zu einem Satelliten Chinas geworden.', 'russia-depends-on-china'],
    ['Der Kreml lässt die Partnerschaft mit Peking unangetastet, was Trump auch anbietet.', 'putin-tactical'],
    ['Ein Kriegsende gebe Moskau Gründe, sich von Peking zu distanzieren, glaubt man in Washington.', 'end-war-to-weaken-axis'],
    ['Der Kreml sieht keinen Widerspruch darin, mit Trump zu reden und Schulter an Schulter mit Xi zu stehen.', 'putin-tactical'],
    ['Die US-Regierung will sich mit Moskau gegen China verbünden, um Peking zu schwächen.', 'split-russia-china'],
    ['Vance kanzelte im Oval Office seinen Gast ab.', 'oval-office-clash'],
    ['Versucht das Weiße Haus, die beiden größten Autokratien der Welt, Russland und China, auseinanderzudividieren?', 'split-russia-china'],
    ['Im Oval Office kam es zum Eklat.', 'oval-office-clash'],
    ['Selenskyj wurde aus dem Weißen Haus hinausgeworfen.', 'oval-office-clash'],
    ['Die US-Regierung möchte Russland gegen China in Stellung bringen.', 'split-russia-china'],
    // The strain on the alliance, as German coverage gives it.
    ['Viele Europäer fühlen sich von Washington verraten.', 'europe-strain'],
    ['In Europas Hauptstädten fragt man sich, ob auf Amerika noch Verlass ist.', 'europe-strain'],
    ['Bei Trumps neuer Russlandpolitik bleibt Europa außen vor.', 'europe-strain'],
    ['Europa müsse unabhängig von den USA werden, sagen die Regierungen.', 'europe-strain'],
    ['In Europa wächst die Angst, die USA könnten aus der Nato austreten.', 'europe-strain'],
    ['Trump stößt mit seiner Russlandpolitik die Verbündeten vor den Kopf.', 'europe-strain'],
    ['Die Bundesregierung reagierte irritiert auf Trumps Avancen gegenüber Moskau.', 'europe-strain'],
    ['In Europa herrscht Empörung über Trumps Äußerungen.', 'europe-strain'],
    ['Trumps Alleingang gegenüber Moskau verärgert die Verbündeten.', 'europe-strain'],
    ['Die Europäer können nur zusehen, wie Trump mit Putin über die Ukraine verhandelt.', 'europe-strain'],
    ['In Europa macht sich nach Trumps Treffen mit Putin Ernüchterung breit.', 'europe-strain'],
    ['Trumps Russlandpolitik entzweit Amerika und seine Verbündeten.', 'europe-strain'],
    ['Trumps Schmusekurs mit Putin vergrätzt die Europäer.', 'europe-strain'],
    ['Die EU reagierte verstimmt auf das Telefonat zwischen Trump und Putin.', 'europe-strain'],
    ['Trump demütigte Selenskyj vor laufenden Kameras.', 'oval-office-clash'],
    ['Der Eklat im Weißen Haus vom Februar wirkt bis heute nach.', 'oval-office-clash'],
    // German forms found missing by a German probe across the claims: separable verbs, a quick peace, a drip.
    ['Dahinter steckt die Hoffnung, dass sich der Kreml langfristig von China abwendet.', 'split-russia-china'],
    ['Trump drängt auf einen schnellen Frieden, um die russisch-chinesische Allianz zu schwächen.', 'end-war-to-weaken-axis'],
    ['Trump rief Putin an, ohne Kiew vorher zu informieren.', 'putin-call-without-ukraine'],
    ['Seit den Sanktionen hängt Russlands Wirtschaft am Tropf Chinas.', 'russia-depends-on-china'],
    ['Mit dem Treffen in Lancaster House wollten die Europäer zeigen, dass sie selbst handeln können.', 'london-summit'],
    ['Am Sonntag empfing Starmer rund 18 Staats- und Regierungschefs in London.', 'london-summit'],
    ['Verbündete verunsichert über Washingtons Schwenk nach Moskau', 'europe-strain'],
    ['Trumps Russlandpolitik hat die Europäer alarmiert.', 'europe-strain'],
    ['Die Strategie beruht auf der Idee, Russland lasse sich dazu bewegen, auf Abstand zu Xi zu gehen.', 'split-russia-china'],
    ['„Putin wird von Trump nehmen, was er kriegen kann, und trotzdem an Xis Seite bleiben“, sagte ein Analyst.', 'putin-tactical'],
    ['„Europa kann Amerika nicht länger als selbstverständlich betrachten“, sagte der Kanzler.', 'europe-strain'],
    ['Ziel der Trump-Regierung ist ein Russland, das weniger eng an China gebunden ist.', 'split-russia-china'],
    // Bolton by his role, as the article introduces him.
    ['Der frühere Sicherheitsberater meint, Trump verwechsle persönliche Beziehungen mit Beziehungen zwischen Staaten.', 'bolton-likes'],
    ['Das Weiße Haus will Moskau als Gegengewicht zu Peking gewinnen.', 'split-russia-china'],
    ['Trump möchte Russland als Partner gegen die Volksrepublik gewinnen.', 'split-russia-china'],
    // The present participle beside the lexicon's past participle ("alarmiert", "verunsichert").
    ['Für die Europäer ist Trumps Annäherung an Putin alarmierend.', 'europe-strain'],
    ['In Brüssel gilt Trumps Werben um Putin als zutiefst verunsichernd.', 'europe-strain'],
    // "sich zuwenden", a separable verb, with the prefix at the end of the clause.
    ['Wendet sich Russland dem Westen zu, wäre China geschwächt.', 'split-russia-china'],
    ['Ohne China wäre Russlands Wirtschaft kaum überlebensfähig.', 'russia-depends-on-china'],
    ['In London zeigten die Europäer beim Gipfel Geschlossenheit gegenüber den USA.', 'london-summit'],
    ['Russland werde sich gegenüber Washington alle Optionen offenhalten, statt sich gegen Peking zu entscheiden.', 'putin-tactical'],
    ['Moskau werde Zugeständnisse mitnehmen, ohne an der Partnerschaft mit China zu rütteln.', 'putin-tactical'],
    ['Trumps Russlandpolitik macht das transatlantische Bündnis brüchig.', 'europe-strain'],
    ['Mit seiner Charmeoffensive gegenüber Moskau zielt Trump gegen Peking.', 'split-russia-china'],
    ['Washington setzt auf einen Bruch zwischen Russland und China.', 'split-russia-china'],
    ['Kiew sass nicht mit am Tisch, als Trump mit Putin telefonierte.', 'putin-call-without-ukraine'],
    ['Putin wird seine Partnerschaft mit China nicht für Trump opfern.', 'putin-tactical'],
    ['Es ist Nixons China-Politik mit vertauschten Rollen.', 'nixon-parallel'],
    ['Der Kreml denkt nicht daran, sich von China abzuwenden.', 'putin-tactical'],
    ['Rubio: «Unglaubliche Chancen», wenn der Krieg endet', 'rubio-opportunities'],
    ['Für Moskau steht die Partnerschaft mit China nicht zur Disposition, sagt Putin.', 'putin-tactical'],
    ['Die USA wollen den Schulterschluss zwischen Russland und China beenden.', 'split-russia-china'],
    ['Washington hofft, Moskau aus dem Lager Pekings zu holen.', 'split-russia-china'],
    ['Vor laufenden Kameras wurde Selenskyj von Trump und Vance belehrt.', 'oval-office-clash'],
    ['Im Weißen Haus hofft man, Moskau von Peking zu entkoppeln.', 'split-russia-china'],
    ['Putin und Xi hatten eine Partnerschaft ohne Obergrenze besiegelt.', 'boundless-friendship'],
    ['Moskau will von Trump profitieren, ohne Peking zu verprellen.', 'putin-tactical'],
    ['Rubio stellte Russland nach Kriegsende eine enge Zusammenarbeit in Aussicht.', 'rubio-opportunities'],
    ['Ohne chinesische Bauteile könnte Russland seine Rüstungsproduktion kaum aufrechterhalten.', 'russia-depends-on-china'],
    // Out of Beijing's embrace, "in die Schranken weisen", "sich gut stellen", "links liegen lassen",
    // a separable "zusammenkommen", ties kept "ohne … abzuwenden", dependence told as "ohne … kaum".
    ['Trump will Moskau aus der Umarmung Chinas lösen.', 'split-russia-china'],
    ['Mit Russland als Partner will Washington Peking in die Schranken weisen.', 'split-russia-china'],
    ['Trump will sich mit Russland gut stellen und so China schwächen.', 'split-russia-china'],
    ['Die Europäer fürchten, dass Trump sie bei den Verhandlungen mit Putin links liegen lässt.', 'europe-strain'],
    ['Die europäischen Regierungschefs kamen am Sonntag in London zusammen, um über die Ukraine zu beraten.', 'london-summit'],
    ['Moskau nimmt die Angebote aus Washington an, ohne sich von Peking abzuwenden.', 'putin-tactical'],
    ['Ohne chinesische Maschinen könnten Russlands Fabriken kaum funktionieren.', 'russia-depends-on-china'],
    // Separable verbs held in one form only, now inflected with the prefix apart.
    ['Bei den Verhandlungen mit Putin bootete Trump die Europäer aus.', 'europe-strain'],
    ['Trump stellte die Europäer bei seinen Gesprächen mit Putin kalt.', 'europe-strain'],
    ['Nach dem Wortgefecht warf Trump Selenskyj aus dem Weißen Haus hinaus.', 'oval-office-clash'],
    // Learning of the call from the news is being left out of it.
    ['Von dem Gespräch zwischen Trump und Putin erfuhr Kiew aus den Medien.', 'putin-call-without-ukraine'],
    ['Bolton meint, Trump glaube, wenn er mit Putin gut auskomme, kämen auch die USA und Russland gut miteinander aus.', 'bolton-likes'],
    ['Seit Trump um Putin wirbt, hat sich das Verhältnis zwischen Europa und Amerika verschlechtert.', 'europe-strain'],
    ['Trumps Gespräche mit Putin, zu denen kein Europäer eingeladen war, belasten das Verhältnis zu den Verbündeten.', 'europe-strain'],
    ['Die europäischen Verbündeten reagieren enttäuscht auf Trumps Werben um Putin.', 'europe-strain'],
    ['Mit Trumps Kurs gegenüber Moskau gerät das transatlantische Bündnis ins Wanken.', 'europe-strain'],
    ['Der Plan ist eine umgekehrte Öffnung gegenüber China, diesmal mit Moskau.', 'nixon-parallel'],
    ['Die Beziehungen zwischen Staaten hängen bei ihm von persönlicher Sympathie ab.', 'bolton-likes'],
    ['Die USA versuchen, einen Keil zwischen die beiden Großmächte zu treiben.', 'split-russia-china'],
    ['Kiew erfuhr von dem Telefonat zwischen Trump und Putin erst aus zweiter Hand.', 'putin-call-without-ukraine'],
    ['Russland hat kaum Alternativen zu China als Abnehmer seines Öls.', 'russia-depends-on-china'],
    ['Trumps Russland-Schwenk schockt die Europäer.', 'europe-strain'],
    ['Washington will Moskau in die eigene Umlaufbahn ziehen und Peking damit isolieren.', 'split-russia-china'],
    // The new course toward Russia as the rapprochement; trust that has suffered.
    ['Europäische Politiker äußerten sich besorgt über den neuen Kurs der USA gegenüber Russland.', 'europe-strain'],
    ['Das Vertrauen in die USA als Schutzmacht hat in Europa gelitten.', 'europe-strain'],
    ['Rubio sagte, ein Friedensabkommen würde außergewöhnliche wirtschaftliche Zusammenarbeit mit Moskau ermöglichen.', 'rubio-opportunities'],
    ['Russland wird China niemals fallen lassen, sagt die Politologin.', 'putin-tactical'],
    ['Putin werde die Hand Trumps ergreifen, ohne Xi den Rücken zu kehren, schreibt die Analystin.', 'putin-tactical'],
    ['Die Nato-Ostflanke blickt mit Grauen auf Trumps Putin-Kurs.', 'europe-strain'],
    ['Dass Trump mit seinem Werben um Putin auf China zielt, daraus machen seine Berater kaum ein Geheimnis.', 'split-russia-china'],
    ['Putin wird die Annäherung nutzen, ohne die Partnerschaft mit Peking in Frage zu stellen.', 'putin-tactical'],
    ['Bolton kritisiert, dass Trump die Beziehungen zu anderen Staaten davon abhängig macht, wie gut er sich mit deren Staatschefs versteht.', 'bolton-likes'],
    ['Die Europäer reagieren mit kaum verhohlener Bitterkeit auf Trumps Werben um Putin.', 'europe-strain'],
    ['Das Verhältnis zwischen Trump und den Europäern ist so belastet wie seit Jahrzehnten nicht mehr.', 'europe-strain'],
    ['Kaum jemand glaubt, dass Putin die Partnerschaft mit Peking für Trump aufs Spiel setzt.', 'putin-tactical'],
    ['Moskau werde sich nicht gegen Peking ausspielen lassen, sagte der Sprecher.', 'putin-tactical'],
    ['Starmer empfing ein Dutzend Regierungschefs in London, um über die Ukraine zu beraten.', 'london-summit'],
    ['Viele Europäer sehen die USA unter Trump nicht mehr als Verbündeten.', 'europe-strain'],
    ['Nach Trumps Annäherung an Moskau ist Europa auf sich allein gestellt.', 'europe-strain'],
    // German cues reach the verb that closes their clause.
    ['Weshalb sollte der Kreml die Partnerschaft mit China für ein paar Versprechen aus Washington eintauschen?', 'putin-tactical'],
    ['Putin wird Trumps Angebote annehmen und die Partnerschaft mit Xi behalten.', 'putin-tactical'],
    ['Russland ist zum Rohstoffanhängsel der chinesischen Wirtschaft geworden.', 'russia-depends-on-china'],
    ['Der US-Präsident will den Kremlchef von Peking weglocken.', 'split-russia-china'],
    ['Trump wirbt um den Kreml, um Peking zu isolieren.', 'split-russia-china'],
    ['Ein Tauwetter mit Moskau soll nach dem Willen Washingtons China schwächen.', 'split-russia-china'],
    ['Der Kremlherrscher telefonierte mit Xi, um ihn nach dem Gespräch mit Trump zu beruhigen.', 'putin-tactical'],
    ['Laut Bolton hängt die Außenpolitik des Präsidenten davon ab, wen er gerade mag.', 'bolton-likes'],
    ['Nach Trumps Annäherung an Putin trauen die Europäer Washington nicht mehr über den Weg.', 'europe-strain'],
    // "Im Zweifel" (when it comes to it) doubts nothing.
    ['In Europa fürchtet man, dass die USA im Zweifel auf Putins Seite stehen.', 'europe-strain'],
    ['Die baltischen Staaten, die eine lange Grenze mit Russland haben, verfolgen Trumps Werben um Putin mit Sorge.', 'europe-strain'],
    ['Im Weißen Haus wies Trump den ukrainischen Präsidenten vor laufenden Kameras zurecht.', 'oval-office-clash'],
    ['Nach Trumps Kurswechsel gegenüber Moskau müssen sich die Europäer neu orientieren.', 'europe-strain'],
    ['Ohne westliche Kunden muss sich Russland wirtschaftlich auf China stützen.', 'russia-depends-on-china'],
    ['Selenskyj wurde im Weißen Haus vor den Kameras gemaßregelt.', 'oval-office-clash'],
    ['Auf dem Londoner Gipfel berieten Starmer und die Koalition der Willigen über Sicherheitsgarantien.', 'london-summit'],
    // Die USA als Handelnde (nicht nur Trump), die ein Bündnis mit Europa für Putin opfern oder aufs Spiel setzen.
    ['Die US-Regierung setzt mit ihrem Werben um Putin das Bündnis mit Europa aufs Spiel.', 'europe-strain'],
    ['In Warschau fürchtet man, dass Washington Europa für einen Deal mit dem Kreml opfert.', 'europe-strain'],
    ['Europa droht ins Abseits zu geraten, während Trump und Putin über die Ukraine verhandeln.', 'europe-strain'],
    ['Die Europäer müssen ihre Verteidigung ohne die Amerikaner planen, seit Trump auf Putin zugeht.', 'europe-strain'],
    ['Das Ziel sei, den Bären vom Drachen zu trennen, sagte ein Berater.', 'split-russia-china'],
    ['Trump glaubt, er könne Putin zu einem Partner gegen Xi machen.', 'split-russia-china'],
    ['Europa antwortete Washington mit einem eigenen Gipfel in der britischen Hauptstadt.', 'london-summit'],
    ['Für die Nato-Partner ist Trumps Russland-Kurs eine schwere Hypothek.', 'europe-strain'],
    ['Die Annäherung Washingtons an Moskau hinterlässt in Europa ein Gefühl der Ohnmacht.', 'europe-strain'],
    ['Das westliche Bündnis ist so zerstritten wie lange nicht, seit Trump auf Moskau zugeht.', 'europe-strain'],
    ['Die USA verprellen mit ihrer Russland-Politik ihre ältesten Verbündeten.', 'europe-strain'],
    ['Von westlichen Märkten abgeschnitten, hat sich der Kreml wirtschaftlich in Chinas Arme geworfen.', 'russia-depends-on-china'],
    ['Millionen sahen zu, wie der amerikanische Präsident und sein Vize über ihren ukrainischen Gast herfielen.', 'oval-office-clash'],
    ['Was eine Zeremonie zur Unterzeichnung des Rohstoffabkommens werden sollte, geriet im Weißen Haus zur Abrechnung mit Selenskyj.', 'oval-office-clash'],
    ['Im Weißen Haus glaubt man, ein Russland, das weniger auf China angewiesen ist, würde Peking schwächen.', 'split-russia-china'],
    ['Die Europäer spielen bei den Gesprächen zwischen Trump und Putin nur noch eine Nebenrolle.', 'europe-strain'],
    ['Zwischen Washington und den europäischen Hauptstädten wachsen die Differenzen über den Umgang mit Putin.', 'europe-strain'],
    // Ein Partner, den Moskau eintauschen könnte, ist kein von Washington geopferter Verbündeter.
    ['Warum sollte Moskau einen verlässlichen Partner in Peking gegen einen launischen in Washington eintauschen?', 'putin-tactical'],
    ['Ein Kremlsprecher sagte, die Partnerschaft mit China bleibe von den Gesprächen mit Trump unberührt.', 'putin-tactical'],
    // "Keinen Hehl machen" is "make no secret": it affirms.
    ['Trump macht keinen Hehl daraus, dass er Russland von China trennen will.', 'split-russia-china'],
    // A phrase of purpose says what its clause is for: the peace and the weakened axis stand in one clause.
    ['Ein schneller Frieden in der Ukraine soll helfen, um die Partnerschaft zwischen Moskau und Peking aufzuweichen.', 'end-war-to-weaken-axis'],
    ['Die beiden Großmächte sich verbünden zu lassen, sei ein Fehler gewesen, sagt Trump.', 'split-russia-china'],
    ['Premierminister Starmer empfing europäische Regierungschefs, um über die Ukraine zu beraten.', 'london-summit'],
    ['Trump möchte, dass Russland den USA näher steht als China.', 'split-russia-china'],
    ['Der Kreml ließ Peking wissen, die Gespräche mit Washington richteten sich gegen niemanden.', 'putin-tactical'],
    ['China ist zum größten Abnehmer von russischem Öl geworden.', 'russia-depends-on-china'],
    ['Washington will Russland mit wirtschaftlichen Anreizen von China wegführen.', 'split-russia-china'],
    ['Ohne Maschinen aus China hätte die russische Industrie große Mühe, Panzer zu bauen.', 'russia-depends-on-china'],
    ['Die in London versammelten Regierungschefs wollen einen Friedensplan für die Ukraine vorlegen.', 'london-summit'],
    // "Nun" sets Nixon's move beside today's.
    ['Nixon hat China umworben, und nun umwirbt Trump die Russen.', 'nixon-parallel'],
    // A doubted noun whose content is the zu-clause after it ("kaum einen Grund, … zu") governs that clause.
    ['In Moskau sieht kaum jemand einen Grund, die enge Partnerschaft mit Peking gegen die vagen Versprechen des amerikanischen Präsidenten einzutauschen.', 'putin-tactical'],
    ['Ein wärmeres Verhältnis zum Kreml soll Peking nach dem Willen Washingtons isolieren.', 'split-russia-china'],
    ['Die russische Wirtschaft ist heute kaum mehr als ein Anhängsel der chinesischen.', 'russia-depends-on-china'],
    ['Trump will rückgängig machen, dass sich die beiden Mächte unter Biden zusammengetan haben.', 'split-russia-china'],
    // Doubt about the US commitment, told with a separated verb ("lässt … zweifeln").
    ['Trumps Nähe zu Putin lässt die Europäer an Amerikas Bekenntnis zur Nato zweifeln.', 'europe-strain'],
    // A separated prefix followed by a comparison still closes its clause, on the filtered path too.
    ['Im Oval Office kanzelte Trump seinen Gast Selenskyj ab wie einen Schüler.', 'oval-office-clash'],
  ])('%s', (sentence, claim) => {
    expect(claimOf(sentence)).toBe(claim)
  })
})

describe('same-story sentences that do not restate a claim do not match', () => {
  it.each([
    // History told without a link to today; a name and a place a few words apart are no analogy.
    ['Nixon arrived in China in February 1972 after months of secret diplomacy.'],
    ['Nixons Besuch in China im Jahr 1972 beendete Jahrzehnte der Sprachlosigkeit.'],
    // Discord among the allies that Moscow sows, not Washington, is no strain the claim names.
    ['Russia has long tried to sow discord among Western allies.'],
    ['Der Kreml versucht seit Jahren, Zwietracht unter den Europäern zu säen.'],
    ['The US announced another package of military aid for Kyiv.'],
    ['New tariffs on Chinese goods took effect on Tuesday.'],
    ['Russia and China held joint naval drills in the Sea of Japan.'],
    ['Nixon travelled to Beijing in 1972 and met Mao Zedong.'],
    ['Putin and Xi spoke by phone on Monday.'],
    ['Xi called Putin his best and most intimate friend.'],
    ['The summit in Alaska ended without an agreement.'],
    ['Trump met Zelensky at the White House on Friday.'],
    ['Bolton said Putin can play Trump like a fiddle.'],
    ['Russia supplies China with oil and gas at a discount.'],
    ['The two presidents spoke by phone about trade.'],
    ['Kyiv was kept out of the loop on the price of gas.'],
    ['The Ukrainian president thanked Congress for its support.'],
    ['Russland und China spielen ihre Stärken im Handel aus.'],
    ['Brasilien wendet sich an andere Schwellenländer wie Russland, Indien und China.'],
    ['Putin assured Xi of a warm welcome in Moscow.'],
    ['Die EU beschließt ein neues Sanktionspaket gegen Russland.'],
    ['The secretary of state said the talks with Russia went well.'],
    ['Der Streit um Zölle belastet den Handel zwischen den USA und China nicht nur kurzfristig.'],
    ['Putin promised that the new pipeline would not come at the expense of European customers.'],
    ['The European champion has been sidelined by a knee injury.'],
    ['Russland verbündet sich mit China, um den Westen zu schwächen.'],
    // Europe and the US strained by something other than the rapprochement, or Europe alone.
    ['European markets fell on worries about US tariffs.'],
    ['Europe must become independent of Russian gas.'],
    ['She felt betrayed by her business partner.'],
    ['Die europäischen Börsen gaben wegen Sorgen über US-Zölle nach.'],
    ['Der Riss zwischen den beiden Fußballvereinen vertiefte sich.'],
    ['Die Bundesregierung reagierte irritiert auf die Zollpläne aus Peking.'],
    ['Starmer and Macron discussed migration at a meeting in Paris.'],
    ['The Oval Office was redecorated with gold trim.'],
    ['Chaos reigned at the White House as staff packed up.'],
    ['In February the White House hosted a state dinner.'],
    ['Im Februar gab das Weiße Haus ein Staatsbankett.'],
    ['Der Patient hängt seit Tagen am Tropf.'],
    ['Die Firma ist weniger an Verträge gebunden.'],
    // Hosting one guest is not a summit.
    ['Starmer hosted Zelensky at Downing Street.'],
    // Nixon compared without the opening to China is Watergate, not the claim's analogy.
    ['Just as Nixon did during Watergate, Trump is attacking the press.'],
    ['Trump’s attacks on the press echo Nixon’s.'],
    ['Genauso wie Nixon in der Watergate-Affäre greift Trump die Presse an.'],
    ['Sie rief ihre Mutter an, ohne vorher zu fragen.'],
    ['Die EU reagierte verstimmt auf die Zölle aus Washington.'],
    ['Ukraine was not at the table when the ministers met in Riyadh to discuss grain.'],
    ['Ein Bruch zwischen Union und SPD gilt als unwahrscheinlich.'],
    // Solving a conflict is not detaching; leverage over both is no dependence.
    ['Russland will den Grenzkonflikt mit China lösen.'],
    ['Trump believes tariffs give him leverage over China and Russia alike.'],
    ['Voters learned of the scandal from the news.'],
    ['Die Fans erfuhren von dem Wechsel aus den Medien.'],
    ['The gas station on the corner was robbed on Tuesday.'],
    ['The French president visited a school in Lyon.'],
    ['Rubio sees incredible opportunities in Latin America.'],
    // Words derived from a prefixed verb are no compound of their last part: a breakthrough, a slump
    // and self-confidence are no breach and no trust; "Wettbewerb" holds no courting.
    ['Europa hofft auf einen Durchbruch bei den Gesprächen zwischen Trump und Putin.'],
    ['Nach dem Einbruch der Exporte sucht Europa neue Märkte, sagt Trump.'],
    ['Mit neuem Selbstvertrauen treten die Europäer gegenüber Trump auf.'],
    // "ausschließlich" (only) shares its stem with "ausschließen" (to exclude).
    ['Trump telefonierte mit Putin ausschließlich über die Ukraine.'],
    // A counterweight to China and Russia both is not Russia won over.
    ['Washington sees its alliance with Seoul as a counterweight to China and Russia.'],
    ['Die USA sehen Japan als Gegengewicht zu China und Russland.'],
    // Russia's partner against China is not Russia won over ("China's partner against" would be the reverse).
    ['Moscow and Beijing remain partners against the West.'],
    // Europe and the rapprochement in one sentence, but no strain: approval is not alarm.
    ['NATO allies backed Washington’s outreach to Moscow as a step toward peace.'],
    ['Orbán begrüßte als einziger europäischer Regierungschef Trumps Annäherung an Putin.'],
    // Liking, the opening to China and "never" outside the claims' own frames.
    ['Bolton likes to tell the story of his years in the White House.'],
    ['Nixon’s opening to China in 1972 changed the Cold War.'],
    ['Die Öffnung gegenüber China unter Nixon veränderte den Kalten Krieg.'],
    ['Das mag sein, sagt Bolton über Trumps Beziehungen zu Putin.'],
    ['Trump’s talks with Putin have never strained ties with the allies.'],
    // A pair without a word of splitting aimed at it, or a pair named loosely.
    ['The two countries split the costs of the bridge.'],
    ['The president has few alternatives to the plan.'],
    ['Trump imposed new tariffs against China on Monday.'],
    // Disputes between Kyiv and Washington other than the Oval Office meeting.
    ['Zelensky and the US clashed over the terms of the minerals deal in April.'],
    ['Selenskyj und die USA streiten über die Bedingungen des Rohstoffabkommens.'],
    ['Trump verhängt neue Zölle gegen China.'],
    ['Das Ergebnis schockt die Fans.'],
    ['Der Konzern hat nach dem Kurswechsel an der Börse gelitten.'],
    ['The mediator tried to drive a wedge between the two lefts.'],
    ['Israelis and Palestinians would live in two separate states.'],
    // Starmer in London without leaders or Europe is no summit.
    // The US (not only Trump) straining ties with Europe needs Putin or the rapprochement, not any mention of Russia.
    ['Beijing’s refusal to condemn Moscow has strained its relations with the United States and the EU.'],
    ['The EU’s Russia policy has strained its ties with Hungary.'],
    ['Farmers in Europe remain sceptical about the new trade agreement with the United States.'],
    ['Starmer traf in London Vertreter der Wirtschaft.'],
    // Nearer one than the other, with no one drawing Russia to the US: geography, culture.
    ['Moscow lies closer to Berlin than to Beijing.'],
    ['Kulturell fühlen sich viele Russen Europa näher als China.'],
  ])('%s', (sentence) => {
    expect(claimOf(sentence)).toBeNull()
  })
})

describe('negation and doubt turn a restatement into its opposite', () => {
  it.each([
    ['The strategy does not aim at a rift between Russia and China.'],
    ['The US won’t be able to detach Russia from China.'],
    ['Any attempt to sow discord between China and Russia is doomed to fail.'],
    ['There is little chance of a real split between Moscow and Beijing.'],
    ['Trump will never succeed in separating Russia from China.'],
    ['It is unlikely that Washington can pull Russia away from China.'],
    ['Es ist unwahrscheinlich, dass die USA Russland von China trennen können.'],
    // A doubt governs the whole clause that "dass" opens, to its verb at the end.
    ['Es ist unwahrscheinlich, dass die Vereinigten Staaten Russland in den nächsten Jahren von China trennen können.'],
    ['Analysts doubt whether Washington can in the coming years really pull Russia away from China.'],
    // A negation between a separable verb and its prefix ("hängt … ab") negates it.
    ['Russlands Wirtschaft hängt nicht von China ab, sagt der Kreml.'],
    ['Putin and Xi are not friends, Bolton says.'],
    // German puts "nicht" after the verb, often last in its clause.
    ['Die Annäherung zwischen Trump und Putin spaltet den Westen nicht.'],
    ['Trump spaltet Russland und China nicht, sagen Experten.'],
  ])('%s', (sentence) => {
    expect(claimOf(sentence)).toBeNull()
  })

  it('a negation after the claim does not reach back', () => {
    expect(claimOf('Russia has become increasingly dependent on China, and that is not good for Moscow.')).toBe('russia-depends-on-china')
  })

  // A negation that belongs to the claim's own words, or to an emphasis, does not contradict it.
  it.each([
    ['Bolton says Trump does not distinguish between his personal relations with leaders and relations between states.', 'bolton-likes'],
    ['Bolton meint, Trump unterscheide nicht zwischen persönlichen Beziehungen und Beziehungen zwischen Staaten.', 'bolton-likes'],
    ['Es geht Trump um nichts weniger als die Sprengung der Achse Moskau–Peking.', 'split-russia-china'],
  ])('%s', (sentence, claim) => {
    expect(claimOf(sentence)).toBe(claim)
  })

  it('a term that starts with a negation word is not negated by it', () => {
    expect(claimOf('Beijing and Moscow announced a friendship with no limits.')).toBe('boundless-friendship')
  })

  // "Without" parting from China is keeping the tie: the parting verb is negated, not the split claimed.
  it.each([
    ['Moscow can deal with Washington without breaking with Beijing.', 'putin-tactical'],
    ['The Kremlin will accept a reset with the US without loosening its partnership with China.', 'putin-tactical'],
    ['Russland kann mit Washington verhandeln, ohne sich von Peking zu distanzieren.', 'putin-tactical'],
    ['Der Kreml sucht die Annäherung an die USA, ohne mit China zu brechen.', 'putin-tactical'],
    // A negation that is a term's own word between its parts ("gibt … nicht auf") is the term, not a cue against it.
    ['Putin gibt die Partnerschaft mit China nicht auf.', 'putin-tactical'],
  ])('%s', (sentence, claim) => {
    expect(claimOf(sentence)).toBe(claim)
  })
})

describe('a concept negated means another', () => {
  it('abandoning affirmed is not keeping the tie', () => {
    expect(claimOf('Russia may yet ditch China if Trump offers enough.')).not.toBe('putin-tactical')
    expect(claimOf('Russland könnte China fallen lassen, wenn Trump genug bietet.')).not.toBe('putin-tactical')
  })
})

describe('attribution: a quote claim matches only its own speaker', () => {
  it.each([
    ['Rubio said there are incredible opportunities for a geopolitical partnership with Russia.', 'rubio-opportunities'],
    ['Lavrov said there are incredible opportunities for a geopolitical partnership with Russia.', null],
    ['"If he has good relations with Putin, the US has good relations with Russia," Bolton said.', 'bolton-likes'],
    ['"Good relations with Putin mean good relations with Russia," Peskov said.', null],
    // Who speaks: not a person inside a relative clause, nor the one the verb reports on.
    ['Bolton, who served in Trump’s first term, has argued that Trump confuses his personal relationship with Putin with relations between states.', 'bolton-likes'],
  ])('%s', (sentence, claim) => {
    expect(claimOf(sentence)).toBe(claim)
  })
})

describe('word-level traps', () => {
  it.each([
    ['Aliens abducted the crew and partnered with the Americans.', 'exact-word terms: "alienate" does not match "aliens"'],
    ['The constructor of the prototype toString hasOwnProperty valueOf.', 'words that are Object properties find nothing'],
    ['It is important that the opportunity is seized, the maneuver executed.', 'stem collisions: important/imports, opportunity/opportunistic'],
    ['They came to get us, the US said.', 'the pronoun "us" is not the United States'],
    ['After decades of reform and opening to the world, China’s economy has grown over the past 20 years and is now booming.', 'a phrase does not span a comma: "opening to the world, China" is no "opening to China"'],
  ])('%s (%s)', (sentence) => {
    expect(claimOf(sentence)).toBeNull()
  })

  // Terms matched as written where their stem is another common word; each sentence would restate
  // its claim if the colliding word counted as the concept.
  it.each<[string, string, string, string]>([
    ['de', 'Russland ist auf gute Güter aus China angewiesen.', 'tech', 'gute'],
    ['de', 'Bolton sagt, Trump treffe als Person gern Entscheidungen über Beziehungen.', 'personal', 'Person'],
    ['de', 'Trumps Kurs: Selenskyj musste das Weiße Haus verlassen.', 'trust', 'verlassen'],
    ['de', 'Die Zahlen zu Trumps Russlandpolitik beunruhigen Europa.', 'trust', 'Zahlen'],
    ['en', 'Trump won Europe by a wide margin.', 'sidelined', 'margin'],
    ['en', 'Bolton says Trump feels strongly about relations.', 'personal', 'feels'],
    ['en', 'Several Russian and Chinese firms were sanctioned by the US on Tuesday.', 'split', 'Several'],
    ['en', 'Europe took responsibility for its response at the London summit.', 'response', 'responsibility'],
    ['en', 'The television debate between Trump and Zelensky was heated.', 'on-camera', 'television'],
    ['en', 'Trump spoke to Putin exclusively about Ukraine.', 'exclude', 'exclusively'],
    ['en', 'Bolton says one person decides relations under Trump.', 'personal', 'person'],
    ['en', 'Russia’s conservative values appeal to China.', 'keep-ties', 'conservative'],
    ['en', 'Europe’s security depends on Trump.', 'trust', 'depends'],
    ['de', 'Im Durchschnitt wuchs der Handel zwischen Russland und China.', 'split', 'Durchschnitt'],
    ['de', 'Was ist los zwischen Russland und China?', 'split', 'los'],
    ['de', 'Europas Aufgaben wachsen, sagt Trump.', 'damage', 'Aufgaben'],
    ['de', 'Trump telefonierte mit Putin ausschließlich über die Ukraine.', 'exclude', 'ausschließlich'],
    ['de', 'Trump sprach mit Putin über den Übergang in der Ukraine.', 'exclude', 'Übergang'],
    ['de', 'Der Läufer lief, Russland und China schauten zu.', 'supply', 'lief'],
    ['de', 'Trump hat verstanden, dass Russland und China Partner sind.', 'approach', 'verstanden'],
    ['de', 'In den Wettbewerben um Rohstoffe liegen die USA und China vorn.', 'approach', 'Wettbewerben'],
    ['de', 'Russland und China bauen ihren Einfluss in Lateinamerika aus.', 'us', 'Lateinamerika'],
    // A compound ends in a noun and is written with a capital: the verb "begrüßen" does not end in "Russen".
    ['de', 'Die Regierung würde es begrüßen, wenn China und die USA Partner blieben.', 'russia', 'begrüßen'],
  ])('%s: "%s" holds no %s term (%s)', (lang, sentence, concept, word) => {
    expect(conceptWords(sentence, lang as Lang, concept)).not.toContain(word)
  })
})

describe('a separated German verb prefix closes its clause', () => {
  // The same word with more of the clause after it is a preposition or an article, not the prefix.
  it.each<[string, string]>([
    ['Trump lässt die Verbündeten an Amerikas Zusage zu ihrer Sicherheit zweifeln.', 'regret'],
    ['Der Kanzler gibt viel auf die Meinung der Partner.', 'abandon'],
  ])('"%s" holds no %s term', (sentence, concept) => {
    expect(conceptWords(sentence, 'de', concept)).toEqual([])
  })

  it.each<[string, string, string]>([
    ['Peking lässt eine solche Annäherung nicht zu.', 'regret', 'lässt eine solche Annäherung nicht zu'],
    ['Der Präsident stellt die Europäer kalt und spricht allein mit Moskau.', 'sidelined', 'stellt die Europäer kalt'],
    ['Trump kanzelte den Gast ab wie einen Schüler.', 'clash', 'kanzelte den Gast ab'],
  ])('"%s" holds a %s term', (sentence, concept, words) => {
    expect(conceptWords(sentence, 'de', concept)).toContain(words)
  })
})

describe('matchText', () => {
  it('returns offsets that slice the sentence out of the block, and the matched words', () => {
    const text = 'Markets fell. Trump wants to drive a wedge between Russia and China, officials say. Rain is expected.'
    const [match, ...rest] = matchText([bundledMatcher()], text, { profile: PROFILES.balanced })
    expect(rest).toEqual([])
    expect(match?.claimId).toBe('split-russia-china')
    expect(text.slice(match?.start, match?.end)).toBe(match?.sentence)
    expect(match?.sentence).toMatch(/^Trump wants/)
    expect(match?.terms).toEqual(expect.arrayContaining(['wedge', 'Russia', 'China']))
  })

  // A headline of names and nouns has no function words to tell its language by.
  it.each<[string, 'en' | 'de' | undefined, string | undefined]>([
    ['Trumps Wette: Moskau umgarnen, Peking isolieren', undefined, 'split-russia-china'],
    ['Trumps Wette: Moskau umgarnen, Peking isolieren', 'de', 'split-russia-china'],
    // The page's declared language comes before the words' vocabulary.
    ['Trumps Wette: Moskau umgarnen, Peking isolieren', 'en', undefined],
    ['Trump’s gamble: win over Moscow, isolate Beijing', undefined, 'split-russia-china'],
  ])('reads a headline without function words in the language of the claim words it holds: %s (page %s)', (text, lang, claim) => {
    const [match] = matchText([bundledMatcher()], text, { profile: PROFILES.balanced, ...(lang ? { lang } : {}) })
    expect(match?.claimId).toBe(claim)
  })

  it('reports at most one claim per sentence', () => {
    const matches = matchText([bundledMatcher()], 'Trump wants to split Russia and China, and Moscow depends on Beijing for chips.', { profile: PROFILES.balanced })
    expect(matches).toHaveLength(1)
  })
})
