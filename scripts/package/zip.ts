/**
 * Deterministic zip files: entries sorted, every timestamp the same, so one source tree always
 * gives the same bytes (a reviewer's rebuild can be compared file by file). fflate does the
 * compression; only the choice of files and the fixed metadata are ours.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'

/** 1 January 2020: zip stores local times from 1980 on; any fixed date will do. */
const FIXED_TIME = new Date(Date.UTC(2020, 0, 1))

export function zipDirectory(root: string, files: readonly string[]): Uint8Array {
  const entries: Zippable = {}
  for (const file of [...files].sort()) entries[file] = [readFileSync(join(root, file)), { level: 9, mtime: FIXED_TIME }]
  return zipSync(entries)
}

/** A zip's files by path (directories left out). */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([path]) => !path.endsWith('/')))
}
