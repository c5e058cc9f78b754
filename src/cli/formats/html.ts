/** `report`: one self-contained HTML file of every article, with the conflicts across them. */
import {crossCheck} from '../../check/index.js'
import type {OutputRecord} from '../../types.js'
import {showControls} from '../../util/controls.js'
import type {OutputFormat} from './types.js'

export const html: OutputFormat = {
  command: 'report',
  name: 'html',
  create({parsed, out, err}) {
    const records: Array<{record: OutputRecord; source: string}> = []
    return {
      async write(result) {
        records.push(result)
      },
      async end() {
        const {renderHtmlReport} = await import('../../report/html.js')
        const articles = records.flatMap(({record}) => (record.type === 'article' ? [record] : []))
        for (const conflict of crossCheck(articles)) records.push({record: conflict, source: ''})
        await out!.write(renderHtmlReport(records))
        if (!parsed.quiet) await err.write(`newsfacts: wrote ${showControls(parsed.output ?? '')}\n`)
        return 0
      }
    }
  }
}
