import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {memoryIo, tempDir} from '../helpers.js'

const advice = 'Give another --output, or delete the file to start over.'

/** An input of two articles, and what `extract` and `extract --facts` write for it. */
async function outputs() {
  const dir = tempDir()
  const input = path.join(dir, 'in.jsonl')
  writeFileSync(input, '{"id":"a","text":"甲增长1%。"}\n{"id":"b","text":"乙增长2%。"}\n')
  const articles = path.join(dir, 'articles.jsonl')
  const facts = path.join(dir, 'facts.jsonl')
  expect(await execute(['extract', '--jobs', '0', '-q', input, '-o', articles], memoryIo())).toBe(0)
  expect(await execute(['extract', '--jobs', '0', '-q', '--facts', input, '-o', facts], memoryIo())).toBe(0)
  return {dir, input, articles, facts}
}

describe('--resume into a file it did not write', () => {
  it('stops, naming the file and the line, and leaves the file as it was', async () => {
    const {dir, input, articles, facts} = await outputs()
    const garbage = path.join(dir, 'notes.txt')
    writeFileSync(garbage, 'my notes\n{"schemaVersion":1,"type":"article"')
    const cases: Array<[args: string[], file: string, message: string]> = [
      [['--facts'], articles, `line 1 is an \`article\` record, so the file was not written by \`newsfacts extract --facts\`.`],
      [[], facts, `line 1 is a \`fact\` record, so the file was not written by \`newsfacts extract\`.`],
      [[], input, 'line 1 is not a newsfacts record, so the file was not written by `newsfacts extract`.'],
      [[], garbage, 'line 1 is not a newsfacts record, so the file was not written by `newsfacts extract`.']
    ]
    for (const [args, file, message] of cases) {
      const before = readFileSync(file, 'utf8')
      const io = memoryIo()
      expect(await execute(['extract', '--jobs', '0', ...args, '--resume', input, '-o', file], io)).toBe(2)
      expect(io.err()).toBe(`newsfacts: Cannot resume into \`${file}\`: ${message} ${advice}\n`)
      expect(readFileSync(file, 'utf8')).toBe(before)
    }
  })

  it('does not truncate a file whose only line is not a record cut short', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'out.jsonl')
    writeFileSync(file, 'hello')
    const io = memoryIo('{"id":"a","text":"甲增长1%。"}\n')
    expect(await execute(['extract', '--jobs', '0', '--resume', '-', '-o', file], io)).toBe(2)
    expect(io.err()).toBe(`newsfacts: Cannot resume into \`${file}\`: its last line is not a newsfacts record cut short. ${advice}\n`)
    expect(readFileSync(file, 'utf8')).toBe('hello')
  })

  it('still resumes into its own output', async () => {
    const {input, articles, facts} = await outputs()
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '--resume', input, '-o', articles], io)).toBe(0)
    expect(io.err()).toBe('newsfacts: 0 inputs: 0 articles, 0 failed, 0 facts, 0 warnings, 2 already done\n')
    expect(await execute(['extract', '--jobs', '0', '-q', '--facts', '--resume', input, '-o', facts], memoryIo())).toBe(0)
  })
})
