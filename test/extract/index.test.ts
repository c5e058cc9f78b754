import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as api from '../../src/extract/index.js'
import {extract} from '../../src/extract/index.js'
import {resolveOptions} from '../../src/pipeline/options.js'
import {segment} from '../../src/segment/index.js'
import {OffsetMap, rewrite} from '../../src/util/offset-map.js'
import {factsOf, prepared} from './helpers.js'

describe('extract (the stage)', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'clauseStart',
      'currencyPrefixes',
      'englishSubject',
      'extract',
      'findDates',
      'findEnglishQuantities',
      'findNumbers',
      'findQuantities',
      'fixedPhrases',
      'isFixedPhrase',
      'matchUnit',
      'notFactSpans',
      'parseNumber',
      'scanNumber',
      'scanNumbers',
      'subjectAfter',
      'subjectBefore',
      'units'
    ])
  })

  it('numbers facts f1, f2, … in text order with their sentence', () => {
    const text = '总投资593亿元。年度计划投资133亿元，增长14%。'
    const facts = factsOf(text)
    expect(facts.map((fact) => [fact.id, fact.text, fact.sentence])).toEqual([
      ['f1', '593亿元', [0, 9]],
      ['f2', '133亿元', [9, 27]],
      ['f3', '增长14%', [9, 27]]
    ])
  })

  it('maps spans back to the source through the offset map', () => {
    const source = '收入(shōu rù)25.3億元'
    const stripped = rewrite(source, /\([^)]*\)/g, () => '')
    const text = '收入25.3亿元'
    const file = new VFile({value: source})
    Object.assign(file.data, {source, text, map: stripped.map, lang: 'zh-Hans', publishedAt: null})
    segment(file, resolveOptions())
    extract(file, resolveOptions())
    const [fact] = file.data.facts!
    expect(fact).toMatchObject({text: '25.3亿元', span: [2, 8], sourceSpan: [11, 17], subject: '收入'})
    expect(source.slice(...fact!.sourceSpan)).toBe('25.3億元')
  })

  it('keeps relative dates unresolved without a publication date', () => {
    const [fact] = factsOf('去年12月', {publishedAt: null})
    expect(fact).toMatchObject({kind: 'date', value: 'XXXX-12', relative: '去年12月', resolved: false})
  })

  it('reads English with the English reader', () => {
    expect(factsOf('Revenue rose 14%.', {lang: 'en'}).map((fact) => fact.text)).toEqual(['rose 14%'])
    expect(factsOf('Revenue rose 14%.').map((fact) => fact.text)).toEqual(['14%'])
  })

  it('reads nothing in languages it does not know', () => {
    expect(factsOf('売上高は25億円', {lang: 'ja'})).toEqual([])
  })

  it('works without tokens (subjects are then null)', () => {
    const text = '总投资593亿元'
    const file = new VFile({value: text})
    Object.assign(file.data, {source: text, text, map: OffsetMap.identity(text.length), lang: 'zh-Hans', publishedAt: null})
    extract(file, resolveOptions())
    expect(file.data.facts!.map((fact) => [fact.text, fact.subject, fact.sentence])).toEqual([['593亿元', null, undefined]])
  })

  it('gives an empty list for empty text', () => {
    const file = prepared('')
    extract(file, resolveOptions())
    expect(file.data.facts).toEqual([])
  })
})

describe('subjects', () => {
  const subjects = (text: string) => factsOf(text).map((fact) => [fact.text, fact.subject])

  it('takes the noun after a classifier', () => {
    expect(subjects('确定了111个重点项目，目前已有88个项目开复工')).toEqual([
      ['111个', '重点项目'],
      ['88个', '项目']
    ])
  })

  it('takes the nearest noun phrase before the number, past verbs', () => {
    expect(subjects('一般公共预算收入25.3亿元，开复工率达到了79%，生龙国际等大型商超营业额增长14%')).toEqual([
      ['25.3亿元', '一般公共预算收入'],
      ['79%', '开复工率'],
      ['增长14%', '营业额']
    ])
  })

  it('takes the whole noun phrase, without the clause verb, the scope or a comparison base', () => {
    expect(subjects('共培育限上贸易企业65家、规上服务业9家，全省规上工业增加值增长6%，GDP总量排名全省第11位')).toEqual([
      ['65家', '限上贸易企业'],
      ['9家', '规上服务业'],
      ['增长6%', '规上工业增加值'],
      ['排名全省第11位', 'GDP总量']
    ])
    expect(subjects('城镇居民人均可支配收入31,208元，平均客房出租率比去年同期提高16.2个百分点')).toEqual([
      ['31,208元', '城镇居民人均可支配收入'],
      ['提高16.2个百分点', '平均客房出租率']
    ])
    expect(subjects('全市一般公共预算收入预期目标505亿元')).toEqual([['505亿元', '一般公共预算收入']])
  })

  it('keeps verbs and adjectives inside a compound, but not the verb that governs the clause', () => {
    expect(subjects('全县户籍登记人口为52.3万人，其中注册护士1.2万人，占应收面积80万亩的90%')).toEqual([
      ['52.3万人', '户籍登记人口'],
      ['1.2万人', '注册护士'],
      ['80万亩', '应收面积'],
      ['90%', '应收面积']
    ])
    expect(subjects('今年改造老旧小区86个，城区空气优良比例达88.1%')).toEqual([
      ['今年', null],
      ['86个', '老旧小区'],
      ['88.1%', '城区空气优良比例']
    ])
    expect(subjects('全市完成水污染防治投资12.5亿元，安排教育支出45.2亿元，累计拥有授权专利2,310项')).toEqual([
      ['12.5亿元', '水污染防治投资'],
      ['45.2亿元', '教育支出'],
      ['2,310项', '授权专利']
    ])
    // A verb between nouns names a measure only before a measure's head: `企业为群众办结项目手续` is a clause.
    expect(subjects('企业为群众办结项目手续139项')).toEqual([['139项', '项目手续']])
  })

  it("passes over Hong Kong's 按年/按月 and linking words, and keeps 日均 as a modifier only", () => {
    expect(subjects('零售业总销货价值按年实质上升18.4%，楼价指数报344.2点')).toEqual([
      ['上升18.4%', '零售业总销货价值'],
      ['344.2点', '楼价指数']
    ])
    expect(subjects('日均客运量102.6万人次，旅客日均39万人次')).toEqual([
      ['102.6万人次', '日均客运量'],
      ['39万人次', '旅客']
    ])
    expect(subjects('出超59.7亿美元，年增71.6%')).toEqual([
      ['59.7亿美元', '出超'],
      ['年增71.6%', '出超']
    ])
  })

  it('finds the subject of a share or a comparison base before 占/较', () => {
    expect(subjects('民营企业出口占全市出口总值的64.2%，全县茶叶种植面积稳定在3.6万亩')).toEqual([
      ['64.2%', '民营企业出口'],
      ['3.6万亩', '茶叶种植面积']
    ])
    expect(subjects('归属于股东的净利润5.6亿元，较上年同期的4.1亿元增长36.6%')).toEqual([
      ['5.6亿元', '净利润'],
      ['4.1亿元', '净利润'],
      ['增长36.6%', '净利润']
    ])
  })

  it('gives a length the noun linked right before it, and a later value in the same unit the same subject', () => {
    expect(subjects('平均审批时间为4.5天，比上年缩短1.2天。春节假期7天，累计发送旅客52万人次，日均发送7.4万人次。')).toEqual([
      ['4.5天', '平均审批时间'],
      ['缩短1.2天', '平均审批时间'],
      ['7天', '春节假期'],
      ['52万人次', '旅客'],
      ['7.4万人次', '旅客']
    ])
    expect(subjects('全区将力争在3年内建成5个产业园区')).toEqual([
      ['3年内', null],
      ['5个', '产业园区']
    ])
  })

  it('reads growth rates as nouns, passes over periods, and never takes a verb or 以上 as the subject', () => {
    expect(subjects('同比增长5.2%，增速比第一季度加快0.9个百分点')).toEqual([
      ['同比增长5.2%', null],
      ['第一季度', null],
      ['加快0.9个百分点', '增速']
    ])
    expect(subjects('扩大0至6岁育儿津贴、65岁以上长者健保费补助')).toEqual([
      ['0至6岁', '育儿津贴'],
      ['65岁以上', '长者']
    ])
    expect(subjects('设施大棚发展到3,600余座，新增规上企业15家以上')).toEqual([
      ['3,600余座', '设施大棚'],
      ['15家以上', '规上企业']
    ])
  })

  it('passes over a per-unit word and an adjustment verb, and reads mis-tagged nouns as nouns', () => {
    expect(subjects('将生育补助提高至每胎新台币10万元，自10月起上调公交票价12%')).toEqual([
      ['10万元', '生育补助'],
      ['10月', null],
      ['12%', '公交票价']
    ])
    expect(subjects('居民健康素养水平达到31.5%，日本旅客12.3万人次居首，今年预算开支约120亿港元')).toEqual([
      ['31.5%', '居民健康素养水平'],
      ['12.3万人次', '日本旅客'],
      ['今年', null],
      ['约120亿港元', '预算开支']
    ])
    // `平均|分为` is cut wrongly: no subject rather than the scope.
    expect(subjects('今年中考全区平均分为512分')).toEqual([
      ['今年', null],
      ['512分', null]
    ])
    expect(subjects('其中，省内考生5,120人，占总数的61.2%')).toEqual([
      ['5,120人', '省内考生'],
      ['61.2%', '省内考生']
    ])
  })

  it('lets a rank inherit the subject of the sentence', () => {
    expect(subjects('一般公共预算收入25.3亿元，在全省25个市辖区中排名第2位。')).toEqual([
      ['25.3亿元', '一般公共预算收入'],
      ['在全省25个市辖区中排名第2位', '一般公共预算收入']
    ])
  })

  it('shares the noun of a count that directly follows (10方面53项重点工作)', () => {
    expect(subjects('确定了10方面53项重点工作')).toEqual([
      ['10方面', '重点工作'],
      ['53项', '重点工作']
    ])
  })

  it('pairs values listed after 分别 with the listed nouns, or guesses none', () => {
    expect(subjects('营业额、利润分别为1亿元、2000万元')).toEqual([
      ['1亿元', '营业额'],
      ['2000万元', '利润']
    ])
    expect(subjects('营业额和利润分别增长14%和5%')).toEqual([
      ['增长14%', '营业额'],
      ['5%', '利润']
    ])
    expect(subjects('营业额、利润和税收分别为1亿元、2000万元')).toEqual([
      ['1亿元', null],
      ['2000万元', null]
    ])
  })

  it('gives no subject to dates, ordinals and lengths not linked to a noun', () => {
    expect(subjects('去年12月以来，两个多月，一是')).toEqual([
      ['去年12月', null],
      ['两个多月', null],
      ['一是', null]
    ])
  })
})
