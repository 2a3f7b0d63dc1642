/**
 * What goes into each release file. The store packages hold the built extension and nothing
 * else (no source maps, tests or fixtures); the source package holds what a reviewer needs to
 * rebuild it with the commands in BUILD.md.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export type Target = 'chrome' | 'firefox'

export const BUILD_DIRS: Record<Target, string> = { chrome: 'dist', firefox: 'dist-firefox' }

export function releaseName(kind: Target | 'source', version: string): string {
  return `counterpoint-${kind}-${version}.zip`
}

/** Never shipped to a store: maps, tests and anything a bundler leaves for itself. */
export function shippable(path: string): boolean {
  return !/\.map$|\.test\.|(^|\/)\.vite\/|(^|\/)\./.test(path)
}

export function filesIn(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesIn(path, root) : [relative(root, path).split('\\').join('/')]
  })
}

/** The store package of a build: every shippable file of its directory. */
export function storeFiles(buildDir: string): string[] {
  return filesIn(buildDir).filter(shippable)
}

/** Folders a rebuild does not need: end-to-end tests and their pages, screenshots, store texts, benchmark records, CI. */
const NOT_FOR_REBUILD = /^(e2e|docs|store|bench|release|\.ci)\/|\.test\.tsx?$/

/** The project's own files (tracked or new, never ignored ones such as node_modules or builds) a rebuild needs. */
export function sourceFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
  return listed
    .split('\0')
    .filter((path) => path !== '' && !NOT_FOR_REBUILD.test(path))
    .filter((path) => {
      try {
        return statSync(join(root, path)).isFile()
      } catch {
        return false // listed but deleted in the working tree
      }
    })
}
