import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {formatRecord} from '../../src/report/text.js'
import type {ErrorRecord} from '../../src/types.js'
import {memoryIo, seedPath} from '../helpers.js'

describe('the text report on a terminal', () => {
  it('paints info blue and warnings yellow, so the few warnings stand out', async () => {
    const io = {...memoryIo(), stderrIsTTY: true}
    expect(await execute(['check', '--verbose', '--jobs', '0', seedPath], io)).toBe(0)
    const lines = io.err().split('\n')
    const info = lines.filter((line) => line.includes('\u001B[34minfo\u001B[39m'))
    const warnings = lines.filter((line) => line.includes('\u001B[33mwarning\u001B[39m'))
    expect(info).toHaveLength(15)
    expect(warnings).toHaveLength(1)
    expect(io.err()).not.toContain('\u001B[33minfo')
  })

  it('honours NO_COLOR, and FORCE_COLOR over it and over a pipe', async () => {
    const painted = /\u001B\[\d+m/
    const run = async (env: Record<string, string>, stderrIsTTY: boolean) => {
      const io = {...memoryIo(), stderrIsTTY, env}
      expect(await execute(['--jobs', '0', '-q', seedPath], io)).toBe(0)
      return painted.test(io.err())
    }
    expect(await run({}, true)).toBe(true)
    expect(await run({NO_COLOR: '1'}, true)).toBe(false)
    expect(await run({NO_COLOR: ''}, true)).toBe(true)
    expect(await run({}, false)).toBe(false)
    expect(await run({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(await run({FORCE_COLOR: '1', NO_COLOR: '1'}, false)).toBe(true)
    expect(await run({FORCE_COLOR: '0'}, true)).toBe(false)
    expect(await run({FORCE_COLOR: 'false'}, true)).toBe(false)
  })

  it('keeps errors red and plain text uncoloured', () => {
    const record: ErrorRecord = {schemaVersion: 1, type: 'error', id: 'a.txt', error: {code: 'empty', message: '`a.txt` has no content (0 bytes)'}}
    expect(formatRecord(record, '', {color: true})).toContain('\u001B[31merror\u001B[39m')
    expect(formatRecord(record, '')).toBe('a.txt\n error `a.txt` has no content (0 bytes) empty newsfacts\n\n✖ 1 error')
  })
})
