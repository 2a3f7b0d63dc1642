/**
 * `npm run package`: builds both browsers and writes the release files a store accepts:
 *   release/counterpoint-chrome-VERSION.zip    the Chrome Web Store package
 *   release/counterpoint-firefox-VERSION.zip   the addons.mozilla.org package
 *   release/counterpoint-source-VERSION.zip    the sources, for Firefox's review (see BUILD.md)
 * VERSION comes from package.json, which the build also writes into both manifests.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUILD_DIRS, releaseName, sourceFiles, storeFiles, type Target } from './package/contents.ts'
import { zipDirectory } from './package/zip.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RELEASE = join(ROOT, 'release')
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }

function build(target: Target): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', ...(target === 'firefox' ? ['--mode', 'firefox'] : []), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
}

function write(name: string, bytes: Uint8Array, files: number): void {
  writeFileSync(join(RELEASE, name), bytes)
  console.log(`  release/${name}  ${files} files, ${(bytes.length / 1024).toFixed(0)} kB`)
}

rmSync(RELEASE, { recursive: true, force: true })
mkdirSync(RELEASE)
console.log(`Counterpoint ${version}`)
for (const target of ['chrome', 'firefox'] as const) {
  build(target)
  const dir = join(ROOT, BUILD_DIRS[target])
  const files = storeFiles(dir)
  write(releaseName(target, version), zipDirectory(dir, files), files.length)
}
const sources = sourceFiles(ROOT)
write(releaseName('source', version), zipDirectory(ROOT, sources), sources.length)
