/**
 * The report's stylesheet, inlined into the page. Kind colors are light tints
 * under dark text (contrast above 7:1) with a darker rule of the same hue; each
 * highlight also carries a text tag, so no kind is told by color alone.
 */

export interface KindStyle {
  /** Short tag shown on every highlight. */
  tag: string
  /** Tint behind the fact's text. */
  tint: string
  /** Rule under the fact, bar in the chart, tag text. */
  ink: string
}

export const kindStyles: Record<string, KindStyle> = {
  amount: {tag: 'amt', tint: '#fde68a', ink: '#8a3c0c'},
  count: {tag: 'cnt', tint: '#bfdbfe', ink: '#1e40af'},
  percent: {tag: 'pct', tint: '#bbf7d0', ink: '#166534'},
  change: {tag: 'chg', tint: '#fbcfe8', ink: '#9d174d'},
  rank: {tag: 'rank', tint: '#ddd6fe', ink: '#5b21b6'},
  ordinal: {tag: 'ord', tint: '#e5e7eb', ink: '#374151'},
  date: {tag: 'date', tint: '#a5f3fc', ink: '#155e75'},
  duration: {tag: 'dur', tint: '#fed7aa', ink: '#9a3412'},
  ratio: {tag: 'ratio', tint: '#c7d2fe', ink: '#3730a3'}
}

/** Kinds a later schema may add still get a (neutral) style. */
export const otherKind: KindStyle = {tag: '?', tint: '#e7e5e4', ink: '#44403c'}

export function kindStyle(kind: string): KindStyle {
  return Object.hasOwn(kindStyles, kind) ? kindStyles[kind]! : otherKind
}

const kindRules = Object.entries(kindStyles)
  .map(([kind, style]) => `.k-${kind}{--tint:${style.tint};--ink:${style.ink}}`)
  .join('\n')

export const styles = `
:root{color-scheme:light;--bg:#fff;--fg:#1a1a1a;--muted:#555;--line:#d4d4d4;--panel:#f6f6f4;--bad:#b91c1c;--bad-bg:#fee2e2;--good:#166534;--good-bg:#dcfce7;--unknown:#57534e;--unknown-bg:#f5f5f4;--focus:#1d4ed8;--repair:#c2410c;--repair-bg:#ffedd5}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif}
a{color:#1d4ed8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.5rem;margin:.25rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
h4{font-size:1rem;margin:.75rem 0 .35rem}
.lede{color:var(--muted);margin:0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0}
.stats>div{border:1px solid var(--line);border-radius:.4rem;padding:.35rem .75rem;min-width:7.5rem}
.stats dt{font-size:.8rem;color:var(--muted)}
.stats dd{margin:0;font-size:1.35rem;font-weight:600}
.stats .bad dd{color:var(--bad)}
.overview-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem 2rem;align-items:start}
.chart{margin:0}
.chart svg{width:100%;max-width:30rem;height:auto;display:block}
.chart figcaption{font-weight:600;margin:1rem 0 .4rem}
.counts{list-style:none;padding:0;margin:0}
.counts li{display:flex;justify-content:space-between;gap:1rem;border-bottom:1px dotted var(--line);padding:.1rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;list-style:none;padding:0;margin:.25rem 0 .75rem;font-size:.9rem}
.problems li,.inconsistent-list li{margin:.25rem 0}
.conflict,.failure{border-left:4px solid var(--bad);background:var(--bad-bg);padding:.4rem .75rem;list-style:none;margin:.5rem 0;border-radius:0 .3rem .3rem 0}
.conflict ul{margin:.25rem 0;padding-left:1.2rem}
.plain{list-style:none;padding:0;margin:0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin:.5rem 0}
.filters input[type=search]{font:inherit;padding:.25rem .5rem;border:1px solid #767676;border-radius:.3rem;min-width:14rem;max-width:100%}
.filter-status{color:var(--muted);font-size:.9rem;margin:0}
details.article{border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0;content-visibility:auto;contain-intrinsic-size:auto 3.2rem}
details.article[open]{content-visibility:visible}
details.article.has-inconsistent{border-left:5px solid var(--bad)}
details.article>summary{cursor:pointer;padding:.5rem .75rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem}
details.article>summary h3{display:inline;font-size:1rem;margin:0;overflow-wrap:anywhere}
details.article>summary::marker{color:var(--muted)}
.summary-meta{color:var(--muted);font-size:.875rem}
.badge{display:inline-block;font-size:.8rem;font-weight:600;border-radius:1rem;padding:0 .55rem;border:1px solid currentColor}
.badge.bad{color:var(--bad);background:var(--bad-bg)}
.badge.good{color:var(--good);background:var(--good-bg)}
.badge.repair{color:var(--repair);background:var(--repair-bg)}
.article-body{padding:0 .75rem .75rem;border-top:1px solid var(--line)}
.article-meta{color:var(--muted);font-size:.9rem;margin:.5rem 0}
.view-controls{margin:.5rem 0}
.texts{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
.texts.show-original{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
.pane h4{margin-top:.25rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.1;font-size:1.02rem;margin:0}
.pane.original .text{background:var(--panel);padding:0 .4rem;border-radius:.3rem}
.fact{font:inherit;line-height:1.4;color:#111;background:var(--tint,#eee);border:0;border-bottom:2px solid var(--ink,#444);border-radius:.2rem;padding:0 .15rem;margin:0 .05rem;cursor:pointer}
.fact:hover{filter:brightness(.95)}
.fact.selected{outline:3px solid var(--ink,#444);outline-offset:1px}
.tag{display:inline-block;font-size:.62rem;font-weight:700;line-height:1.1;color:var(--ink,#444);background:#fff;border:1px solid var(--ink,#444);border-radius:.2rem;padding:0 .15rem;margin-left:.15rem;vertical-align:.35em;font-family:system-ui,sans-serif;text-transform:uppercase;letter-spacing:.02em}
.kind-name{display:inline-block;background:var(--tint);border-bottom:2px solid var(--ink);padding:0 .3rem;border-radius:.2rem}
.src-fact{background:var(--tint,#eee);border-bottom:2px solid var(--ink,#444)}
.src-fact.current{outline:3px solid var(--ink,#444)}
bdi,code,mark,.goto{unicode-bidi:isolate}
mark.repair{background:var(--repair-bg);color:inherit;text-decoration:line-through 2px var(--repair);border-bottom:2px dashed var(--repair)}
mark.repair.point::before{content:"\\2038";color:var(--repair);font-weight:700}
mark.repair.current{outline:3px solid var(--repair)}
.fact-details{position:sticky;bottom:0;z-index:1;background:#fffef7;border:2px solid #a16207;border-radius:.4rem;padding:.25rem .75rem .5rem;margin:.75rem 0;max-height:45vh;overflow:auto;box-shadow:0 -2px 8px rgba(0,0,0,.12)}
.fact-details[data-empty]{position:static;box-shadow:none;border:1px dashed var(--line);background:var(--panel)}
.fact-details .hint{margin:.35rem 0;color:var(--muted)}
.fact-details h4{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
.fact-details dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .9rem;margin:.25rem 0}
.fact-details dt{font-weight:600}
.fact-details dd{margin:0;overflow-wrap:anywhere}
.fact-details q{quotes:"\\201C" "\\201D";font-weight:600}
.fact-details .context mark{background:var(--tint);border-bottom:2px solid var(--ink)}
.close{float:right;font:inherit;font-size:.85rem;margin-top:.5rem}
.checks ol{list-style:none;padding:0;margin:0}
.check{border:1px solid var(--line);border-left:5px solid var(--unknown);border-radius:.3rem;padding:.4rem .75rem;margin:.4rem 0}
.check p{margin:.15rem 0}
.check.v-consistent{border-left-color:var(--good)}
.check.v-inconsistent{border-color:var(--bad);border-left-width:8px;background:var(--bad-bg)}
.check.uses-selected{box-shadow:0 0 0 3px #a16207}
.verdict{font-weight:700}
.v-consistent .verdict{color:var(--good)}
.v-inconsistent .verdict{color:var(--bad)}
.v-unverifiable .verdict{color:var(--unknown)}
.arith{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.fact-links{display:flex;flex-wrap:wrap;gap:.3rem .6rem}
.repairs ol,.messages ol{margin:.25rem 0;padding-left:1.5rem;max-height:20rem;overflow:auto}
.repairs li,.messages li{margin:.1rem 0}
.where{color:var(--muted);font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.2rem .4rem;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}
details.sub>summary{cursor:pointer;font-weight:600;margin:.75rem 0 .25rem}
footer{color:var(--muted);font-size:.85rem;padding-bottom:2rem}
${kindRules}
@media (min-width:48.01rem){
  .fact-details dl{grid-template-columns:max-content minmax(0,1fr) max-content minmax(0,1fr)}
  .fact-details dt.wide{grid-column:1}
  .fact-details dd.wide{grid-column:2 / -1}
}
@media (max-width:48rem){
  .overview-grid{grid-template-columns:minmax(0,1fr)}
  .texts.show-original{grid-template-columns:minmax(0,1fr)}
}
@media (max-width:30rem){
  body{font-size:15px}
  header,main,footer{padding:0 .5rem}
  .article-body{padding:0 .4rem .5rem}
  .stats>div{min-width:calc(50% - .25rem)}
}
`
