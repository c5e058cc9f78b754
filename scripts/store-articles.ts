/**
 * Generated article records for the fact store's equivalence test and its
 * benchmark: places, years and metrics drawn from small lists, so many
 * articles state the same metric, most alike and some not. Facts are
 * written as the extractor gives them (ids, spans, sentences), without
 * running the pipeline, so a million facts take seconds to make.
 */
import {SCHEMA_VERSION, type ArticleRecord, type Fact} from '../src/types.js'

export interface GenerateOptions {
  articles: number
  seed?: number
  /** Places drawn from: more places, fewer articles per metric (at most 10 + 3 × 19², beyond which names repeat). */
  places?: number
  /** Metric sentences per article (each has a value and, in most, a date: about two facts a sentence). */
  sentences?: number
  /** Share of stated values that differ from the place's true figure. */
  deviation?: number
  /** Include English articles about places also named in Chinese (`Yaodu District`, `尧都区`). */
  english?: boolean
}

const namedPlaces = ['尧都区', '洪洞县', '临河县', '云川市', '金海区', '汾南县', '海州区', '兴和县', '晋阳区', '青山县']
/** Characters that start no word `placeOf` refuses as a name, for made-up places beyond the named ones. */
const nameCharacters = [...'安平阳和宁丰泰嘉瑞长永德昌福宜清河江湖山']
const kindCharacters = [...'区县市']

/** The `index`th place: the named ones first, then two characters and a kind, as many as asked. */
function hanPlace(index: number): string {
  if (index < namedPlaces.length) return namedPlaces[index]!
  const n = index - namedPlaces.length
  const size = nameCharacters.length
  return `${nameCharacters[n % size]}${nameCharacters[Math.floor(n / size) % size]}${kindCharacters[Math.floor(n / size / size) % kindCharacters.length]}`
}
/** The readings of the first Han places, so a Latin name matches its Han one by pinyin. */
const latinPlaces = ['Yaodu District', 'Hongtong County', 'Linhe County']

interface Subject {
  zh: string
  en?: string
  kind: Fact['kind']
  unit: string
  /** The stated value of a true figure `base`, and what it parses to. */
  say: (base: number, lang: 'zh' | 'en') => {text: string; value: number; direction?: 'up' | 'down'}
}

const yi = (base: number) => Math.round(base * 10) / 10
const subjects: Subject[] = [
  {zh: '一般公共预算收入', en: 'general public budget revenue', kind: 'amount', unit: 'CNY', say: (b, lang) => money(yi(b * 30), lang)},
  {zh: '地区生产总值', en: 'gross domestic product', kind: 'amount', unit: 'CNY', say: (b, lang) => money(yi(b * 400), lang)},
  {zh: '固定资产投资', en: 'fixed-asset investment', kind: 'amount', unit: 'CNY', say: (b, lang) => money(yi(b * 90), lang)},
  {zh: '社会消费品零售总额', kind: 'amount', unit: 'CNY', say: (b) => money(yi(b * 120), 'zh')},
  {zh: '营业额', kind: 'change', unit: '%', say: (b) => ({text: `增长${yi(b * 8)}%`, value: yi(b * 8), direction: 'up'})},
  {zh: '规上工业增加值', kind: 'change', unit: '%', say: (b) => ({text: `增长${yi(b * 6)}%`, value: yi(b * 6), direction: 'up'})},
  {zh: '城镇化率', kind: 'percent', unit: '%', say: (b) => ({text: `${yi(40 + b * 30)}%`, value: yi(40 + b * 30)})},
  {zh: '市场主体', kind: 'count', unit: '户', say: (b) => ({text: `${Math.round(b * 5000)}户`, value: Math.round(b * 5000)})},
  {zh: '重点项目', kind: 'count', unit: '个', say: (b) => ({text: `${Math.round(b * 200)}个`, value: Math.round(b * 200)})},
  {zh: '粮食总产量', kind: 'amount', unit: '吨', say: (b) => ({text: `${yi(b * 50)}万吨`, value: Math.round(yi(b * 50) * 1e4)})}
]

function money(yiValue: number, lang: 'zh' | 'en'): {text: string; value: number} {
  const value = Math.round(yiValue * 1e8)
  return lang === 'zh' ? {text: `${yiValue}亿元`, value} : {text: `${(yiValue / 10).toFixed(2)} billion yuan`, value}
}

/** mulberry32: a seeded generator, so every run (and every baseline) sees the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A place's true figure for a subject and year, in 0.5–1.5: the same in every article. */
function truth(place: number, subject: number, year: number): number {
  return 0.5 + random(place * 1000 + subject * 10 + year)()
}

export function* generateArticles({articles, seed = 1, places = 8, sentences = 5, deviation = 0.05, english = false}: GenerateOptions): Generator<ArticleRecord> {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  for (let index = 0; index < articles; index++) {
    const lang: 'zh' | 'en' = english && next() < 0.15 ? 'en' : 'zh'
    const place = Math.floor(next() * (lang === 'en' ? Math.min(places, latinPlaces.length) : places))
    const placeName = lang === 'en' ? latinPlaces[place]! : hanPlace(place)
    const year = 2021 + Math.floor(next() * 2)
    let text = ''
    const facts: Fact[] = []
    const add = (written: string, fact: Omit<Fact, 'id' | 'text' | 'span' | 'sourceSpan'>) => {
      const start = text.length
      text += written
      facts.push({id: `f${facts.length + 1}`, text: written, span: [start, start + written.length], sourceSpan: [start, start + written.length], ...fact})
    }
    text += lang === 'en' ? `${placeName} economic report. ` : `${placeName}经济运行情况。`
    for (let sentence = 0; sentence < sentences; sentence++) {
      const subjectIndex = Math.floor(next() * subjects.length)
      const subject = subjects[subjectIndex]!
      if (lang === 'en' && !subject.en) continue
      const sentenceStart = text.length
      // Most sentences name their year; the rest take the paragraph's or the publication's.
      const dated = next() < 0.8
      const base = truth(place, subjectIndex, year) * (next() < deviation ? 1.1 + next() * 0.3 : 1)
      const said = subject.say(base, lang)
      const approx = next() < 0.1 ? 'about' : 'exact'
      const subjectName = lang === 'en' ? subject.en! : subject.zh
      const shape = {kind: subject.kind, value: said.value, unit: subject.unit, approx, subject: subjectName, ...(said.direction ? {direction: said.direction} : {})} as const
      if (lang === 'en') {
        text += `In ${placeName}, ${subjectName} was `
        add(said.text, shape)
        if (dated) {
          text += ' in '
          add(String(year), {kind: 'date', value: String(year), unit: null, approx: 'exact', subject: null})
        }
        text += '. '
      } else {
        if (dated) add(`${year}年`, {kind: 'date', value: String(year), unit: null, approx: 'exact', subject: null})
        text += `${sentence % 2 === 0 ? placeName : ''}${subjectName}${approx === 'about' ? '约' : ''}`
        add(said.text, shape)
        text += '。'
      }
      for (const fact of facts) if (fact.span[0] >= sentenceStart) fact.sentence = [sentenceStart, text.length]
    }
    yield {
      schemaVersion: SCHEMA_VERSION,
      type: 'article',
      id: `generated/${seed}/${index}`,
      lang: lang === 'en' ? 'en' : 'zh-Hans',
      script: lang === 'en' ? 'Latn' : 'Hans',
      langConfidence: 'high',
      publishedAt: `${year + (next() < 0.5 ? 0 : 1)}-0${1 + Math.floor(next() * 9)}-15`,
      title: lang === 'en' ? `${placeName} economy` : `${placeName}经济运行`,
      text,
      facts,
      checks: [],
      messages: []
    }
  }
}
