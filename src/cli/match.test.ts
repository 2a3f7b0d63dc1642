/** The command line's contract, run as a user runs it. */
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = new URL('../..', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'counterpoint-cli-'))

async function match(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/match.ts'), ...args], { cwd: ROOT })
  if (input !== undefined) {
    child.child.stdin?.end(input)
  }
  try {
    const { stdout, stderr } = await child
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number }
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code }
  }
}

describe('match --lines', () => {
  it('prints one JSON line per input line, numbered from 1, with the claims found in it', async () => {
    const file = join(dir, 'lines.txt')
    writeFileSync(file, ['Trump wants to drive a wedge between Russia and China.', 'It will rain on Sunday.', '', 'Moskau und Peking haben eine grenzenlose Freundschaft erklärt. Trump will einen Keil zwischen Russland und China treiben.'].join('\n') + '\n')
    const { stdout, stderr, code } = await match(['--lines', file])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { line: 1, claims: ['split-russia-china'] },
      { line: 2, claims: [] },
      { line: 3, claims: [] },
      { line: 4, claims: ['boundless-friendship', 'split-russia-china'] },
    ])
  })

  it('keeps lines from a CRLF file apart', async () => {
    const file = join(dir, 'crlf.txt')
    writeFileSync(file, 'It will rain.\r\nRussia has become dependent on China.\r\n')
    const { stdout } = await match(['--lines', file])
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).claims)).toEqual([[], ['russia-depends-on-china']])
  })
})

describe('match PAGE', () => {
  it('prints the readable text of an HTML page, then one JSON line per match with offsets into that text', async () => {
    const file = join(dir, 'page.html')
    writeFileSync(
      file,
      '<html><head><title>t</title><script>var x = "Trump wants to split Russia from China."</script></head><body><nav>Home</nav><p>Markets fell. Trump wants to drive a <a href="#">wedge</a> between Russia and China.</p><p style="display:none">Russia has become dependent on China.</p><textarea>Russia has become dependent on China.</textarea></body></html>',
    )
    const { stdout, code } = await match([file])
    expect(code).toBe(0)
    const [text, ...rest] = stdout.trimEnd().split('\n').reduce<string[]>((acc, line) => (line.startsWith('{') ? [...acc, line] : [(acc[0] ?? '') + (acc[0] === undefined ? '' : '\n') + line]), [])
    expect(text).toBe('Home\nMarkets fell. Trump wants to drive a wedge between Russia and China.')
    const matches = rest.map((line) => JSON.parse(line))
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ claim: 'split-russia-china', sentence: 'Trump wants to drive a wedge between Russia and China.' })
    expect(typeof matches[0].score).toBe('number')
    expect(text?.slice(matches[0].start, matches[0].end)).toBe(matches[0].sentence)
  })

  it('reads plain text from stdin with -', async () => {
    const { stdout, code } = await match(['-'], 'Russia has become dependent on China.\n')
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('Russia has become dependent on China.')
    expect(JSON.parse(stdout.trimEnd().split('\n').at(-1) as string)).toMatchObject({ claim: 'russia-depends-on-china', start: 0, end: 37 })
  })
})

describe('bad input', () => {
  it.each([
    [['--lines', join(dir, 'missing.txt')], /match: cannot read .*missing\.txt: no such file/, 1],
    [[join(dir, 'missing.html')], /match: cannot read .*missing\.html: no such file/, 1],
    [['--lines', dir], /match: cannot read .*: is a directory/, 1],
    [[], /match: no input given/, 2],
    [['--lines'], /match: --lines needs a value/, 2],
    [['--bogus', 'x'], /match: unknown option --bogus/, 2],
    [['--sensitivity', 'extreme', 'x'], /match: unknown sensitivity "extreme"/, 2],
  ])('%j fails clearly', async (args, message, code) => {
    const result = await match(args as string[])
    expect(result.code).toBe(code)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a file that is not UTF-8 text, without a stack trace', async () => {
    const file = join(dir, 'binary.txt')
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]))
    const result = await match(['--lines', file])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/not UTF-8 text/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses an extra pack that is invalid, naming the problem', async () => {
    const file = join(dir, 'pack.json')
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, JSON.stringify({ format: 'counterpoint-pack', version: 1, id: 'x', name: { en: 'x' }, claims: [] }))
    const result = await match(['--pack', file, '-'], 'x')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/claims: must have at least 1 item/)
  })
})

describe('--pack and --no-bundled: a pack as a fact-checker publishes it', () => {
  const reviews = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'ClaimReview',
        identifier: 'harbour-tunnel-cost',
        claimReviewed: 'The new harbour tunnel in Kiel cost nine billion euros.',
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
        author: { '@type': 'Organization', name: 'Example Check' },
      },
    ],
  }

  it('matches with the given ClaimReview pack only, under the identifier the review gives', async () => {
    const file = join(dir, 'reviews.jsonld')
    writeFileSync(file, JSON.stringify(reviews))
    const lines = join(dir, 'tunnel.txt')
    writeFileSync(lines, ['Kiel’s harbour tunnel ended up costing nine billion euros.', 'Trump wants to drive a wedge between Russia and China.'].join('\n') + '\n')
    const { stdout, code, stderr } = await match(['--no-bundled', '--pack', file, '--lines', lines])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).claims)).toEqual([['harbour-tunnel-cost'], []])
  })

  it('--no-bundled without a pack is a usage error', async () => {
    const result = await match(['--no-bundled', '-'], 'x')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--no-bundled needs at least one --pack/)
  })
})
