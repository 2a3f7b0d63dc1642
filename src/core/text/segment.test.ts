import { describe, expect, it } from 'vitest'
import { segmentSentences, textChunks, MAX_SENTENCE_CHARS } from './segment.ts'
import type { Lang } from './language.ts'

const sentences = (text: string, lang: Lang = 'en'): string[] => segmentSentences(text, lang).map((span) => text.slice(span.start, span.end))

describe('segmentSentences', () => {
  it.each<[string, Lang, string[]]>([
    ['Mr. Putin met Dr. Smith in the U.S. on Monday. It went well.', 'en', ['Mr. Putin met Dr. Smith in the U.S. on Monday.', 'It went well.']],
    ['The U.S. Army said so. The U.K. government agreed.', 'en', ['The U.S. Army said so.', 'The U.K. government agreed.']],
    ['He moved to the U.S. Then he left.', 'en', ['He moved to the U.S.', 'Then he left.']],
    ['Prof. Gabuev spoke on Jan. 5 about it. Gen. Smith agreed.', 'en', ['Prof. Gabuev spoke on Jan. 5 about it.', 'Gen. Smith agreed.']],
    ['John F. Kennedy said so. Sen. Marco Rubio agreed.', 'en', ['John F. Kennedy said so.', 'Sen. Marco Rubio agreed.']],
    ['"Is it over?" he asked. "No." She left.', 'en', ['"Is it over?" he asked.', '"No."', 'She left.']],
    // A quoted question or exclamation and who said it, named or titled, are one sentence.
    ['"Have you said thank you once?" Vance demanded. He left.', 'en', ['"Have you said thank you once?" Vance demanded.', 'He left.']],
    ['“Are we done?” Vice President JD Vance asked. Nobody answered.', 'en', ['“Are we done?” Vice President JD Vance asked.', 'Nobody answered.']],
    ['"Enough!" The room went quiet.', 'en', ['"Enough!"', 'The room went quiet.']],
    ['Is it over? The Kremlin says no.', 'en', ['Is it over?', 'The Kremlin says no.']],
    ['“Friendship between the two states has no limits,” they said. Then Xi left.', 'en', ['“Friendship between the two states has no limits,” they said.', 'Then Xi left.']],
    ['He was No. 2 in the party. Nobody said no. Then it ended.', 'en', ['He was No. 2 in the party.', 'Nobody said no.', 'Then it ended.']],
    ['Das Treffen fand am 3. März in London statt. Danach reiste er ab.', 'de', ['Das Treffen fand am 3. März in London statt.', 'Danach reiste er ab.']],
    ['Trump traf sich am 28. Februar mit Selenskyj. Es kam zum Eklat.', 'de', ['Trump traf sich am 28. Februar mit Selenskyj.', 'Es kam zum Eklat.']],
    ['Der 2. Weltkrieg endete 1945. Trump sprach mit Putin z. B. über die Ukraine.', 'de', ['Der 2. Weltkrieg endete 1945.', 'Trump sprach mit Putin z. B. über die Ukraine.']],
    ['Prof. Dr. Müller widersprach. Das sei falsch.', 'de', ['Prof. Dr. Müller widersprach.', 'Das sei falsch.']],
    ['Headline without a full stop\nFirst sentence. Second one.', 'en', ['Headline without a full stop', 'First sentence.', 'Second one.']],
    ['  Leading and trailing space.  ', 'en', ['Leading and trailing space.']],
  ])('%s', (text, lang, expected) => {
    expect(sentences(text, lang)).toEqual(expected)
  })

  it('returns offsets that slice back to the sentences', () => {
    const text = 'One is here. Two follows! Three? Four.'
    for (const span of segmentSentences(text)) expect(text.slice(span.start, span.end)).toMatch(/^\S.*\S$/)
  })

  it('never returns a sentence longer than the cap, even for text without punctuation', () => {
    const text = 'word '.repeat(5000)
    const spans = segmentSentences(text)
    expect(spans.length).toBeGreaterThan(5)
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS)
  })

  it('handles empty text and whitespace', () => {
    expect(segmentSentences('')).toEqual([])
    expect(segmentSentences(' \n\t ')).toEqual([])
  })
})

describe('textChunks', () => {
  it('cuts after sentence ends and covers the text exactly', () => {
    const text = 'This is a sentence. '.repeat(400)
    const chunks = [...textChunks(text, 0, text.length, 1000)]
    expect(chunks[0]?.start).toBe(0)
    expect(chunks.at(-1)?.end).toBe(text.length)
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.start).toBe(chunks[i - 1]?.end)
    for (const chunk of chunks.slice(0, -1)) expect(text.slice(chunk.start, chunk.end)).toMatch(/\. $/)
  })
})
