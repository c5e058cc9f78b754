import {readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toSimplified} from '../../src/convert/index.js'

const folder = new URL('../fixtures/convert/mirror-seed/', import.meta.url)
const input = readFileSync(new URL('input.txt', folder), 'utf8')

describe('mirror-site seed', () => {
  const result = toSimplified(input, 't')

  it('matches expected.txt (UPDATE_SNAPSHOT=1 rewrites it)', () => {
    const expectedUrl = new URL('expected.txt', folder)
    if (process.env.UPDATE_SNAPSHOT) writeFileSync(expectedUrl, result.text)
    expect(result.text).toBe(readFileSync(expectedUrl, 'utf8'))
  })

  it('converts the crude Traditional and keeps what was already Simplified', () => {
    expect(result.text).toContain('在开工复工上,提前着手,主动服务')
    expect(result.text).toContain('真抓实干')
    expect(result.text).toContain('本报记者采访')
    expect(result.text).toContain('区委、区政府先后召开')
    expect(result.text).not.toMatch(/[們個這區書記實來與為]/u)
    expect(result.changed).toBe(389)
  })

  it('keeps the text the same length, so the map is one to one', () => {
    expect(result.text.length).toBe(input.length)
    for (let index = 0; index < input.length; index += 97) expect(result.map.toSource([index, index + 1])).toEqual([index, index + 1])
  })
})
