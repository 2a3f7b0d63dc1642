/**
 * The release files `npm run package` writes, checked as a store and a reviewer would: each zip
 * unpacked, its manifest valid for its browser, every file it names present, nothing else large;
 * web-ext lint clean on the Firefox zip; the Chrome zip loads and highlights the demo article; the
 * source zip rebuilds the Firefox package file for file.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, posix } from 'node:path'
import { launchExtension, ROOT, test, expect } from './fixtures.ts'
import { ArticlePage } from './pages/article-page.ts'
import { coreSentences } from './support/expectations.ts'
import { filesIn, releaseName } from '../scripts/package/contents.ts'
import { unzip } from '../scripts/package/zip.ts'
import { WELCOME_PAGE } from '../src/shared/pages.ts'

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
/** No single file of a store package is larger than this (the background, with the matcher and its model, is the largest). */
const MAX_FILE_BYTES = 512 * 1024
const MAX_PACKAGE_BYTES = 1024 * 1024

type Manifest = Record<string, unknown> & { version: string; default_locale: string }

function release(kind: 'chrome' | 'firefox' | 'source'): Map<string, Uint8Array> {
  const path = join(ROOT, 'release', releaseName(kind, version))
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run package\` first`)
  return unzip(readFileSync(path))
}

function unpack(files: Map<string, Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-release-'))
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), bytes)
  }
  return dir
}

/** Every file the manifest names, and every module or page those load, relative to the package root. */
function referenced(manifest: Manifest, files: Map<string, Uint8Array>): string[] {
  const named: string[] = [`_locales/${manifest.default_locale}/messages.json`]
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && /(icon|popup|page|service_worker|scripts|js|css)/.test(key) && /\.(png|html|js|css)$/.test(value)) named.push(value)
    else if (Array.isArray(value)) for (const item of value) walk(item, key)
    else if (value && typeof value === 'object') for (const [child, item] of Object.entries(value)) walk(item, /^\d+$/.test(child) ? key : child)
  }
  walk(manifest)
  const seen = new Set<string>()
  const follow = (path: string): void => {
    if (seen.has(path)) return
    seen.add(path)
    const bytes = files.get(path)
    if (!bytes || !/\.(js|html)$/.test(path)) return
    const text = new TextDecoder().decode(bytes)
    for (const [, target] of text.matchAll(/(?:from\s*|import\s*\(?\s*|src=|href=)["']([^"':]+\.(?:js|css|png))["']/g)) {
      const resolved = target!.startsWith('/') ? target!.slice(1) : posix.normalize(posix.join(posix.dirname(path), target!))
      follow(resolved)
    }
  }
  for (const path of named) follow(path)
  return [...seen]
}

for (const browser of ['chrome', 'firefox'] as const) {
  test(`the ${browser} package: a valid manifest for ${browser}, every file it names present, nothing else large`, () => {
    const files = release(browser)
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Manifest
    expect(manifest.manifest_version).toBe(3)
    expect(manifest.version).toBe(version)
    const background = manifest.background as { service_worker?: string; scripts?: string[] }
    if (browser === 'chrome') {
      expect(background.service_worker).toBeTruthy()
      expect(manifest.browser_specific_settings).toBeUndefined()
    } else {
      expect(background.service_worker).toBeUndefined()
      expect(background.scripts?.length).toBe(1)
      const gecko = (manifest.browser_specific_settings as { gecko: { id: string; data_collection_permissions: { required: string[] } } }).gecko
      expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/)
      expect(gecko.data_collection_permissions.required).toEqual(['none'])
    }
    const messages = JSON.parse(new TextDecoder().decode(files.get('_locales/en/messages.json'))) as Record<string, unknown>
    for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) expect(messages, key!).toHaveProperty(key!)
    const needed = referenced(manifest, files)
    for (const path of needed) expect(files.has(path), `named or loaded, and missing: ${path}`).toBe(true)
    expect(needed).toEqual(expect.arrayContaining(['src/content/main.js', 'src/ui/popup/index.html', 'src/ui/options/index.html']))
    // And nothing the extension does not use: every other file is the manifest, a locale or the first-run page's.
    const unused = [...files.keys()].filter((path) => !needed.includes(path) && path !== 'manifest.json' && !path.startsWith('_locales/'))
    expect(referenced({ ...manifest, options_ui: { page: WELCOME_PAGE } }, files)).toEqual(expect.arrayContaining(unused))
    // Nothing that is not the extension: no source maps, tests, fixtures, TypeScript sources or dotfiles.
    for (const path of files.keys()) expect(path).not.toMatch(/\.map$|\.test\.|e2e|fixture|\.tsx?$|(^|\/)\./)
    for (const [path, bytes] of files) expect(bytes.length, path).toBeLessThan(MAX_FILE_BYTES)
    expect([...files.values()].reduce((sum, bytes) => sum + bytes.length, 0)).toBeLessThan(MAX_PACKAGE_BYTES)
  })
}

test('web-ext lint finds no errors in the Firefox package', () => {
  const dir = unpack(release('firefox'))
  try {
    let output: string
    try {
      output = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json', '--no-input', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? ''
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: Array<{ code: string; message: string }>; summary: { errors: number } }
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([])
    expect(report.summary.errors).toBe(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the Chrome package, unpacked, loads in Chromium and highlights the demo article', async ({ site }) => {
  const dir = unpack(release('chrome'))
  const extension = await launchExtension({ dist: dir })
  try {
    const article = await new ArticlePage(await extension.context.newPage(), extension).open(site.url('/article-en.html'))
    const expected = coreSentences('article-en.html').map((found) => found.sentence).sort()
    await expect.poll(async () => (await article.highlightTexts()).sort()).toEqual(expected)
    expect(await article.badge()).not.toBe('')
  } finally {
    await extension.context.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the source package rebuilds the Firefox package, file for file, with the commands in its BUILD.md', () => {
  const sources = release('source')
  const guide = new TextDecoder().decode(sources.get('BUILD.md'))
  expect(guide).toContain('npm ci')
  expect(guide).toContain('npm run build:firefox')
  for (const path of sources.keys()) expect(path).not.toMatch(/^(node_modules|dist|dist-firefox|release|e2e)\/|\.test\.tsx?$/)
  const dir = unpack(sources)
  try {
    // The installed dependencies stand in for `npm ci`: the lockfile in the archive is the project's own.
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'))
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    execFileSync(process.execPath, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'firefox', '--logLevel', 'error'], { cwd: dir, stdio: 'pipe' })
    const rebuilt = join(dir, 'dist-firefox')
    const shipped = release('firefox')
    expect(filesIn(rebuilt).sort()).toEqual([...shipped.keys()].sort())
    for (const [path, bytes] of shipped) expect(Buffer.from(readFileSync(join(rebuilt, path))).equals(Buffer.from(bytes)), path).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
