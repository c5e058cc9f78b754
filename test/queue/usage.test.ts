import {existsSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {Progress} from '../../src/cli/progress.js'
import {describeAddress, parseQueueAddress} from '../../src/queue/address.js'
import {memoryIo, tempDir} from '../helpers.js'

const hint = (command: string) => `Run \`newsfacts ${command} --help\` for usage.\n`

describe('--queue addresses', () => {
  it('reads host, port, database and queue name, with defaults', () => {
    expect(parseQueueAddress('redis://10.0.0.5:6380/2?name=crawl-2024')).toEqual({host: '10.0.0.5', port: 6380, db: 2, tls: false, name: 'crawl-2024'})
    expect(parseQueueAddress('redis://localhost')).toEqual({host: 'localhost', port: 6379, db: 0, tls: false, name: 'batch'})
    expect(parseQueueAddress('rediss://user:p%40ss@[::1]:7000/1')).toEqual({host: '::1', port: 7000, db: 1, tls: true, name: 'batch', username: 'user', password: 'p@ss'})
  })

  it('never shows a password', () => {
    expect(describeAddress(parseQueueAddress('redis://:secret@cache.local:6379/3'))).toBe('redis://:***@cache.local:6379/3')
    expect(describeAddress(parseQueueAddress('redis://cache.local?name=q1'))).toBe('redis://cache.local:6379/0?name=q1')
  })

  it('says what is wrong with a URL it cannot use', () => {
    const cases: Array<[string, string]> = [
      ['localhost:6379', 'the scheme is `localhost`, not redis or rediss'],
      ['127.0.0.1:6379', 'it is not a URL'],
      ['http://127.0.0.1:6379', 'the scheme is `http`, not redis or rediss'],
      ['redis://127.0.0.1/zero', 'the path `/zero` is not a database number'],
      ['redis://127.0.0.1/0?db=1', '`db` is not a setting of the queue (only `name` is)'],
      ['redis://127.0.0.1/0?name=a:b', 'a queue `name` is 1 to 100 letters, digits, `.`, `_` or `-`'],
      ['redis://:hunter2@127.0.0.1/x', 'the path `/x` is not a database number']
    ]
    for (const [url, reason] of cases) {
      const shown = url.replace('hunter2', '***')
      expect(() => parseQueueAddress(url)).toThrow(`\`--queue\` must be a Redis URL such as redis://127.0.0.1:6379/0, not \`${shown}\`: ${reason}`)
    }
  })
})

describe('--queue and worker on the command line', () => {
  it('refuses an unparsable URL with exit code 2, naming it', async () => {
    const io = memoryIo()
    expect(await execute(['extract', '--queue', 'redis//127.0.0.1', 'corpus/'], io)).toBe(2)
    expect(io.err()).toBe('newsfacts: `--queue` must be a Redis URL such as redis://127.0.0.1:6379/0, not `redis//127.0.0.1`: it is not a URL\n' + hint('extract'))
  })

  it('names the URL of a Redis that does not answer, exits 2 without a stack, and creates no output', async () => {
    const output = path.join(tempDir(), 'out.jsonl')
    const io = memoryIo()
    expect(await execute(['extract', '--queue', 'redis://127.0.0.1:1/0', 'corpus/', '-o', output], io)).toBe(2)
    const message = 'newsfacts: Redis does not answer at redis://127.0.0.1:1/0 (connection refused); start it, or give --queue the URL of one that runs\n'
    expect(io.err()).toBe(message)
    expect(existsSync(output)).toBe(false)
    const worker = memoryIo()
    expect(await execute(['worker', '--queue', 'redis://127.0.0.1:1/0'], worker)).toBe(2)
    expect(worker.err()).toBe(message)
  })

  it('refuses --queue where it does not apply, and worker flags that travel with the jobs', async () => {
    const cases: Array<[string[], string, string]> = [
      [['check', '--queue', 'redis://127.0.0.1', 'corpus/'], '`--queue` applies to extract, worker, not `check`', 'check'],
      [['--queue', 'redis://127.0.0.1', 'corpus/'], '`--queue` applies to extract, worker, not `show`', ''],
      [['worker'], '`worker` needs `--queue <url>`: the Redis queue to take jobs from, such as redis://127.0.0.1:6379/0', 'worker'],
      [['worker', '--queue', 'redis://127.0.0.1', 'corpus/'], '`worker` reads no paths: its articles come from the queue', 'worker'],
      [['worker', '--queue', 'redis://127.0.0.1', '--segmenter', 'nodejieba'], '`--segmenter` applies to show, extract, check, report, segment, not `worker`', 'worker'],
      [['extract', '--queue', 'redis://127.0.0.1', '--jobs', '2', 'corpus/'], '`--jobs` with `--queue` is for `newsfacts worker`: `extract --queue` only queues the articles and collects their records', 'extract'],
      [['extract', '--stalled-after', '5', 'corpus/'], '`--stalled-after` applies to worker, not `extract`', 'extract']
    ]
    for (const [argv, message, command] of cases) {
      const io = memoryIo()
      expect(await execute(argv, io)).toBe(2)
      expect(io.err()).toBe(`newsfacts: ${message}\n${command ? hint(command) : 'Run `newsfacts --help` for usage.\n'}`)
    }
  })

  it('lists worker and --queue in --help, and only what applies in worker --help', async () => {
    const help = memoryIo()
    expect(await execute(['--help'], help)).toBe(0)
    expect(help.out()).toMatch(/^ {2}worker {16}Take jobs from a Redis queue/m)
    expect(help.out()).toMatch(/^ {6}--queue <url> {11}A Redis queue/m)
    const worker = memoryIo()
    expect(await execute(['worker', '--help'], worker)).toBe(0)
    const flags = [...worker.out().matchAll(/^ {2}(?:-\w, | {4})--([\w-]+)/gm)].map((match) => match[1])
    expect(flags).toEqual(['help', 'version', 'jobs', 'queue', 'stalled-after', 'quiet'])
    expect(worker.out()).toContain('Usage: newsfacts worker --queue <url> [options]\n')
  })

  it('shows the queue counts at the end of the progress line', () => {
    const progress = new Progress(new PassThrough(), false, {status: () => 'queue: 3 waiting, 2 active, 2 workers'})
    expect(progress.line(Date.now() + 1000)).toBe('0 articles  0/s  0.0 MB/s  0 errors  queue: 3 waiting, 2 active, 2 workers')
  })
})
