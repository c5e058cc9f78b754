import {describe, expect, it} from 'vitest'
import {notFactSpans} from '../../src/extract/not-facts.js'
import {factsOf} from './helpers.js'

const texts = (text: string) => factsOf(text).map((fact) => fact.text)

describe('not facts', () => {
  it('skips idioms and fixed phrases', () => {
    for (const text of ['他做事一清二楚', '不能三心二意', '三番五次强调', '走进千家万户', '百家争鸣', '三天两头开会', '一日千里', '第一时间赶到']) {
      expect(texts(text), text).toEqual([])
    }
  })

  it('skips an article 一 before a classifier (一批, 一个, 一项)', () => {
    expect(texts('一批支撑性项目快速推进，一个重要的问题，一项工作')).toEqual([])
  })

  it('skips policy names in short quotes and titles', () => {
    expect(texts('贯彻落实“三个文件”，细化完善了“一清单两方案”')).toEqual([])
    expect(texts('学习《关于进一步做好三项工作的通知》')).toEqual([])
    // A date in a title is still a date.
    expect(texts('审议了《关于2022年预算执行情况的报告》')).toEqual(['2022年'])
    expect(texts('践行“两个维护”和八项规定')).toEqual([])
  })

  it('keeps facts in long quotes, which are speech', () => {
    expect(texts('他说：“今年全区营业额增长14%，新增市场主体2700余户。”')).toEqual(['今年', '增长14%', '2700余户'])
  })

  it('skips document numbers, phone numbers and URLs', () => {
    expect(texts('根据津政办函〔2017〕103号文件')).toEqual([])
    expect(texts('咨询电话：0357-2345678，手机13912345678')).toEqual([])
    expect(texts('详见 https://example.com/2023/100家')).toEqual([])
  })

  it('reads the dateline as one date, not times of day', () => {
    expect(factsOf('2023-02-20 08:58:54 来源:临汾新闻网').map((fact) => [fact.text, fact.kind, fact.value])).toEqual([
      ['2023-02-20', 'date', '2023-02-20']
    ])
  })

  it('skips numbers in place names the segmenter knows', () => {
    expect(texts('五家渠市有3家企业')).toEqual(['3家'])
  })

  it('merges overlapping stretches', () => {
    expect(notFactSpans('《“三个文件”解读》')).toEqual([[0, 10]])
  })
})
