import {describe, expect, it} from 'vitest'
import {findDateline, normalizePublishedAt} from '../../src/metadata/index.js'

describe('findDateline', () => {
  it('takes the date on a line with a source or a time of day', () => {
    const text = '尧都区委副书记:全力冲刺开门红\n\n2023-02-20 08:58:54 来源:临汾新闻网\n\n从去年12月开始……'
    expect(findDateline(text)).toEqual({date: '2023-02-20', span: [17, 36]})
  })

  it('reads Chinese and English forms', () => {
    expect(findDateline('标题\n2024年3月5日 10:00 来源：新华社\n正文')?.date).toBe('2024-03-05')
    expect(findDateline('Port traffic rises\nPublished March 4, 2024\nBody')?.date).toBe('2024-03-04')
    expect(findDateline('Headline\n4 March 2024 | Source: Wire\nBody')?.date).toBe('2024-03-04')
  })

  it('ignores dates inside the story and impossible dates', () => {
    expect(findDateline('全市在2022年3月15日召开了部署会议,会议强调要扎实推进各项工作,确保全年目标任务顺利完成,各部门要加强协调配合。')).toBeNull()
    expect(findDateline('2023-02-30 08:00 来源:某网')).toBeNull()
  })
})

describe('normalizePublishedAt', () => {
  it('keeps the date of ISO and Chinese forms', () => {
    expect(normalizePublishedAt('2023-02-20T08:58:54+08:00')).toBe('2023-02-20')
    expect(normalizePublishedAt('2023/2/20')).toBe('2023-02-20')
    expect(normalizePublishedAt('2023年2月20日')).toBe('2023-02-20')
    expect(normalizePublishedAt('yesterday')).toBeNull()
  })
})
