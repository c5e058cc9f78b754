import {describe, expect, it} from 'vitest'
import {listLength} from '../../../src/check/rules/list-length.js'
import {run, type FactSpec} from '../helpers.js'

const mechanisms = (count: string, value: number, items = '专班推进、清单交办、定期调度、中期盘点、督导推进'): [string, FactSpec[]] => [
  `三是健全机制,确保实效。建立了${items}${count}机制。`,
  [{text: count, kind: 'count', value, unit: '项', subject: '机制'}]
]

const points = (count: string, value: number, ordinals: string[]): [string, FactSpec[]] => [
  `主要采取了${count}方面的措施:${ordinals.map((ordinal) => `${ordinal}细化任务,对标落实。`).join('')}`,
  [
    {text: count, kind: 'count', value, unit: '个', subject: '方面'},
    ...ordinals.map((ordinal, index): FactSpec => ({text: ordinal, kind: 'ordinal', value: index + 1}))
  ]
]

describe('list-length', () => {
  it.each([
    {count: '五项', value: 5, verdict: 'consistent'},
    {count: '四项', value: 4, verdict: 'inconsistent'},
    {count: '六项', value: 6, verdict: 'inconsistent'}
  ])('items before the count, 、-separated, and $count: $verdict', ({count, value, verdict}) => {
    const [text, facts] = mechanisms(count, value)
    expect(run(listLength, text, facts)).toEqual([
      {
        rule: 'list-length',
        verdict,
        facts: ['f1'],
        message:
          verdict === 'consistent'
            ? `${count} 机制 announces ${value}; the list before it (建立了专班推进、清单交办、定期调度、中期盘点、督导推进) lists 5`
            : `${count} 机制 announces ${value}, but the list before it (建立了专班推进、清单交办、定期调度、中期盘点、督导推进) lists 5`,
        expected: verdict === 'consistent' ? value : 5,
        actual: value
      }
    ])
  })

  it('counts a last pair joined by 和 either way', () => {
    const [text, facts] = mechanisms('五项', 5, '专班推进、清单交办、定期调度、中期盘点和督导推进')
    expect(run(listLength, text, facts)[0]!.verdict).toBe('consistent')
    const [four, fourFacts] = mechanisms('四项', 4, '专班推进、清单交办、定期调度、中期盘点和督导推进')
    expect(run(listLength, four, fourFacts)[0]!.verdict).toBe('consistent')
  })

  it('reads 等 as a list that may abbreviate', () => {
    const [text, facts] = mechanisms('五项', 5, '专班推进、清单交办等')
    expect(run(listLength, text, facts)[0]!.verdict).toBe('unverifiable')
    const [over, overFacts] = mechanisms('二项', 2, '专班推进、清单交办、定期调度等')
    expect(run(listLength, over, overFacts)[0]!.verdict).toBe('inconsistent')
  })

  it.each([
    {count: '三个', value: 3, ordinals: ['一是', '二是', '三是'], verdict: 'consistent', message: '三个 方面 announces 3; 一是…三是 lists 3'},
    {count: '四个', value: 4, ordinals: ['一是', '二是', '三是'], verdict: 'inconsistent', message: '四个 方面 announces 4, but 一是…三是 lists 3'},
    {count: '两个', value: 2, ordinals: ['一是', '二是', '三是'], verdict: 'inconsistent', message: '两个 方面 announces 2, but 一是…三是 lists 3'}
  ])('$count方面 then $ordinals.length ordinals: $verdict', ({count, value, ordinals, verdict, message}) => {
    const [text, facts] = points(count, value, ordinals)
    const checks = run(listLength, text, facts)
    expect(checks).toMatchObject([{verdict, message, facts: ['f1', ...ordinals.map((_, index) => `f${index + 2}`)]}])
  })

  it('reads a 、 list after a colon', () => {
    const text = '建立了四项机制:专班推进、清单交办、定期调度、中期盘点、督导推进。'
    const checks = run(listLength, text, [{text: '四项', kind: 'count', value: 4, unit: '项', subject: '机制'}])
    expect(checks).toMatchObject([{verdict: 'inconsistent', expected: 5, actual: 4}])
  })

  it('checks English lists and ordinals', () => {
    const list = 'It established four mechanisms: task forces, list-based assignment, regular scheduling, mid-term reviews and supervision.'
    expect(run(listLength, list, [{text: 'four', kind: 'count', value: 4, subject: 'mechanisms'}], {lang: 'en'})).toMatchObject([
      {verdict: 'inconsistent', expected: 5}
    ])
    const ordinals = 'The district took measures in three areas. First, it attached importance. Second, it refined tasks. Third, it improved mechanisms.'
    expect(
      run(
        listLength,
        ordinals,
        [
          {text: 'three', kind: 'count', value: 3, subject: 'areas'},
          {text: 'First', kind: 'ordinal', value: 1},
          {text: 'Second', kind: 'ordinal', value: 2},
          {text: 'Third', kind: 'ordinal', value: 3}
        ],
        {lang: 'en'}
      )
    ).toMatchObject([{verdict: 'consistent'}])
  })

  it.each([
    {
      name: 'a count right after a separator',
      text: '确定了10方面53项重点工作、27个专项行动,启动了项目手续办理月活动。',
      facts: [
        {text: '10方面', kind: 'count', value: 10, unit: '方面'},
        {text: '53项', kind: 'count', value: 53, unit: '项', subject: '重点工作'},
        {text: '27个', kind: 'count', value: 27, unit: '个', subject: '专项行动'}
      ]
    },
    {
      name: 'a list whose last part holds numbers',
      text: '植物园、台地路网、市政管网等总投资70亿元的10个重点项目提上日程。',
      facts: [
        {text: '70亿元', kind: 'amount', value: 7_000_000_000, unit: 'CNY', subject: '总投资'},
        {text: '10个', kind: 'count', value: 10, unit: '个', subject: '重点项目'}
      ]
    },
    {
      name: 'counted items listed with their numbers',
      text: '共培育限上贸易企业65家、规上服务业9家、规上工业企业11家。',
      facts: [
        {text: '65家', kind: 'count', value: 65, unit: '家'},
        {text: '9家', kind: 'count', value: 9, unit: '家'},
        {text: '11家', kind: 'count', value: 11, unit: '家'}
      ]
    },
    {
      name: 'ordinals that do not follow the count',
      text: '采取了三个方面的措施,成效明显。一是高度重视。二是细化任务。',
      facts: [
        {text: '三个', kind: 'count', value: 3, unit: '个', subject: '方面'},
        {text: '一是', kind: 'ordinal', value: 1},
        {text: '二是', kind: 'ordinal', value: 2}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(listLength, text, facts)).toEqual([])
  })
})
