/**
 * Builds the extension with CRXJS: `vite build` for Chromium into dist/, `vite build --mode firefox`
 * for Firefox into dist-firefox/. The bundled claim pack, with its grown terms merged in exactly as
 * the core, the CLI and the evaluation load it (src/data/bundled.ts), is validated and compiled
 * here, at build time, into .generated/bundled-pack.json, which the background and the welcome page import.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import { buildBundledPack } from './scripts/build/bundled-pack.ts'
import { bundledPackData } from './src/data/bundled.ts'
import { manifestFor } from './scripts/build/manifest.ts'
import { firefoxHighlightCss } from './scripts/build/highlight-css.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const generated = `${root}.generated`

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome'
  mkdirSync(generated, { recursive: true })
  writeFileSync(`${generated}/bundled-pack.json`, JSON.stringify(buildBundledPack(bundledPackData)))
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
  const manifest = manifestFor(JSON.parse(readFileSync(`${root}manifest.json`, 'utf8')) as Record<string, unknown>, browser, version)
  return {
    plugins: [
      preact(),
      crx({ manifest: manifest as unknown as ManifestV3Export, browser, contentScripts: { standaloneFiles: ['src/content/main.ts'] } }),
      ...(browser === 'firefox' ? [firefoxHighlightCss()] : []),
    ],
    resolve: {
      alias: { 'counterpoint:bundled-pack': `${generated}/bundled-pack.json` },
    },
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      // The first-run page is opened by the background, so the manifest does not name it.
      rollupOptions: { input: { welcome: 'src/ui/welcome/index.html' } },
    },
  }
})
