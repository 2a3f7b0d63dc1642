/**
 * npm run bench: what Counterpoint costs a reader, measured. Prints a table and writes
 * bench/results.json (or the JSON to stdout with --json). Figures are medians over repeated runs.
 * Needs a build (npm run build) for the browser part and the bundle sizes.
 * Flags: --json, --quick (fewer runs), --no-browser, --readme (write the table into README.md).
 * Page loads are timed with a second of quiet between them (a reader opening pages) and also
 * back to back, where each load also pays for the clean-up of the one before.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundledPacks } from './eval/measure.ts'
import { browserBench, type BrowserResult } from './bench/browser.ts'
import { scaling, timeColdMatching, timeMatching } from './bench/core.ts'
import { ordinaryPage, page, pageHtml, storyPages } from './bench/pages.ts'
import { REAL_PAGES } from './eval/report.ts'
import type { Spread } from './bench/real-pages.ts'
import { bundleSizes } from './bench/sizes.ts'
import { markdownTable, writeReadmeBlock } from './readme-block.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const runs = quick ? 7 : 25

const TARGETS = {
  coreMs10k: 10,
  scalingRatio: 2,
  workMs: 10,
  longestTaskMs: 50,
  afterLoadWarmMs: 200,
  afterLoadColdMs: 500,
  loadBeyondFloor: 0.03,
  realPagesMedianOverFloorMs: 3,
  realPagesP90OverFloorMs: 10,
  contentScriptGzip: 15 * 1000,
}

const page10k = page(10_000)
const page100k = page(100_000)
const core = {
  words10k: timeMatching(bundledPacks(), page10k, runs),
  words10kFirstRun: timeColdMatching(quick ? 3 : 7),
  words100k: timeMatching(bundledPacks(), page100k, Math.max(5, runs / 3)),
}
const scale = scaling(page10k, [1_000, 10_000], runs)
const dist = join(root, 'dist')
const sizes = existsSync(join(dist, 'manifest.json')) ? bundleSizes(dist) : null
let browser: BrowserResult | null = null
if (!args.has('--no-browser')) {
  if (!sizes) throw new Error('dist/ is missing: run `npm run build` first, or pass --no-browser')
  browser = await browserBench(
    {
      coverage10k: pageHtml(page10k, 'Bench: 10,000 words of coverage'),
      ordinary10k: pageHtml(ordinaryPage(10_000), 'Bench: 10,000 words of other news'),
      words100k: pageHtml(page100k, 'Bench: 100,000 words'),
      words1m: pageHtml(page(1_000_000), 'Bench: 1,000,000 words'),
      story: storyPages(50),
      realDir: REAL_PAGES,
      realPages: quick ? 30 : 130,
    },
    quick ? 4 : 20,
  )
}

const tenThousand = scale.generated.find((result) => result.claims === 10_000)
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
  core,
  scaling: { ...scale, ratio10kToBundled: tenThousand ? tenThousand.matchMs / scale.bundled : null },
  browser,
  sizes,
  targets: TARGETS,
}

mkdirSync(join(root, 'bench'), { recursive: true })
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n')
const ms = (value: number): string => `${value.toFixed(1)} ms`
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED')
const rows: Array<[string, string, string, string]> = [
  ['core: 10,000-word page (Node, warm)', ms(core.words10k), `≤ ${TARGETS.coreMs10k} ms`, verdict(core.words10k <= TARGETS.coreMs10k)],
  ['core: 10,000-word page (Node, first run)', ms(core.words10kFirstRun), '', ''],
  ['core: 100,000-word page (Node)', ms(core.words100k), '', ''],
  ['claims: bundled set (13)', ms(scale.bundled), '', ''],
  ...scale.generated.map((result): [string, string, string, string] => [`claims: generated ${result.claims.toLocaleString('en')}`, ms(result.matchMs), '', '']),
  ['claims: 10,000 vs bundled', `${results.scaling.ratio10kToBundled?.toFixed(2)}×`, `≤ ${TARGETS.scalingRatio}×`, verdict((results.scaling.ratio10kToBundled ?? Infinity) <= TARGETS.scalingRatio)],
]
if (browser) {
  rows.push(
    ['browser: content-script work, 10,000 words of coverage', ms(browser.workMs.coverage10k), `≤ ${TARGETS.workMs} ms`, verdict(browser.workMs.coverage10k <= TARGETS.workMs)],
    ['browser: content-script work, 10,000 words of other news', ms(browser.workMs.ordinary10k), `≤ ${TARGETS.workMs} ms`, verdict(browser.workMs.ordinary10k <= TARGETS.workMs)],
    ['browser: start to highlights (wall)', ms(browser.timeToHighlightsMs), '', ''],
    ['browser: load event to highlights, background warm', ms(browser.afterLoadMs.warm), `≤ ${TARGETS.afterLoadWarmMs} ms`, verdict(browser.afterLoadMs.warm <= TARGETS.afterLoadWarmMs)],
    ['browser: load event to highlights, background cold', ms(browser.afterLoadMs.cold), `≤ ${TARGETS.afterLoadColdMs} ms`, verdict(browser.afterLoadMs.cold <= TARGETS.afterLoadColdMs)],
    ...(['words10k', 'words100k', 'words1m'] as const).map((size): [string, string, string, string] => [
      `browser: longest extension task, ${{ words10k: '10,000', words100k: '100,000', words1m: '1,000,000' }[size]} words`,
      ms(browser!.longestTaskMs[size]),
      `≤ ${TARGETS.longestTaskMs} ms`,
      verdict(browser!.longestTaskMs[size] <= TARGETS.longestTaskMs),
    ]),
    ['browser: page load, Counterpoint / none', `${ms(browser.loadMs.counterpoint)} / ${ms(browser.loadMs.none)} = ${browser.loadMs.ratio.toFixed(3)}`, '', ''],
    ['browser: page load, empty extension / none', `${ms(browser.loadMs.emptyExtension)} / ${ms(browser.loadMs.none)} = ${browser.loadMs.floorRatio.toFixed(3)}`, '(the floor)', ''],
    ['browser: load delayed beyond the floor', `${((browser.loadMs.ratio - browser.loadMs.floorRatio) * 100).toFixed(1)}%`, `≤ ${TARGETS.loadBeyondFloor * 100}%`, verdict(browser.loadMs.ratio - browser.loadMs.floorRatio <= TARGETS.loadBeyondFloor)],
    [
      'browser: Counterpoint’s script before the load event, fresh renderer (trace)',
      `${ms(browser.beforeLoad.ms)} = ${(browser.beforeLoad.shareOfFloor * 100).toFixed(1)}% of the floor’s load`,
      `≤ ${TARGETS.loadBeyondFloor * 100}%`,
      verdict(browser.beforeLoad.shareOfFloor <= TARGETS.loadBeyondFloor),
    ],
    [`browser: back-to-back loads (${browser.backToBackLoadMs.quietMs} ms apart), Counterpoint / none`, `${browser.backToBackLoadMs.ratio.toFixed(3)} (floor ${browser.backToBackLoadMs.floorRatio.toFixed(3)})`, '', ''],
  )
}
const real = browser?.realPages
if (real) {
  const line = (label: string, value: (spread: Spread) => number, target: number): [string, string, string, string] => [
    `real unrelated pages (${real.pages}): extra task time per page, ${label}`,
    `${ms(value(real.counterpoint))} (floor ${ms(value(real.emptyExtension))})`,
    `≤ floor + ${target} ms`,
    verdict(value(real.counterpoint) - value(real.emptyExtension) <= target),
  ]
  rows.push(
    line('median', (spread) => spread.median, TARGETS.realPagesMedianOverFloorMs),
    line('p90', (spread) => spread.p90, TARGETS.realPagesP90OverFloorMs),
    [`real unrelated pages: extra task time, max`, `${ms(real.counterpoint.max)} (floor ${ms(real.emptyExtension.max)})`, '', ''],
    [
      'real unrelated pages: Counterpoint’s own script time per page (trace), median / p90 / max',
      `${ms(real.ownScript.median)} / ${ms(real.ownScript.p90)} / ${ms(real.ownScript.max)}`,
      `≤ ${TARGETS.realPagesMedianOverFloorMs} / ${TARGETS.realPagesP90OverFloorMs} ms`,
      verdict(real.ownScript.median <= TARGETS.realPagesMedianOverFloorMs && real.ownScript.p90 <= TARGETS.realPagesP90OverFloorMs),
    ],
    ['real unrelated pages walked in full (the gate let them through)', String(real.walked), '0', verdict(real.walked === 0)],
  )
}
const memory = browser?.memory
if (memory) {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`
  rows.push(
    ['memory: background, after 1 / 50 story / +50 real pages', `${mb(memory.background.first)} / ${mb(memory.background.afterStory)} / ${mb(memory.background.afterReal)}`, '', ''],
    ['memory: content script per tab, story page / real page', `${mb(memory.contentScript.story)} / ${mb(memory.contentScript.real)}`, '', ''],
  )
}
if (sizes) {
  rows.push(
    ['size: content script (raw / gzip)', `${kb(sizes.contentScript.raw)} / ${kb(sizes.contentScript.gzip)}`, `≤ ${kb(TARGETS.contentScriptGzip)} gzip`, verdict(sizes.contentScript.gzip <= TARGETS.contentScriptGzip)],
    ['size: popup (raw / gzip)', `${kb(sizes.popup.raw)} / ${kb(sizes.popup.gzip)}`, '', ''],
  )
}
const heading = `Counterpoint benchmark — ${results.date} — Node ${process.version}, ${results.machine.cpus} × ${results.machine.cpu}; medians of ${runs} runs${browser ? `, ${browser.rounds} browser rounds` : ''}`
if (args.has('--json')) process.stdout.write(JSON.stringify(results, null, 2) + '\n')
else {
  const width = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)))
  console.log(`${heading}\n`)
  for (const row of rows) console.log(`  ${row[0].padEnd(width[0] as number)}  ${row[1].padEnd(width[1] as number)}  ${row[2].padEnd(width[2] as number)}  ${row[3]}`)
  console.log(`\nWritten to bench/results.json`)
}
if (args.has('--readme')) writeReadmeBlock('bench', `${markdownTable(['measure', 'result', 'target', ''], rows)}\n\n${heading}. Produced by \`npm run bench -- --readme\`.`)
