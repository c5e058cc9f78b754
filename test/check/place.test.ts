import {describe, expect, it} from 'vitest'
import {placeOf, samePlace} from '../../src/check/place.js'

describe('placeOf', () => {
  it('finds the place a text names most, at least twice', () => {
    expect(placeOf('尧都区委副书记任俊杰表示,尧都区认真贯彻落实市政府要求,全区25个市辖区中排名第2位。', null)).toEqual({
      script: 'Han',
      name: '尧都',
      kind: 'district'
    })
    expect(placeOf('全区经济向好,片区开发提速。', null)).toBeNull()
  })

  it('falls back to the title, and reads English names', () => {
    expect(placeOf('', '临汾市尧都区全力冲刺开门红')).toMatchObject({name: '临汾', kind: 'city'})
    expect(placeOf('Riverside District revenue rose. Riverside District ranks second.', null)).toEqual({
      script: 'Latin',
      name: 'riverside',
      kind: 'district'
    })
    expect(placeOf('', null)).toBeNull()
  })
})

describe('samePlace', () => {
  it('compares names and kinds, across scripts by any reading of a character', () => {
    const yaodu = {script: 'Han', name: '尧都', kind: 'district'} as const
    expect(samePlace(yaodu, {script: 'Latin', name: 'yaodu', kind: 'district'})).toBe(true)
    expect(samePlace(yaodu, {script: 'Latin', name: 'yaodu', kind: 'county'})).toBe(false)
    expect(samePlace(yaodu, {script: 'Latin', name: 'hongtong', kind: 'district'})).toBe(false)
    expect(samePlace(yaodu, {script: 'Han', name: '洪洞', kind: 'district'})).toBe(false)
  })
})
