/**
 * Words and fixed phrases whose numerals are not numbers: idioms (成语),
 * political slogans and policy names, and common words that start with a
 * numeral. Source: collected by hand from Chinese news usage, favouring
 * phrases where a numeral is followed by a classifier or time unit and would
 * otherwise read as a fact (`三番五次` -> 5 次, `千家万户` -> 1000 家,
 * `三天两头` -> 3 天). Add to it freely; order does not matter.
 */
const words = [
  // Common words.
  '一切', '壹切', '一看', '一般', '一样', '一些', '一起', '一直', '一定', '一致', '一同', '一旦', '一律', '一再', '一向',
  '一味', '一心', '一时', '一边', '一面', '一方面', '一体', '一线', '一流', '一揽子', '一系列', '一下子', '一把手',
  '统一', '唯一', '万一', '同一', '逐一', '不一', '第一时间', '一手', '一路', '一道', '一带', '一行',
  '四川', '三峡', '两两', '十足', '一打开', '前一年', '上一年度', '千瓦', '千克', '千米', '百米', '第一产业', '第二产业', '第三产业',
  '一产', '二产', '三产', '零组件', '零部件', '零件', '零售', '零星', '零食', '零碳', '新三样', '五金', '万物', '百姓', '百货', '千万别', '千万不要', '千万要', '万万不可',
  '三明治', '万事', '百度', '一汽', '二手', '三亚', '九州', '万达', '五粮液', '七夕', '九寨沟',
  // Idioms.
  '一清二楚', '三心二意', '一五一十', '三番五次', '三年五载', '千家万户', '百家争鸣', '三天两头', '一日千里',
  '十年磨一剑', '百年大计', '百年未有', '百年老店', '三座大山', '三天打鱼', '两天晒网', '五湖四海', '四面八方',
  '七上八下', '乱七八糟', '一举两得', '一石二鸟', '九牛一毛', '十全十美', '千千万万', '成千上万', '万无一失',
  '一帆风顺', '独一无二', '接二连三', '一心一意', '一模一样', '一分为二', '三令五申', '五花八门', '千差万别',
  '一视同仁', '一目了然', '一丝不苟', '一如既往', '一鼓作气', '一马当先', '一针见血', '一气呵成', '一脉相承',
  '一以贯之', '首屈一指', '数一数二', '一蹴而就', '一劳永逸', '一应俱全', '九九归一', '举一反三', '三七二十一',
  '朝三暮四', '丢三落四', '说三道四', '一波三折', '百花齐放', '百尺竿头', '千载难逢', '万众一心', '万紫千红',
  '一成不变', '一年四季', '四季如春', '千方百计', '千辛万苦', '千军万马', '万水千山', '千山万水', '一刀切',
  '一窝蜂', '一条龙', '一站式', '一盘棋', '一张蓝图', '一张网', '一次性', '九死一生', '三教九流', '一言九鼎',
  '三思而行', '三顾茅庐', '两全其美', '两袖清风', '一本正经', '百废待兴', '百里挑一', '万里长城', '一衣带水',
  // Slogans and policy names.
  '一带一路', '一国两制', '两学一做', '三严三实', '三个代表', '四个全面', '四个意识', '四个自信', '两个维护',
  '两个确立', '两个一百年', '两个百年', '第一个百年', '第二个百年', '两位数', '三位数', '个位数', '重要一年', '关键一年', '五个一工程', '八项规定', '五位一体', '六稳六保', '六稳', '六保', '三农', '两会',
  '两岸', '三大攻坚战', '两山', '五年规划', '五年计划', '十四五', '十三五', '十五五', '一网通办', '最多跑一次',
  '两新一重', '三去一降一补', '放管服', '两个毫不动摇', '四风', '三公经费', '双一流', '两高', '一府两院'
]

/** For each character of each phrase: the phrases containing it and where. */
const byCharacter = new Map<string, Array<{word: string; offset: number}>>()
for (const word of words) {
  for (let offset = 0; offset < word.length; offset++) {
    const ch = word[offset]!
    let list = byCharacter.get(ch)
    if (!list) byCharacter.set(ch, (list = []))
    list.push({word, offset})
  }
}

/**
 * End of the fixed phrase that covers `text[at]`, or -1 when none does.
 * The longest covering phrase wins.
 */
export function isFixedPhrase(text: string, at: number): number {
  const list = byCharacter.get(text[at]!)
  if (!list) return -1
  let end = -1
  for (const {word, offset} of list) {
    const start = at - offset
    if (start >= 0 && text.startsWith(word, start)) end = Math.max(end, start + word.length)
  }
  return end
}

/** The phrases themselves, for tests and for library users who want to extend the check. */
export const fixedPhrases: readonly string[] = words
