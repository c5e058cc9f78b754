import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {idFromHead, parseJsonLine} from '../../src/input/json.js'
import {memoryIo, tempDir} from '../helpers.js'

const records = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as {id: string; error?: {code: string; message: string}})

describe('error records say what is wrong with which input', () => {
  it('name the input, without repeating the rule id, with the right article', async () => {
    const dir = tempDir()
    const empty = path.join(dir, 'a-empty.txt')
    const elf = path.join(dir, 'b-elf.txt')
    writeFileSync(empty, '')
    writeFileSync(elf, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '-q', empty, elf], io)).toBe(1)
    expect(records(io.out()).map((record) => record.error)).toEqual([
      {code: 'empty', message: `\`${empty}\` has no content (0 bytes)`},
      {code: 'binary', message: `\`${elf}\` is not text: it starts like an ELF executable`}
    ])
    const text = memoryIo()
    expect(await execute(['--jobs', '0', '-q', empty], text)).toBe(1)
    expect(text.err()).toBe(`${empty}\n error \`${empty}\` has no content (0 bytes) empty newsfacts\n\n✖ 1 error\n`)
  })

  it('say a text field that is not a string is not a string', () => {
    expect(parseJsonLine('{"id":"n","text":12345}', 'in.jsonl:1')).toMatchObject({
      id: 'n',
      error: {code: 'bad-json', message: '`in.jsonl:1` (id `n`): its `text` field is a number, not a string of text'}
    })
    expect(parseJsonLine('{"title":"t"}', 'in.jsonl:2')).toMatchObject({
      id: 'in.jsonl:2',
      error: {message: '`in.jsonl:2`: it has no text field (one of text, content, body, article, html)'}
    })
  })

  it('keep the id of a JSON Lines record too large to parse, read from the start of its line', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    const long = '增长'.repeat(400)
    writeFileSync(input, [{source: 'x', id: 'big', text: long}, {text: long}, {id: 'ok', text: '营业额增长14%。'}].map((item) => JSON.stringify(item)).join('\n') + '\n')
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '-q', '--max-bytes', '1000', input], io)).toBe(1)
    expect(records(io.out()).map((record) => [record.id, record.error?.message])).toEqual([
      ['big', `Line 1 of \`${input}\` (id \`big\`) is 2436 bytes, over the limit of 1000 (see --max-bytes)`],
      [`${input}:2`, `Line 2 of \`${input}\` is 2412 bytes, over the limit of 1000 (see --max-bytes)`],
      ['ok', undefined]
    ])
  })

  it('take an id from a line head only when it is a top-level key before any nested value', () => {
    expect(idFromHead('{"id":"a","text":"…')).toBe('a')
    expect(idFromHead(' { "lang" : "zh", "n": 3, "id" : 42, "text":"…')).toBe('42')
    expect(idFromHead('{"meta":{"id":"inner"},"id":"outer"')).toBeUndefined()
    expect(idFromHead('{"text":"…"id":"x"')).toBeUndefined()
    expect(idFromHead('{"id":"cut off')).toBeUndefined()
  })
})
