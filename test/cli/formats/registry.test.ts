import {describe, expect, it} from 'vitest'
import {outputFormat, outputFormats} from '../../../src/cli/formats/index.js'
import {formats, type Command} from '../../../src/cli/schema.js'

describe('the output format registry', () => {
  it('has one entry for each `--format` value of each command, the default first', () => {
    for (const command of Object.keys(formats) as Command[]) {
      if (command === 'query' || command === 'worker' || command === 'report') continue
      expect(outputFormats.filter((format) => format.command === command).map((format) => format.name), command).toEqual(formats[command])
      expect(outputFormat(command, undefined)?.name).toBe(formats[command][0])
    }
    // `report` has no --format: its one format is HTML.
    expect(outputFormat('report', undefined)?.name).toBe('html')
  })

  it('names each format once per command', () => {
    const keys = outputFormats.map((format) => `${format.command}:${format.name}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(outputFormat('extract', 'parquet')?.name).toBe('parquet')
    expect(outputFormat('extract', 'text')).toBeUndefined()
  })
})
