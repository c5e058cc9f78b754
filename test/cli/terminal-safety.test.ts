import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {jsonLine} from '../../src/report/json-line.js'
import {memoryIo, tempDir} from '../helpers.js'

/** What acts on a terminal: C0 controls but tab and line feed, DEL, C1 controls, bidi controls. */
const acting = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u

const hostileId = 'evil\u001B]0;pwned\u0007\u009B2J\u202Eexe.txt'

describe('what reaches a terminal', () => {
  it('shows the controls of ids and file names in show, check and extract, on stdout and stderr', async () => {
    const dir = tempDir()
    const lines = path.join(dir, 'a.jsonl')
    writeFileSync(lines, `${JSON.stringify({id: hostileId, text: '收入增长5%。'})}\n${JSON.stringify({id: `bad${hostileId}`, text: 5})}\n`)
    mkdirSync(path.join(dir, 'd'))
    writeFileSync(path.join(dir, 'd', 'z\u001B[31m.bin'), 'x')
    for (const command of ['show', 'check', 'extract']) {
      const io = memoryIo()
      await execute([command, '--jobs', '0', lines, path.join(dir, 'd')], io)
      expect(io.err(), command).not.toMatch(acting)
      expect(io.out(), command).not.toMatch(acting)
      expect(io.err(), command).toContain('z\\u{1B}[31m.bin')
    }
    const io = memoryIo()
    await execute(['extract', '--jobs', '0', lines], io)
    // The JSON is the same to every reader: the id comes back whole.
    expect(io.out().trim().split('\n').map((line) => (JSON.parse(line) as {id: string}).id)).toEqual([hostileId, `bad${hostileId}`])
  })

  it('shows the controls of a mistyped option and of an output file name', async () => {
    const usage = memoryIo()
    expect(await execute(['extract', '--fo\u001B[2J', 'x'], usage)).toBe(2)
    expect(usage.err()).toContain('unknown option `--fo\\u{1B}[2J`')
    const dir = tempDir()
    const input = path.join(dir, 'a.txt')
    writeFileSync(input, '收入增长5%。')
    const report = memoryIo()
    await execute(['report', '--jobs', '0', input, '-o', path.join(dir, 'r\u001B[1m.html')], report)
    expect(report.err()).toContain('wrote ')
    expect(report.err()).not.toMatch(acting)
  })
})

describe('jsonLine', () => {
  it('escapes C1, DEL and bidi controls that JSON.stringify writes raw, and nothing else', () => {
    expect(jsonLine({id: 'a\u009B\u007F\u202E\u2066b', text: '中文 é'})).toBe('{"id":"a\\u009b\\u007f\\u202e\\u2066b","text":"中文 é"}\n')
    expect(JSON.parse(jsonLine({id: hostileId}))).toEqual({id: hostileId})
  })
})
