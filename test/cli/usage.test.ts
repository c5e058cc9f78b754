import {spawnSync} from 'node:child_process'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {distance, nearest} from '../../src/cli/suggest.js'
import {memoryIo, root, seedPath} from '../helpers.js'

const hint = 'Run `newsfacts --help` for usage.\n'
const commandHint = (command: string) => `Run \`newsfacts ${command} --help\` for usage.\n`

describe('usage mistakes', () => {
  it('gives each command its own --help, even one that needs options to run', async () => {
    for (const command of ['check', 'report']) {
      const io = memoryIo()
      expect(await execute([command, '--help'], io)).toBe(0)
      expect(io.out().split('\n').slice(0, 3)).toEqual([expect.stringMatching(/^newsfacts \d/), '', `Usage: newsfacts ${command} [options] <paths...>`])
      expect(io.err()).toBe('')
    }
    const check = memoryIo()
    await execute(['check', '--help'], check)
    expect(check.out()).toContain('      --format <name>         text, json (default text)\n')
    expect(check.out()).not.toContain('--resume')
    const report = memoryIo()
    await execute(['report', '--help'], report)
    expect(report.out()).not.toContain('--format')
  })

  it('lists only the formats of the command when --format is wrong', async () => {
    const check = memoryIo()
    expect(await execute(['check', '--format', 'xml', 'corpus/'], check)).toBe(2)
    expect(check.err()).toBe('newsfacts: `--format` of `check` must be one of text, json, not `xml`\n' + commandHint('check'))
    const extract = memoryIo()
    expect(await execute(['extract', '--format', 'json', 'corpus/'], extract)).toBe(2)
    expect(extract.err()).toBe('newsfacts: `--format` of `extract` must be one of jsonl, csv, parquet, not `json`\n' + commandHint('extract'))
    const report = memoryIo()
    expect(await execute(['report', '--format', 'html', '-o', 'x.html', 'corpus/'], report)).toBe(2)
    expect(report.err()).toBe('newsfacts: `--format` applies to show, extract, check, query, not `report`\n' + commandHint('report'))
  })

  it('suggests the nearest option for an unknown one', async () => {
    const io = memoryIo()
    expect(await execute(['--formt', 'json', 'corpus/'], io)).toBe(2)
    expect(io.err()).toBe('newsfacts: unknown option `--formt`; did you mean `--format`?\n' + hint)
    const far = memoryIo()
    expect(await execute(['--colour', 'corpus/'], far)).toBe(2)
    expect(far.err()).toBe('newsfacts: unknown option `--colour`\n' + hint)
  })

  it('reads a mistyped command as a typo, not as a path, when no such path exists', async () => {
    const io = memoryIo()
    expect(await execute(['chek', 'corpus/'], io)).toBe(2)
    expect(io.err()).toBe('newsfacts: unknown command `chek` (and no such file); did you mean `check`?\n' + hint)
    expect(nearest('extarct', ['show', 'extract', 'check', 'report'])).toBe('extract')
    expect(nearest('corpus', ['show', 'extract', 'check', 'report'])).toBeUndefined()
    expect(distance('chek', 'check')).toBe(1)
    // Names of Object's own properties are neither commands nor typos of one.
    const property = memoryIo()
    expect(await execute(['--jobs', '0', '-q', 'toString'], property)).toBe(1)
    expect(property.err()).toBe('toString\n error Cannot read `toString`: no such file or directory unreadable newsfacts\n\n✖ 1 error\n')
  })

  it('reads every option value before any input, naming the option of a bad one', async () => {
    const cases: Array<[args: string[], message: string]> = [
      [['--published-at', '2023-13-45'], '`--published-at` must be a date such as 2023-02-20, not `2023-13-45`'],
      [['--encoding', 'latin9x'], '`--encoding` must be an encoding iconv-lite knows (utf-8, gb18030, big5, utf-16le, shift_jis, …), not `latin9x`'],
      [['--jobs', '0', '--timeout', '5'], '`--timeout` needs worker threads: with `--jobs 0` nothing can stop an article (use `--jobs 1` or more, or leave out `--timeout`)'],
      [['--jobs', '-1'], '`--jobs` must be a whole number of at least 0, not `-1`'],
      [['-j', '-1'], '`--jobs` must be a whole number of at least 0, not `-1`'],
      [['--jobs', '1.5'], '`--jobs` must be a whole number of at least 0, not `1.5`'],
      [['--max-bytes', '0'], '`--max-bytes` must be a whole number of at least 1, not `0`'],
      [['--timeout', '-2'], '`--timeout` must be a number of seconds (0 for none), not `-2`'],
      [['--timeout', 'soon'], '`--timeout` must be a number of seconds (0 for none), not `soon`'],
      [['--format', 'csv', '--table', 'rows'], '`--table` must be one of articles, facts, checks, all, not `rows`'],
      [['--offsets', 'bytes'], '`--offsets` must be one of utf16, codepoint, not `bytes`'],
      [['--table', 'facts'], '`--table` picks a table of `--format csv` or `--format parquet`'],
      [['--format', 'csv', '--tokens'], '`--tokens` adds tokens to the JSON Lines article records; `newsfacts segment` writes them as text']
    ]
    // A path that does not exist: reading it would give an error record and exit code 1, not 2.
    for (const [args, message] of cases) {
      const io = memoryIo()
      expect(await execute(['extract', ...args, 'no-such-file.txt'], io), args.join(' ')).toBe(2)
      expect(io.err()).toBe(`newsfacts: ${message}\n${commandHint('extract')}`)
      expect(io.out()).toBe('')
    }
    // `--timeout 0` (never) needs no worker to stop anything.
    expect(await execute(['extract', '--jobs', '0', '--timeout', '0', '-q', 'no-such-file.txt'], memoryIo())).toBe(1)
  })

  it('refuses a segmenter backend that is not installed, once and up front', () => {
    // The built CLI, with `nodejieba` hidden from require's resolution as if never installed.
    const run = spawnSync(process.execPath, ['--require', path.join(root, 'test', 'fixtures', 'cli', 'without-nodejieba.cjs'), path.join(root, 'dist', 'cli', 'bin.js'), '--segmenter', 'nodejieba', seedPath], {encoding: 'utf8'})
    expect(run.stderr).toBe(
      'newsfacts: `--segmenter nodejieba`: the `nodejieba` segmenter is not installed (it is an optional dependency that builds from source; install it with `npm install nodejieba` or use the default `node-rs` segmenter)\n' + hint
    )
    expect(run.status).toBe(2)
  })

  it('caps --jobs at twice the cores and says so', async () => {
    // Workers run from the build (`npm test` builds first).
    const cap = availableParallelism() * 2
    const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'bin.js'), 'extract', '--jobs', String(cap + 1), '-q', '-'], {
      input: '{"id":"a","text":"营业额增长14%。"}\n',
      encoding: 'utf8'
    })
    expect(run.stderr).toBe(`newsfacts: \`--jobs ${cap + 1}\` is more than this machine can use: running ${cap} workers (2 × ${cap / 2} cores)\n`)
    expect(JSON.parse(run.stdout)).toMatchObject({id: 'a', type: 'article'})
    expect(run.status).toBe(0)
  })
})
