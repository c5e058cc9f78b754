/**
 * Units and classifiers that may follow a number in Chinese news.
 * Sources: ISO 4217 for currency codes with their usual Chinese names
 * (Xinhua usage: 美元, 港元, 新台币, 欧元…); the classifiers (量词) and
 * measures of the National Bureau of Statistics' releases and of the
 * Recognizers-Text Chinese currency and dimension specs.
 *
 * Scale characters are not units: `亿元` is the number `亿` times `元`
 * (the grammar folds 万/亿 into the value), so `25.3亿元` is 2.53e9 CNY and
 * `3万户` 30000 户.
 */

export type UnitKind = 'currency' | 'count' | 'time'

export interface Unit {
  /** As written. */
  text: string
  kind: UnitKind
  /** Normalized: ISO 4217 for money, the classifier or measure for counts, `month`/`year`/… for time. */
  unit: string
  /** Characters that, right after it, make it part of another word (`元旦`, `次日`, `家庭`). */
  notBefore?: string
}

type Row = [text: string, unit: string, notBefore?: string]

const currencies: Row[] = [
  ['元', 'CNY', '旦素首宵帅老代气件器'], ['圆', 'CNY', '满形桌明心'], ['元人民币', 'CNY'], ['人民币', 'CNY'], ['块钱', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['美圆', 'USD'], ['港元', 'HKD'], ['港币', 'HKD'],
  ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['澳元', 'AUD'], ['澳大利亚元', 'AUD'],
  ['新台币', 'TWD'], ['台币', 'TWD'], ['欧元', 'EUR'], ['英镑', 'GBP'], ['日元', 'JPY'], ['日圆', 'JPY'],
  ['韩元', 'KRW'], ['韩币', 'KRW'], ['卢布', 'RUB'], ['印度卢比', 'INR'], ['卢比', 'INR'],
  ['瑞士法郎', 'CHF'], ['瑞郎', 'CHF'], ['加元', 'CAD'], ['加拿大元', 'CAD'], ['新加坡元', 'SGD'], ['新元', 'SGD'],
  ['泰铢', 'THB'], ['林吉特', 'MYR'], ['奈拉', 'NGN'], ['兰特', 'ZAR'], ['雷亚尔', 'BRL'], ['里拉', 'TRY'],
  ['越南盾', 'VND'], ['印尼盾', 'IDR'], ['新西兰元', 'NZD'], ['纽元', 'NZD'], ['迪拉姆', 'AED'],
  // Not ISO 4217; BTC is the common code.
  ['比特币', 'BTC'], ['个比特币', 'BTC']
]

/** Currency written before the number (`￥300`, `US$20`, `人民币50元`). */
export const currencyPrefixes: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'],
  ['$', 'USD'], ['＄', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['￡', 'GBP'],
  ['RMB', 'CNY'], ['人民币', 'CNY'], ['美元', 'USD'], ['港币', 'HKD'], ['欧元', 'EUR']
]

const classifiers: Row[] = [
  ['个', '个'], ['家', '家', '庭长属人乡具电园用政务族'], ['项', '项', '目'], ['户', '户', '口外型籍主'], ['人', '人', '民工才员们口气类生格均次'],
  ['名', '名', '单称义字额牌'], ['位', '位', '于置列居次'], ['件', '件'], ['条', '条', '例件款约'], ['座', '座', '谈位'],
  ['台', '台', '湾阶风账上'], ['辆', '辆'], ['架', '架', '构'], ['艘', '艘'], ['只', '只', '是要有能'], ['头', '头', '条版部等号'],
  ['匹', '匹', '配'], ['棵', '棵'], ['株', '株'], ['所', '所', '以有在得属谓长'], ['间', '间', '隔接断'], ['套', '套', '餐路'],
  ['栋', '栋'], ['幢', '幢'], ['层', '层', '次面级'], ['处', '处', '理长置罚于在'], ['场', '场', '所景面地馆外内上次'],
  ['次', '次', '日年月序要'], ['批', '批', '准复评示次'], ['类', '类', '似型别'], ['种', '种', '植子类养'], ['起', '起', '来步点诉草始'],
  ['例', '例', '如外行'], ['宗', '宗', '旨教'], ['份', '份', '额'], ['张', '张'], ['本', '本', '地级土身科届次期年月'],
  ['部', '部', '分署长委队署'], ['部门', '部门'], ['篇', '篇', '章'], ['首', '首', '都次先批席'], ['轮', '轮', '船'], ['支', '支', '持付出撑援'],
  ['组', '组', '织成建合'], ['对', '对', '于外接标话比照'], ['双', '双', '方边向创循'], ['片', '片', '区面'], ['片区', '片区'],
  ['块', '块', '钱'], ['颗', '颗'], ['枚', '枚'], ['笔', '笔'], ['款', '款', '项式'], ['盏', '盏'], ['根', '根', '据本源'],
  ['股', '股', '东份票权民价市本息指'], ['方面', '方面'], ['项目', '项目'], ['所学校', '所学校'], ['口岸', '口岸'], ['届', '届', '时满'], ['班', '班', '子级组'],
  ['村', '村', '民庄级'], ['镇', '镇', '区级'], ['乡', '乡', '镇村亲'], ['县', '县', '城级域区'], ['国', '国', '家内际外有企资'],
  ['城', '城', '市镇区乡'], ['省', '省', '份级委内外市长'], ['省份', '省份'], ['个省份', '省份'], ['市', '市', '场民区级委长政'],
  ['岁', '岁', '月'], ['周岁', '岁'], ['道', '道', '路理德'], ['趟', '趟'], ['列', '列', '车入为'], ['桩', '桩'], ['口井', '口井'],
  // Measure words of wells, reservoirs, spans, fish, birds, doses, orders and sets
  // (`机井86眼`, `水窖12口`, `鱼苗10万尾`, `疫苗3万剂`, `订单1.2万单`, `设备120台套`).
  ['眼', '眼', '睛光前中里下界看神泪镜球熟红尖力色'], ['口', '口', '岸径罩号语头味感述碑腔服红气令吻音角袋粮罐'],
  ['孔', '孔', '子雀径隙洞'], ['尾', '尾', '声巴款号气数盘部'], ['羽', '羽', '毛绒球翼'], ['剂', '剂', '量型'], ['剂次', '剂次'],
  ['单', '单', '位价元独身项品据列次个人机一纯调'], ['台套', '台套'], ['幅', '幅', '度员面'],
  // Counts of visits and trips.
  ['人次', '人次'], ['家次', '家次'], ['户次', '户次'], ['辆次', '辆次'], ['架次', '架次'], ['班次', '班次'], ['车次', '车次'],
  ['艘次', '艘次'], ['台次', '台次'], ['批次', '批次'], ['场次', '场次'], ['余人次', '人次'], ['航次', '航次'], ['船次', '船次'],
  ['件次', '件次'], ['项次', '项次'], ['旅次', '旅次'],
  // Measures.
  ['平方公里', '平方公里'], ['平方千米', '平方千米'], ['平方米', '平方米'], ['平米', '平方米'], ['立方米', '立方米'],
  ['公顷', '公顷'], ['亩', '亩'], ['公里', '公里'], ['千米', '千米'], ['米', '米', '饭粉面'], ['厘米', '厘米'], ['毫米', '毫米'],
  ['吨', '吨'], ['公吨', '公吨'], ['千克', '千克'], ['公斤', '公斤'], ['斤', '斤'], ['克', '克', '服隆制'], ['毫克', '毫克'], ['微克', '微克'], ['升', '升', '级高值温'], ['毫升', '毫升'],
  // Transport work: passengers or tonnes times kilometres (`8290586万人公里`), not people or tonnes.
  ['人公里', '人公里'], ['吨公里', '吨公里'], ['人次公里', '人公里'], ['千瓦时', '千瓦时'], ['度电', '千瓦时'], ['千伏安', '千伏安'], ['千瓦', '千瓦'], ['兆瓦', '兆瓦'], ['吉瓦', '吉瓦'], ['瓦', '瓦', '解'],
  ['标箱', '标箱'], ['标准箱', '标箱'], ['立方', '立方米'], ['床', '床', '位'], ['张床位', '张床位'], ['个床位', '张床位']
]

const times: Row[] = [
  ['年', 'year', '级纪轻龄代度会终薪货画味'], ['周年', 'year'], ['个年头', 'year'],
  ['个月', 'month'], ['月', 'month', '饼球光亮'], ['天', 'day', '然空津气下地'], ['日', 'day', '本报常益子均元'], ['个工作日', 'day'], ['工作日', 'day'],
  ['周', 'week', '年边末围到'], ['个星期', 'week'], ['星期', 'week'], ['小时', 'hour'], ['个小时', 'hour'], ['分钟', 'minute'],
  ['季度', 'quarter'], ['个季度', 'quarter']
]

function build(rows: Row[], kind: UnitKind): Unit[] {
  return rows.map(([text, unit, notBefore]) => (notBefore ? {text, kind, unit, notBefore} : {text, kind, unit}))
}

export const units: readonly Unit[] = [...build(currencies, 'currency'), ...build(classifiers, 'count'), ...build(times, 'time')]

/** By first character, longest first. */
const byFirst = new Map<string, Unit[]>()
for (const unit of units) {
  let list = byFirst.get(unit.text[0]!)
  if (!list) byFirst.set(unit.text[0]!, (list = []))
  list.push(unit)
}
for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length)

/** The longest unit written at `at`, unless the next character makes it part of another word. */
export function matchUnit(text: string, at: number, kinds?: ReadonlySet<UnitKind>): Unit | null {
  const list = byFirst.get(text[at]!)
  if (!list) return null
  for (const unit of list) {
    if (kinds && !kinds.has(unit.kind)) continue
    if (!text.startsWith(unit.text, at)) continue
    const next = text[at + unit.text.length]
    if (unit.notBefore && next !== undefined && unit.notBefore.includes(next)) continue
    return unit
  }
  return null
}

/** The currency prefix ending exactly at `end` (`￥` in `￥300`), with where it starts. */
export function currencyBefore(text: string, end: number): {code: string; start: number} | null {
  let at = end
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--
  for (const [symbol, code] of currencyPrefixes) {
    const start = at - symbol.length
    if (start >= 0 && text.startsWith(symbol, start)) return {code, start}
  }
  return null
}
