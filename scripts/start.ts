/**
 * npm start: builds the extension and, where there is a display, opens Chromium with it loaded
 * on a bundled demo article. Without a display it says where dist/ is and how to load it.
 * npm run demo: only serves the demo articles, for a browser you run yourself.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const site = join(root, 'e2e', 'site')

const serveOnly = process.argv.includes('--serve')
if (!serveOnly) {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const browser = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path))
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)

if (!serveOnly && (!browser || !hasDisplay)) {
  console.log(`
Counterpoint is built: ${dist}

To use it, load it unpacked:
  Chromium / Chrome: open chrome://extensions, turn on "Developer mode", click "Load unpacked", choose ${dist}
  Firefox:           npm run build:firefox, then about:debugging → "This Firefox" → "Load Temporary Add-on" → dist-firefox/manifest.json
Then open any news article about Trump, Russia and China, or the demo articles: npm run demo
prints their addresses (they are served over http because extensions do not read file:// pages by default).
${browser ? '' : '\n(No Chromium found to open it for you: apt-get install chromium.)'}${hasDisplay ? '' : '\n(No display found, so no browser was opened.)'}
`)
  process.exit(0)
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' }
const server = createServer((request, response) => {
  const path = join(site, new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\.\./g, ''))
  if (!existsSync(path) || !path.startsWith(site)) return void response.writeHead(404).end()
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path))
})
server.listen(serveOnly ? 8765 : 0, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const demo = `http://127.0.0.1:${port}/article-en.html`
  if (serveOnly || !browser) {
    console.log(`Demo articles (written by the team): ${demo}, http://127.0.0.1:${port}/article-de.html, http://127.0.0.1:${port}/analysis-dark.html; an unrelated page: http://127.0.0.1:${port}/weather.html (Ctrl+C to stop).`)
    return
  }
  console.log(`Opening Chromium with Counterpoint on ${demo} (close the browser to stop).`)
  const child = spawn(browser, [`--user-data-dir=${mkdtempSync(join(tmpdir(), 'counterpoint-'))}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run', demo], { stdio: 'inherit' })
  child.on('exit', () => server.close())
})
