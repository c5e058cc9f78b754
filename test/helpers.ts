import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import type {Io} from '../src/cli/execute.js'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const seedPath = path.join(root, 'corpus', 'articles', '000_a31ba222a182815c.txt')

export function tempDir(prefix = 'newsfacts-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

/** In-memory stdio for `execute`. */
export function memoryIo(stdin = ''): Io & {out: () => string; err: () => string} {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
  const input = Readable.from(stdin ? [Buffer.from(stdin)] : []) as Readable & {isTTY?: boolean}
  if (!stdin) input.isTTY = true
  return {stdin: input, stdout, stderr, stderrIsTTY: false, out: () => out, err: () => err}
}
