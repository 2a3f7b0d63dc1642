/** The hand-written scanners find exactly the words (and runs of letters) the regular expressions find. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LetterScanner, WORD_PATTERN, WordScanner } from './words.ts'

function byScanner(text: string): string[] {
  const words: string[] = []
  const scanner = new WordScanner(text)
  while (scanner.next()) words.push(`${scanner.start}:${text.slice(scanner.start, scanner.end)}`)
  return words
}

function letterRuns(text: string): string[] {
  const runs: string[] = []
  const scanner = new LetterScanner(text)
  while (scanner.next()) runs.push(`${scanner.start}:${text.slice(scanner.start, scanner.end)}`)
  return runs
}

function byPattern(text: string): string[] {
  return [...text.matchAll(new RegExp(WORD_PATTERN.source, 'gu'))].map((match) => `${match.index}:${match[0]}`)
}

describe('WordScanner', () => {
  it.each([
    ['The U.S. and z.B. e.g. a.b', ['0:The', '4:U.S.', '9:and', '13:z.B.', '18:e.g.', '23:a', '25:b']],
    ["Trump's plan, don’t it'", ["0:Trump's", '8:plan', '14:don’t', '20:it']],
    ['G7-Gipfel 2025: Müller, Straße', ['0:G7', '3:Gipfel', '10:2025', '16:Müller', '24:Straße']],
    ["rock'n'roll x'1 ’s", ["0:rock'n'roll", '12:x', '14:1', '17:s']],
    ['𝐀𝐁c 𝟙2 中国 ٣', ['0:𝐀𝐁c', '6:𝟙2', '10:中国', '13:٣']],
    ['', []],
    ['... — !', []],
  ])('%j', (text, words) => {
    expect(byScanner(text)).toEqual(words)
    expect(byPattern(text)).toEqual(words)
  })

  it('agrees with the regular expression on arbitrary text', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('U.S.', "'", '’', '.', 'a.', 'x.y.', "it's", '7', ' '))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(byScanner(text)).toEqual(byPattern(text))
        expect(letterRuns(text)).toEqual([...text.matchAll(/\p{L}+/gu)].map((match) => `${match.index}:${match[0]}`))
      }),
      { numRuns: 2000, seed: 20261201 },
    )
  })
})
