import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findEnglishQuantities} from '../../src/extract/english.js'
import {findQuantities} from '../../src/extract/quantities.js'

interface Summary {
  text: string
  kind: string
  value: unknown
  unit: string | null
  approx: string
  direction?: string
  group?: number
  scope?: string
}

function summarize(text: string): Summary[] {
  return findQuantities(text, {publishedAt: '2023-02-20'}).map((quantity) => {
    const summary: Summary = {text: text.slice(...quantity.span), kind: quantity.kind, value: quantity.value, unit: quantity.unit, approx: quantity.approx}
    if (quantity.direction) summary.direction = quantity.direction
    if (quantity.group !== undefined) summary.group = quantity.group
    if (quantity.scope !== undefined) summary.scope = quantity.scope
    return summary
  })
}

const q = (text: string, kind: string, value: unknown, unit: string | null, approx = 'exact', extra: Partial<Summary> = {}): Summary => ({text, kind, value, unit, approx, ...extra})

const cases: Array<[string, Summary[]]> = [
  // Amounts: 万/亿 folded into the value, ISO 4217 units.
  ['一般公共预算收入25.3亿元', [q('25.3亿元', 'amount', 2_530_000_000, 'CNY')]],
  // Per mille as a percent (one unit for every share); a natural growth rate is a level, not a change.
  ['出生率为9.88‰', [q('9.88‰', 'percent', 0.988, '%')]],
  ['人口自然增长率为3.55‰', [q('3.55‰', 'percent', 0.355, '%')]],
  ['投资三千五百万元', [q('三千五百万元', 'amount', 35_000_000, 'CNY')]],
  ['外汇储备3.2万亿美元', [q('3.2万亿美元', 'amount', 3.2e12, 'USD')]],
  ['成交额1200亿港元', [q('1200亿港元', 'amount', 1.2e11, 'HKD')]],
  ['营收5000亿新台币', [q('5000亿新台币', 'amount', 5e11, 'TWD')]],
  ['投资1.5亿欧元', [q('1.5亿欧元', 'amount', 150_000_000, 'EUR')]],
  ['8亿元人民币', [q('8亿元人民币', 'amount', 800_000_000, 'CNY')]],
  ['人民币50元', [q('人民币50元', 'amount', 50, 'CNY')]],
  ['售价￥300', [q('￥300', 'amount', 300, 'CNY')]],
  ['每股1.95港元', [q('1.95港元', 'amount', 1.95, 'HKD')]],
  ['1000万元左右', [q('1000万元左右', 'amount', 10_000_000, 'CNY', 'about')]],
  ['约25亿元', [q('约25亿元', 'amount', 2_500_000_000, 'CNY', 'about')]],
  ['GDP突破100万亿元', [q('突破100万亿元', 'amount', 1e14, 'CNY', 'more_than')]],
  ['壹拾壹元壹角壹分', [q('壹拾壹元壹角壹分', 'amount', 11.11, 'CNY')]],
  // Counts: the classifier or measure is the unit.
  ['111个重点项目', [q('111个', 'count', 111, '个')]],
  ['共有一百一十一个项目', [q('一百一十一个', 'count', 111, '个')]],
  ['常住人口1.2万人', [q('1.2万人', 'count', 12_000, '人')]],
  ['新增3万户', [q('3万户', 'count', 30_000, '户')]],
  ['粮食产量1.3万吨', [q('1.3万吨', 'count', 13_000, '吨')]],
  ['面积120平方公里', [q('120平方公里', 'count', 120, '平方公里')]],
  ['造林500公顷', [q('500公顷', 'count', 500, '公顷')]],
  // Physical units as written (real news, corpus-real): 公斤 is not rewritten 千克, and 千 after digits starts the unit.
  ['平均亩产约621公斤', [q('约621公斤', 'count', 621, '公斤', 'about')]],
  ['单产5845公斤/公顷', [q('5845公斤/公顷', 'count', 5845, '公斤/公顷')]],
  ['公路通车里程42748千米', [q('42748千米', 'count', 42748, '千米')]],
  ['变电容量2828.08万千伏安', [q('2828.08万千伏安', 'count', 28_280_800, '千伏安')]],
  ['三千米长跑', [q('三千米', 'count', 3000, '米')]],
  ['接待游客300万人次', [q('300万人次', 'count', 3_000_000, '人次')]],
  ['两个天桥', [q('两个', 'count', 2, '个')]],
  ['三十多个村', [q('三十多个', 'count', 30, '个', 'more_than')]],
  ['七八个人', [q('七八个', 'count', [7, 8], '个', 'about')]],
  ['超过1000家', [q('超过1000家', 'count', 1000, '家', 'more_than')]],
  ['至少5人', [q('至少5人', 'count', 5, '人', 'at_least')]],
  ['最多3次', [q('最多3次', 'count', 3, '次', 'at_most')]],
  ['1万人以上', [q('1万人以上', 'count', 10_000, '人', 'at_least')]],
  ['5-10个', [q('5-10个', 'count', [5, 10], '个')]],
  ['100万至200万元', [q('100万至200万元', 'amount', [1_000_000, 2_000_000], 'CNY')]],
  // `一` before a classifier is an article, not a count of one.
  ['一批项目', []],
  ['一个重要的问题', []],
  // Percent, percentage points, 成, 折.
  ['辦结率达到了75%', [q('75%', 'percent', 75, '%')]],
  ['占比５．５％', [q('５．５％', 'percent', 5.5, '%')]],
  ['百分之五十', [q('百分之五十', 'percent', 50, '%')]],
  ['千分之二点四', [q('千分之二点四', 'percent', 0.24, '%')]],
  // 成 and 折 are tenths: ratios (`两成` = 0.2), as the corpus annotation guide has it.
  ['两成企业', [q('两成', 'ratio', 0.2, null)]],
  ['三成半', [q('三成半', 'ratio', 0.35, null)]],
  ['超七成', [q('超七成', 'ratio', 0.7, null, 'more_than')]],
  ['四成多', [q('四成多', 'ratio', 0.4, null, 'more_than')]],
  ['打八折', [q('八折', 'ratio', 0.8, null)]],
  ['九五折', [q('九五折', 'ratio', 0.95, null)]],
  ['半成', [q('半成', 'ratio', 0.05, null)]],
  ['打对折', [q('对折', 'ratio', 0.5, null)]],
  ['5.875厘的按揭利率', []],
  ['按揭利率为5.875厘', [q('5.875厘', 'percent', 5.875, '%')]],
  ['不足10%', [q('不足10%', 'percent', 10, '%', 'less_than')]],
  ['10%-15%', [q('10%-15%', 'percent', [10, 15], '%')]],
  ['10-15%', [q('10-15%', 'percent', [10, 15], '%')]],
  // Percentage points are differences: a change, its direction from the clause when no verb is next to it.
  ['高于全国平均水平2.1个百分点', [q('2.1个百分点', 'change', 2.1, 'pp', 'exact', {direction: 'up'})]],
  ['比一季度加快0.9个百分点', [q('一季度', 'date', '2023-Q1', null), q('加快0.9个百分点', 'change', 0.9, 'pp', 'exact', {direction: 'up'})]],
  ['比全省高0.7个百分点', [q('高0.7个百分点', 'change', 0.7, 'pp', 'exact', {direction: 'up'})]],
  ['成本下降', []],
  // Changes.
  ['营业额增长14%', [q('增长14%', 'change', 14, '%', 'exact', {direction: 'up'})]],
  ['同比增长5.2%', [q('同比增长5.2%', 'change', 5.2, '%', 'exact', {direction: 'up'})]],
  ['环比下降3.1%', [q('环比下降3.1%', 'change', 3.1, '%', 'exact', {direction: 'down'})]],
  ['增加2700余户', [q('增加2700余户', 'change', 2700, '户', 'more_than', {direction: 'up'})]],
  ['提高5个百分点', [q('提高5个百分点', 'change', 5, 'pp', 'exact', {direction: 'up'})]],
  ['下降了3.5个百分点', [q('下降了3.5个百分点', 'change', 3.5, 'pp', 'exact', {direction: 'down'})]],
  ['增长约14%', [q('增长约14%', 'change', 14, '%', 'about', {direction: 'up'})]],
  ['上涨了百分之八', [q('上涨了百分之八', 'change', 8, '%', 'exact', {direction: 'up'})]],
  ['收入翻了一番', [q('翻了一番', 'change', 100, '%', 'exact', {direction: 'up'})]],
  ['翻两番', [q('翻两番', 'change', 300, '%', 'exact', {direction: 'up'})]],
  // 增长1.2倍 is +120%, as the annotation guide reads it.
  ['增长1.5倍', [q('增长1.5倍', 'change', 150, '%', 'exact', {direction: 'up'})]],
  ['增长近两倍', [q('增长近两倍', 'change', 200, '%', 'about', {direction: 'up'})]],
  ['排名前进6名', [q('前进6名', 'change', 6, '名', 'exact', {direction: 'up'})]],
  ['减少1.2亿元', [q('减少1.2亿元', 'change', 120_000_000, 'CNY', 'exact', {direction: 'down'})]],
  ['增速为5%', [q('增速为5%', 'change', 5, '%', 'exact', {direction: 'up'})]],
  // A length of time or an age changes with a length verb, or with a comparison; `连续增长3年` grew for three years.
  ['企业开办时间缩短1.5天', [q('缩短1.5天', 'change', 1.5, 'day', 'exact', {direction: 'down'})]],
  ['退休年龄延长3年', [q('延长3年', 'change', 3, 'year', 'exact', {direction: 'up'})]],
  ['男性平均寿命较2010年提高2.1岁', [q('2010年', 'date', '2010', null), q('提高2.1岁', 'change', 2.1, '岁', 'exact', {direction: 'up'})]],
  ['全省出口连续增长3年', [q('3年', 'duration', 3, 'year')]],
  ['租金指数按月上升0.5% 连升5个月', [q('上升0.5%', 'change', 0.5, '%', 'exact', {direction: 'up'}), q('5个月', 'duration', 5, 'month')]],
  // Adjustment verbs take their object before the rate: the text starts at the number.
  ['上调居民阶梯水价6.5%', [q('6.5%', 'change', 6.5, '%', 'exact', {direction: 'up'})]],
  ['下调首套房贷利率0.25个百分点', [q('0.25个百分点', 'change', 0.25, 'pp', 'exact', {direction: 'down'})]],
  ['上调最低工资标准200元', [q('200元', 'change', 200, 'CNY', 'exact', {direction: 'up'})]],
  ['上调普惠性幼儿园保教费8%', [q('8%', 'change', 8, '%', 'exact', {direction: 'up'})]],
  ['电价下调3%', [q('下调3%', 'change', 3, '%', 'exact', {direction: 'down'})]],
  ['努力提高了生产效率35%', [q('35%', 'percent', 35, '%')]],
  ['将个税起征点上调至5000元', [q('5000元', 'amount', 5000, 'CNY')]],
  // A value listed right after a change is a change too.
  ['同比增长5.2%和3.1%', [q('同比增长5.2%', 'change', 5.2, '%', 'exact', {direction: 'up'}), q('3.1%', 'change', 3.1, '%', 'exact', {direction: 'up'})]],
  ['分别增长14%、130%', [q('增长14%', 'change', 14, '%', 'exact', {direction: 'up'}), q('130%', 'change', 130, '%', 'exact', {direction: 'up'})]],
  // A verb before 至/到 states a level, not a change.
  ['增长到100亿元', [q('100亿元', 'amount', 10_000_000_000, 'CNY')]],
  ['增至15家', [q('15家', 'count', 15, '家')]],
  // 新增 counts new ones.
  ['新增就业12万人', [q('12万人', 'count', 120_000, '人')]],
  // Ratios.
  // Ratios carry 4 decimal places.
  ['约三分之一的村庄', [q('约三分之一', 'ratio', 0.3333, null, 'about')]],
  ['三分之二以上', [q('三分之二以上', 'ratio', 0.6667, null, 'at_least')]],
  ['是去年的3倍', [q('去年', 'date', '2022', null), q('3倍', 'ratio', 3, null)]],
  // Halves: 一半 (减少一半 is -50%, as halved is), 过半, 半数.
  ['近一半企业', [q('近一半', 'ratio', 0.5, null, 'about')]],
  ['减免一半租金', [q('一半', 'ratio', 0.5, null)]],
  ['库存减少一半', [q('减少一半', 'change', 50, '%', 'exact', {direction: 'down'})]],
  ['过半企业', [q('过半', 'ratio', 0.5, null, 'more_than')]],
  ['半数以上', [q('半数以上', 'ratio', 0.5, null, 'at_least')]],
  ['另一半', []],
  // Ranks and ordinals.
  ['GDP总量排名全省第11位', [q('排名全省第11位', 'rank', 11, null, 'exact', {scope: '全省'})]],
  ['在全省25个市辖区中排名第2位', [q('在全省25个市辖区中排名第2位', 'rank', 2, null, 'exact', {group: 25, scope: '市辖区'})]],
  ['位居全国第三', [q('位居全国第三', 'rank', 3, null, 'exact', {scope: '全国'})]],
  ['在全省排名第3', [q('在全省排名第3', 'rank', 3, null, 'exact', {scope: '全省'})]],
  ['排名前三位', [q('排名前三位', 'rank', 3, null, 'at_most')]],
  ['获得第一名', [q('第一名', 'rank', 1, null)]],
  ['居民收入第一', [q('第一', 'ordinal', 1, null)]],
  ['第十四届全国人大', [q('第十四届', 'ordinal', 14, null)]],
  ['欧盟是第一大贸易伙伴', [q('第一大', 'rank', 1, null)]],
  ['措施:一是高度重视,二是细化任务', [q('一是', 'ordinal', 1, null), q('二是', 'ordinal', 2, null)]],
  ['统一是前提', []],
  // Durations.
  ['两个多月以来', [q('两个多月', 'duration', 2, 'month', 'more_than')]],
  ['一个半月', [q('一个半月', 'duration', 1.5, 'month')]],
  ['两年半', [q('两年半', 'duration', 2.5, 'year')]],
  ['一年多', [q('一年多', 'duration', 1, 'year', 'more_than')]],
  ['近3年', [q('近3年', 'duration', 3, 'year', 'about')]],
  ['最近3年', [q('3年', 'duration', 3, 'year')]],
  // 出超 is a trade surplus, not `more than`.
  ['出超59.7亿美元', [q('59.7亿美元', 'amount', 5_970_000_000, 'USD')]],
  ['出口超59.7亿美元', [q('超59.7亿美元', 'amount', 5_970_000_000, 'USD', 'more_than')]],
  ['3至5年', [q('3至5年', 'duration', [3, 5], 'year')]],
  ['三五年', [q('三五年', 'duration', [3, 5], 'year', 'about')]],
  ['100天', [q('100天', 'duration', 100, 'day')]],
  ['3日内办结', [q('3日内', 'duration', 3, 'day', 'at_most')]],
  ['24小时', [q('24小时', 'duration', 24, 'hour')]],
  ['两周', [q('两周', 'duration', 2, 'week')]],
  // A two-digit 年 is a duration only with words that make it one (`98年洪水` is a year).
  ['改革开放45年来', [q('45年', 'duration', 45, 'year')]],
  ['历时12年', [q('12年', 'duration', 12, 'year')]],
  ['98年洪水', []],
  // Scores and index points with decimals; Latin measures; shares.
  ['总分78.6分', [q('78.6分', 'count', 78.6, '分')]],
  ['指数报349.6点', [q('349.6点', 'count', 349.6, '点')]],
  ['下午3点', []],
  // Whole scores in Arabic digits; not the minutes of a time, nor 分 starting a word.
  ['总分750分，最低录取线为586分', [q('750分', 'count', 750, '分'), q('586分', 'count', 586, '分')]],
  ['比去年提高12分', [q('提高12分', 'change', 12, '分', 'exact', {direction: 'up'})]],
  ['上午8时30分', []],
  ['8点30分出发', []],
  ['用时5分28秒', []],
  ['投中3分球', []],
  ['开会30分钟', [q('30分钟', 'duration', 30, 'minute')]],
  // A rate of two measures keeps both.
  ['化学需氧量浓度为15.2毫克/升', [q('15.2毫克/升', 'count', 15.2, '毫克/升')]],
  ['细颗粒物平均浓度32微克/立方米', [q('32微克/立方米', 'count', 32, '微克/立方米')]],
  ['最高时速350公里/小时', [q('350公里/小时', 'count', 350, '公里/小时')]],
  // Places after a word for a position are a rank without 第.
  ['最低录取位次为8,500名，较上年提高约600名', [q('位次为8,500名', 'rank', 8500, null), q('提高约600名', 'change', 600, '名', 'about', {direction: 'up'})]],
  ['全国名次上升至15名', [q('名次上升至15名', 'rank', 15, null)]],
  ['在校生人数达1.2万名', [q('1.2万名', 'count', 12_000, '名')]],

  ['产量38.5GWh', [q('38.5GWh', 'count', 38.5, 'GWh')]],
  ['总股本4.2亿股', [q('4.2亿股', 'count', 420_000_000, '股')]],

  // Not facts: a lone 零, 2023 before an administrative unit, an age band is no change.
  ['电子零组件', []],
  ['2023县市竞争力', []],
  ['该校2024届本科毕业生', []],
  ['2024款车型', []],
  ['10日元', [q('10日元', 'amount', 10, 'JPY')]],

  ['扩大0至6岁育儿津贴', [q('0至6岁', 'count', [0, 6], '岁')]],
  // Vague numbers: several tens, hundreds.
  ['数十家企业', []],
  ['几百个', []],
  ['近千人', [q('近千人', 'count', 1000, '人', 'about')]]
]

describe('findQuantities', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(summarize(text)).toEqual(expected)
  })

  it('reads 元 as the local dollar and 民国 years in Taiwan articles', () => {
    const text = '113年度岁入编列新台币312.6亿元，岁出编列336.4亿元'
    const read = (traditional: boolean) => findQuantities(text, {publishedAt: '2023-08-31', traditional}).map((quantity) => [quantity.kind, quantity.value, quantity.unit])
    const taiwan = [
      ['date', '2024', null],
      ['amount', 31_260_000_000, 'TWD'],
      ['amount', 33_640_000_000, 'TWD']
    ]
    // The words decide the region, whatever the script.
    expect(read(true)).toEqual(taiwan)
    expect(read(false)).toEqual(taiwan)
    expect(findQuantities('岁出编列336.4亿元', {traditional: true}).map((quantity) => quantity.unit)).toEqual(['CNY'])
  })

  it('keeps the number and unit alone in `core`', () => {
    const [change] = findQuantities('同比增长约5.2%')
    expect(change!.span).toEqual([0, 9])
    expect(change!.core).toEqual([5, 9])
  })

  it('points counts at the noun after the classifier', () => {
    const [count] = findQuantities('111个重点项目')
    expect(count!.nounAt).toBe(4)
  })

  it('never throws, and spans stay inside the text, on arbitrary news-like input', () => {
    const pieces = [...'0123456789.,-%年月日第是个家元亿万千百十一二三两半成折倍约近超不足至到余多以上内、，。“”《》'].concat([
      '增长', '下降', '百分点', '同比', '排名', '去年', '今年', '上半年', '季度', '美元', ' percent', ' rose ', ' to ', '$', ' billion', ' last ', 'May'
    ])
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), fc.boolean(), (chosen, traditional) => {
        const text = chosen.join('')
        for (const quantity of [...findQuantities(text, {publishedAt: '2023-02-20', traditional}), ...findEnglishQuantities(text, {publishedAt: null})]) {
          expect(quantity.span[0]).toBeGreaterThanOrEqual(0)
          expect(quantity.span[1]).toBeLessThanOrEqual(text.length)
          expect(quantity.span[0]).toBeLessThan(quantity.span[1])
        }
      }),
      {numRuns: 1500}
    )
  })

  it('never throws on odd input', () => {
    for (const text of ['', '%', '第', '增长', '百分之', '翻番翻番', '个百分点', '2023-13-45', '－－－', '半成半折', '\u0000\uFFFF']) {
      expect(() => findQuantities(text)).not.toThrow()
    }
  })
})
