import {kindStyles} from './style.js'

/**
 * The report's only script, inlined and allowed by its hash. Plain ES2020 in
 * a string: it runs in the browser, not in Node, and a function's
 * `toString()` would carry whatever a bundler injected. It builds DOM nodes
 * with `textContent` only, never `innerHTML`, so article text cannot inject
 * markup. An article is rendered the first time its `<details>` opens; its
 * original text only when the reader asks to see it.
 */
const tags = Object.fromEntries(Object.entries(kindStyles).map(([kind, style]) => [kind, style.tag]))

export const clientScript =
  `var KIND_TAGS = ${JSON.stringify(tags)};\n` +
  String.raw`
(function () {
  'use strict';
  var doc = document;
  var states = new Map();
  var APPROX = {exact: 'exact', about: 'about (~)', more_than: 'more than (>)', less_than: 'less than (<)', at_least: 'at least (≥)', at_most: 'at most (≤)'};
  var VERDICT = {consistent: '✓ Consistent', inconsistent: '✗ Inconsistent', unverifiable: '? Unverifiable'};

  function el(tag, attrs, children) {
    var node = doc.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === undefined || value === null || value === false) return;
        if (key === 'text') node.textContent = String(value);
        else if (key === 'class') node.className = value;
        else node.setAttribute(key, value === true ? '' : String(value));
      });
    }
    if (children) append(node, children);
    return node;
  }

  function append(node, children) {
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
    });
    return node;
  }

  function kindClass(kind) {
    return Object.prototype.hasOwnProperty.call(KIND_TAGS, kind) ? 'k-' + kind : 'k-other';
  }

  function kindTag(kind) {
    return Object.prototype.hasOwnProperty.call(KIND_TAGS, kind) ? KIND_TAGS[kind] : '?';
  }

  function plural(count, word) {
    return count + ' ' + word + (count === 1 ? '' : 's');
  }

  function formatNumber(value) {
    var text = String(value);
    if (typeof value === 'number' && Math.abs(value) >= 10000) text += ' (' + value.toLocaleString('en-US') + ')';
    return text;
  }

  function formatValue(value) {
    if (Array.isArray(value)) return formatNumber(value[0]) + ' – ' + formatNumber(value[1]);
    return formatNumber(value);
  }

  function validSpan(span, length) {
    return Array.isArray(span) && typeof span[0] === 'number' && typeof span[1] === 'number' &&
      span[0] >= 0 && span[1] >= span[0] && span[1] <= length;
  }

  function isRepair(message) {
    return message.source === 'repair' || message.source === 'decode';
  }

  /** Line and column (from 1) of an offset in the source. */
  function lineColumn(state, offset) {
    var starts = lineStarts(state);
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid; else high = mid - 1;
    }
    return {line: low + 1, column: offset - starts[low] + 1};
  }

  function lineStarts(state) {
    if (state.lineStarts) return state.lineStarts;
    var starts = [0];
    var source = state.source;
    for (var i = 0; i < source.length; i++) {
      var code = source.charCodeAt(i);
      if (code === 10 || (code === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    state.lineStarts = starts;
    return starts;
  }

  /** Offset of a message point; older records may lack it (-1), so fall back to line and column. */
  function offsetOf(state, point) {
    if (!point) return -1;
    if (typeof point.offset === 'number' && point.offset >= 0) return Math.min(point.offset, state.source.length);
    var starts = lineStarts(state);
    var start = starts[point.line - 1];
    if (start === undefined) return -1;
    return Math.min(start + point.column - 1, state.source.length);
  }

  function articleOf(node) {
    var details = node.closest('details.article');
    return details ? render(details) : null;
  }

  function render(details) {
    var index = Number(details.getAttribute('data-index'));
    var state = states.get(index);
    if (state) return state;
    var body = details.querySelector('.article-body');
    var data = details.querySelector('script.nf-entry');
    var entry = JSON.parse(data.textContent);
    state = {
      index: index,
      prefix: 'a' + index,
      details: details,
      record: entry.record,
      source: entry.source || '',
      labels: entry.labels || [],
      facts: new Map(),
      buttons: new Map(),
      sourceMarks: new Map(),
      repairMarks: [],
      checkItems: [],
      repairs: [],
      selected: null
    };
    states.set(index, state);
    entry.record.facts.forEach(function (fact, i) {
      state.facts.set(fact.id, {fact: fact, label: state.labels[i] || fact.text});
    });
    state.repairs = entry.record.messages.filter(function (message) {
      return isRepair(message);
    });
    body.textContent = '';
    body.removeAttribute('data-pending');
    try {
      build(state, body);
    } catch (error) {
      append(body, [el('p', {role: 'alert', text: 'This article could not be shown: ' + error.message})]);
      throw error;
    }
    return state;
  }

  function build(state, body) {
    var record = state.record;
    var prefix = state.prefix;
    var meta = ['Language ' + record.lang + ' (script ' + record.script + ')'];
    if (record.publishedAt) meta.push('published ' + record.publishedAt);
    if (record.title) meta.push('title “' + record.title + '”');
    append(body, [el('p', {class: 'article-meta', text: meta.join(' · ')})]);

    var toggle = el('input', {type: 'checkbox', class: 'toggle-original', id: prefix + '-toggle', 'aria-controls': prefix + '-original'});
    append(body, [el('p', {class: 'view-controls'}, [
      toggle,
      ' ',
      el('label', {for: prefix + '-toggle', text: 'Show the original text beside the normalized text' + (state.repairs.length ? ' (repairs marked)' : '')})
    ])]);

    var normalizedLang = /^zh/.test(record.lang) ? 'zh-Hans' : (record.lang !== 'und' ? record.lang : null);
    var normalized = el('div', {class: 'text', lang: normalizedLang});
    state.panelId = prefix + '-details';
    fillNormalized(state, normalized);
    state.texts = el('div', {class: 'texts'}, [
      el('section', {class: 'pane normalized', 'aria-labelledby': prefix + '-normalized-title'}, [
        el('h4', {id: prefix + '-normalized-title', text: 'Normalized text'}),
        normalized
      ]),
      state.originalPane = el('section', {class: 'pane original', id: prefix + '-original', 'aria-labelledby': prefix + '-original-title', hidden: true}, [
        el('h4', {id: prefix + '-original-title', text: 'Original text, as received'}),
        state.originalText = el('div', {class: 'text', tabindex: '0', lang: record.lang !== 'und' ? record.lang : null, 'aria-label': 'Original text'})
      ])
    ]);
    append(body, [state.texts]);

    state.panel = el('div', {class: 'fact-details', id: state.panelId, role: 'region', 'aria-live': 'polite', 'aria-label': 'Fact details', 'data-empty': true});
    clearPanel(state);
    append(body, [state.panel]);

    append(body, [buildChecks(state)]);
    if (state.repairs.length > 0) append(body, [buildRepairs(state)]);
    var others = record.messages.filter(function (message) { return !isRepair(message); });
    if (others.length > 0) append(body, [buildMessages(state, others)]);
    if (record.facts.length > 0) append(body, [buildFactTable(state)]);
  }

  function fillNormalized(state, container) {
    var text = state.record.text;
    var facts = state.record.facts.slice().sort(function (a, b) {
      return (a.span ? a.span[0] : 0) - (b.span ? b.span[0] : 0);
    });
    var cursor = 0;
    state.unplaced = [];
    facts.forEach(function (fact) {
      if (!validSpan(fact.span, text.length) || fact.span[0] < cursor || fact.span[1] === fact.span[0]) {
        state.unplaced.push(fact.id);
        return;
      }
      if (fact.span[0] > cursor) container.appendChild(doc.createTextNode(text.slice(cursor, fact.span[0])));
      var shown = text.slice(fact.span[0], fact.span[1]);
      var button = el('button', {
        type: 'button',
        class: 'fact ' + kindClass(fact.kind),
        id: state.prefix + '-' + fact.id,
        'data-fact': fact.id,
        'aria-controls': state.panelId,
        'aria-expanded': 'false',
        'aria-label': shown + ', ' + fact.kind + ' fact'
      }, [shown, el('span', {class: 'tag', 'aria-hidden': 'true', text: kindTag(fact.kind)})]);
      state.buttons.set(fact.id, button);
      container.appendChild(button);
      cursor = fact.span[1];
    });
    if (cursor < text.length) container.appendChild(doc.createTextNode(text.slice(cursor)));
  }

  /** The original text with each fact's source span and each repair marked; ranges may overlap. */
  function fillOriginal(state) {
    var source = state.source;
    var container = state.originalText;
    var items = [];
    state.record.facts.forEach(function (fact) {
      if (validSpan(fact.sourceSpan, source.length) && fact.sourceSpan[1] > fact.sourceSpan[0]) {
        items.push({start: fact.sourceSpan[0], end: fact.sourceSpan[1], fact: fact});
      }
    });
    state.repairs.forEach(function (message, n) {
      var spans = repairSpans(state, message);
      spans.forEach(function (span, k) {
        items.push({start: span[0], end: span[1], repair: message, n: n, k: k, count: spans.length});
      });
    });
    var bounds = [0, source.length];
    items.forEach(function (item) { bounds.push(item.start, item.end); });
    bounds = Array.from(new Set(bounds)).sort(function (a, b) { return a - b; });
    var byStart = new Map();
    items.forEach(function (item) {
      if (!byStart.has(item.start)) byStart.set(item.start, []);
      byStart.get(item.start).push(item);
    });
    var active = [];
    for (var b = 0; b < bounds.length; b++) {
      var at = bounds[b];
      active = active.filter(function (item) { return item.end > at; });
      (byStart.get(at) || []).forEach(function (item) {
        if (item.end === item.start) container.appendChild(repairMark(state, [item], true));
        else active.push(item);
      });
      var next = bounds[b + 1];
      if (next === undefined || next <= at) continue;
      var piece = source.slice(at, next);
      if (active.length === 0) {
        container.appendChild(doc.createTextNode(piece));
        continue;
      }
      var repairs = active.filter(function (item) { return item.repair; });
      var facts = active.filter(function (item) { return item.fact; });
      var node = repairs.length > 0 ? repairMark(state, repairs, false) : el('span', {class: 'src-fact'});
      if (facts.length > 0) {
        node.classList.add('src-fact', kindClass(facts[0].fact.kind));
        facts.forEach(function (item) {
          var list = state.sourceMarks.get(item.fact.id) || [];
          list.push(node);
          state.sourceMarks.set(item.fact.id, list);
        });
      }
      node.appendChild(doc.createTextNode(piece));
      container.appendChild(node);
    }
    state.originalRendered = true;
  }

  /**
   * Every place of a repair message in the source: its sourceSpans (one per
   * change), else its place (older records, decode messages), else none.
   */
  function repairSpans(state, message) {
    var length = state.source.length;
    if (Array.isArray(message.sourceSpans)) {
      return message.sourceSpans.filter(function (span) { return validSpan(span, length); });
    }
    if (!message.place) return [];
    var start = offsetOf(state, message.place.start);
    var end = offsetOf(state, message.place.end);
    if (start < 0) return [];
    return [[start, Math.max(start, end)]];
  }

  /** What a mark says beyond its colour: the rule, which of its places this is, and the reason. */
  function describeRepair(item) {
    var rule = item.repair.ruleId || item.repair.source;
    var which = item.count > 1 ? ' (' + (item.k + 1) + ' of ' + item.count + ')' : '';
    return 'Repair ' + rule + which + ': ' + item.repair.reason;
  }

  function repairMark(state, items, point) {
    var node = el('mark', {class: 'repair' + (point ? ' point' : ''), title: items.map(describeRepair).join('; ')});
    if (point) node.setAttribute('aria-label', node.title);
    items.forEach(function (item) {
      if (!state.repairMarks[item.n]) {
        state.repairMarks[item.n] = node;
        node.id = state.prefix + '-r' + item.n;
        node.tabIndex = -1;
      }
    });
    return node;
  }

  function buildChecks(state) {
    var record = state.record;
    var prefix = state.prefix;
    var section = el('section', {class: 'checks', 'aria-labelledby': prefix + '-checks-title'}, [
      el('h4', {id: prefix + '-checks-title', text: 'Checks (' + record.checks.length + ')'})
    ]);
    if (record.checks.length === 0) {
      append(section, [el('p', {text: 'No check applied to these facts.'})]);
      return section;
    }
    var list = el('ol');
    record.checks.forEach(function (check, n) {
      var verdict = VERDICT[check.verdict] || check.verdict;
      var links = el('p', {class: 'fact-links'}, [el('span', {text: 'Facts used:'})]);
      check.facts.forEach(function (id) {
        var entry = state.facts.get(id);
        links.appendChild(el('a', {
          href: '#' + prefix + '-' + id,
          class: 'fact-link',
          'data-fact': id,
          text: id + ' ' + (entry ? entry.fact.text : '(missing)')
        }));
      });
      var lines = [
        el('p', null, [el('span', {class: 'verdict', text: verdict}), ' ', el('code', {text: check.rule})]),
        el('p', {class: 'arith', text: check.message})
      ];
      if (check.expected !== undefined || check.actual !== undefined) {
        var parts = [];
        if (check.expected !== undefined) parts.push('expected ' + check.expected);
        if (check.actual !== undefined) parts.push('stated ' + check.actual);
        lines.push(el('p', {text: parts.join(', ')}));
      }
      lines.push(links);
      var item = el('li', {class: 'check v-' + check.verdict, id: prefix + '-c' + (n + 1), tabindex: '-1'}, lines);
      state.checkItems.push({check: check, item: item});
      list.appendChild(item);
    });
    append(section, [list]);
    return section;
  }

  function buildRepairs(state) {
    var prefix = state.prefix;
    var list = el('ol');
    state.repairs.forEach(function (message, n) {
      var where = message.place ? message.place.start.line + ':' + message.place.start.column : 'whole text';
      var children = [el('span', {class: 'where', text: where}), ' ', message.reason];
      if (message.ruleId) children.push(' ', el('code', {text: message.ruleId}));
      var places = repairSpans(state, message).length;
      if (places > 1) children.push(' ', el('span', {class: 'where', text: '· ' + plural(places, 'place') + ' marked'}));
      if (message.place) {
        children.push(' ', el('a', {href: '#' + prefix + '-r' + n, class: 'repair-link', 'data-repair': String(n), text: 'show'}));
      }
      list.appendChild(el('li', null, children));
    });
    return el('details', {class: 'sub repairs'}, [
      el('summary', {text: 'Repairs (' + state.repairs.length + '), placed in the original text'}),
      list
    ]);
  }

  function buildMessages(state, messages) {
    var list = el('ol');
    messages.forEach(function (message) {
      var where = message.place ? message.place.start.line + ':' + message.place.start.column : '';
      var severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
      list.appendChild(el('li', null, [
        el('span', {class: 'where', text: (where ? where + ' ' : '') + severity}), ' ', message.reason,
        message.ruleId ? ' ' : null, message.ruleId ? el('code', {text: message.ruleId}) : null,
        message.source ? el('span', {class: 'where', text: ' · ' + message.source}) : null
      ]));
    });
    return el('details', {class: 'sub messages'}, [el('summary', {text: 'Other messages (' + messages.length + ')'}), list]);
  }

  function buildFactTable(state) {
    var prefix = state.prefix;
    var head = el('tr', null, ['Id', 'Kind', 'Text', 'Value', 'Unit', 'Approx', 'Subject', 'Original'].map(function (name) {
      return el('th', {scope: 'col', text: name});
    }));
    var rows = state.record.facts.map(function (fact) {
      var original = validSpan(fact.sourceSpan, state.source.length) ? state.source.slice(fact.sourceSpan[0], fact.sourceSpan[1]) : '';
      var placed = state.buttons.has(fact.id);
      return el('tr', null, [
        el('td', null, [placed ? el('a', {href: '#' + prefix + '-' + fact.id, class: 'fact-link', 'data-fact': fact.id, text: fact.id}) : fact.id + ' (not placed)']),
        el('td', null, [el('span', {class: 'kind-name ' + kindClass(fact.kind), text: fact.kind})]),
        el('td', {text: fact.text}),
        el('td', {text: formatValue(fact.value)}),
        el('td', {text: fact.unit === null ? '' : fact.unit}),
        el('td', {text: fact.approx}),
        el('td', {text: fact.subject === null ? '' : fact.subject}),
        el('td', {text: original})
      ]);
    });
    return el('details', {class: 'sub'}, [
      el('summary', {text: 'All facts (' + state.record.facts.length + ')'}),
      el('div', {class: 'table-wrap'}, [el('table', null, [
        el('caption', {class: 'visually-hidden', text: 'Facts of ' + state.record.id}),
        el('thead', null, [head]),
        el('tbody', null, rows)
      ])])
    ]);
  }

  function clearPanel(state) {
    if (state.selected) deselect(state);
    state.panel.textContent = '';
    state.panel.setAttribute('data-empty', '');
    append(state.panel, [el('p', {class: 'hint', text: state.record.facts.length > 0
      ? 'Select a highlighted fact to see its kind, value, unit, subject and the original text it came from.'
      : 'No facts were found in this article.'})]);
  }

  function deselect(state) {
    var previous = state.selected;
    state.selected = null;
    var button = state.buttons.get(previous);
    if (button) {
      button.classList.remove('selected');
      button.setAttribute('aria-expanded', 'false');
    }
    (state.sourceMarks.get(previous) || []).forEach(function (node) { node.classList.remove('current'); });
    state.checkItems.forEach(function (entry) { entry.item.classList.remove('uses-selected'); });
  }

  function selectFact(state, id, options) {
    var entry = state.facts.get(id);
    if (!entry) return;
    var fact = entry.fact;
    if (state.selected) deselect(state);
    state.selected = id;
    var button = state.buttons.get(id);
    if (button) {
      button.classList.add('selected');
      button.setAttribute('aria-expanded', 'true');
      if (options && options.focus) {
        button.focus({preventScroll: true});
        button.scrollIntoView({block: 'center'});
      }
    }
    var using = [];
    state.checkItems.forEach(function (item, n) {
      if (item.check.facts.indexOf(id) >= 0) {
        item.item.classList.add('uses-selected');
        using.push({item: item, n: n + 1});
      }
    });
    showSourceMark(state, id);
    fillPanel(state, fact, entry.label, using);
  }

  function fillPanel(state, fact, label, using) {
    var panel = state.panel;
    var source = state.source;
    panel.textContent = '';
    panel.removeAttribute('data-empty');
    var rows = [];
    function row(term, value, wide) {
      if (value === null || value === undefined || value === '') return;
      rows.push(el('dt', {class: wide ? 'wide' : null, text: term}), el('dd', {class: wide ? 'wide' : null}, [value]));
    }
    row('Kind', el('span', {class: 'kind-name ' + kindClass(fact.kind), text: fact.kind + ' [' + kindTag(fact.kind) + ']'}));
    row('Value', formatValue(fact.value));
    row('Unit', fact.unit === null ? 'none stated' : fact.unit);
    row('Approx', APPROX[fact.approx] || fact.approx);
    row('Subject', fact.subject === null ? 'not found' : fact.subject);
    if (fact.direction) row('Direction', fact.direction);
    if (fact.group !== undefined) row('Group size', String(fact.group));
    if (fact.scope) row('Scope', fact.scope);
    if (fact.relative) row('Relative date', fact.relative + (fact.resolved === false ? ' (unresolved: no publication date)' : ''));
    row('Normalized text', '“' + fact.text + '”' + (Array.isArray(fact.span) ? ' at ' + fact.span[0] + '–' + fact.span[1] : '') +
      (state.buttons.has(fact.id) ? '' : ' (not highlighted: its span is missing or overlaps another fact)'), true);
    if (validSpan(fact.sourceSpan, source.length)) {
      var start = fact.sourceSpan[0];
      var end = fact.sourceSpan[1];
      var where = lineColumn(state, start);
      row('Original text', el('span', {class: 'original-text'}, [
        el('q', {lang: state.record.lang !== 'und' ? state.record.lang : null, text: source.slice(start, end)}),
        ' at line ' + where.line + ', column ' + where.column + ' (offsets ' + start + '–' + end + ')'
      ]), true);
      var before = source.slice(Math.max(0, start - 24), start).replace(/\s+/g, ' ');
      var after = source.slice(end, end + 24).replace(/\s+/g, ' ');
      row('In context', el('span', {class: 'context ' + kindClass(fact.kind), lang: state.record.lang !== 'und' ? state.record.lang : null}, [
        '…' + before, el('mark', {text: source.slice(start, end)}), after + '…'
      ]), true);
    } else {
      row('Original text', 'not available (source span ' + JSON.stringify(fact.sourceSpan) + ')', true);
    }
    if (fact.sentence && validSpan(fact.sentence, state.record.text.length)) {
      row('Sentence', state.record.text.slice(fact.sentence[0], fact.sentence[1]), true);
    }
    if (using.length > 0) {
      var links = el('span', {class: 'fact-links'});
      using.forEach(function (entry) {
        links.appendChild(el('a', {
          href: '#' + state.prefix + '-c' + entry.n,
          class: 'check-link',
          text: entry.item.check.rule + ' (' + entry.item.check.verdict + ')'
        }));
      });
      row('Used by checks', links, true);
    }
    append(panel, [
      el('button', {type: 'button', class: 'close', text: 'Close details'}),
      el('h4', null, [
        el('span', {text: 'Fact ' + fact.id}),
        el('span', {class: 'kind-name ' + kindClass(fact.kind), text: fact.kind}),
        el('span', {text: fact.text})
      ]),
      el('p', {class: 'describe', text: label}),
      el('dl', null, rows)
    ]);
  }

  function showSourceMark(state, id) {
    if (!state.originalRendered || state.originalPane.hidden) return;
    (state.sourceMarks.get(id) || []).forEach(function (node) { node.classList.add('current'); });
  }

  function setOriginal(state, show) {
    var toggle = doc.getElementById(state.prefix + '-toggle');
    if (toggle) toggle.checked = show;
    if (show && !state.originalRendered) fillOriginal(state);
    state.originalPane.hidden = !show;
    state.texts.classList.toggle('show-original', show);
    if (show && state.selected) showSourceMark(state, state.selected);
  }

  function showRepair(state, n) {
    setOriginal(state, true);
    state.repairMarks.forEach(function (node) { if (node) node.classList.remove('current'); });
    var node = state.repairMarks[n];
    if (!node) return;
    node.classList.add('current');
    node.focus({preventScroll: true});
    node.scrollIntoView({block: 'center'});
  }

  /** Open an article (rendering it), then show a fact of it or its summary. */
  function navigate(index, target) {
    var details = doc.getElementById('a' + index);
    if (!details) return;
    details.hidden = false;
    details.open = true;
    var state = render(details);
    if (target && state.facts.has(target)) {
      selectFact(state, target, {focus: true});
    } else {
      var summary = details.querySelector('summary');
      summary.focus({preventScroll: true});
      details.scrollIntoView({block: 'start'});
    }
  }

  function fromHash() {
    var match = /^#a(\d+)(?:-(.+))?$/.exec(decodeURIComponent(location.hash));
    if (!match) return;
    var index = Number(match[1]);
    var rest = match[2];
    var details = doc.getElementById('a' + index);
    if (!details) return;
    if (rest && /^c\d+$/.test(rest)) {
      navigate(index);
      var check = doc.getElementById('a' + index + '-' + rest);
      if (check) { check.focus({preventScroll: true}); check.scrollIntoView({block: 'center'}); }
    } else if (rest && /^r\d+$/.test(rest)) {
      navigate(index);
      showRepair(render(details), Number(rest.slice(1)));
    } else {
      navigate(index, rest);
    }
  }

  doc.addEventListener('toggle', function (event) {
    var target = event.target;
    if (target instanceof HTMLDetailsElement && target.classList.contains('article') && target.open) render(target);
  }, true);

  doc.addEventListener('change', function (event) {
    var target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.classList.contains('toggle-original')) return;
    var state = articleOf(target);
    if (state) setOriginal(state, target.checked);
  });

  doc.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var fact = target.closest('button.fact');
    if (fact) {
      var state = articleOf(fact);
      if (state) selectFact(state, fact.getAttribute('data-fact'), {focus: false});
      return;
    }
    var link = target.closest('a.fact-link');
    if (link) {
      event.preventDefault();
      var owner = articleOf(link);
      if (owner) selectFact(owner, link.getAttribute('data-fact'), {focus: true});
      return;
    }
    var checkLink = target.closest('a.check-link');
    if (checkLink) {
      event.preventDefault();
      var item = doc.getElementById(checkLink.getAttribute('href').slice(1));
      if (item) { item.focus({preventScroll: true}); item.scrollIntoView({block: 'nearest'}); }
      return;
    }
    var repair = target.closest('a.repair-link');
    if (repair) {
      event.preventDefault();
      var article = articleOf(repair);
      if (article) showRepair(article, Number(repair.getAttribute('data-repair')));
      return;
    }
    var goto = target.closest('a.goto');
    if (goto) {
      event.preventDefault();
      navigate(Number(goto.getAttribute('data-article')), goto.getAttribute('data-fact'));
      if (history.replaceState) history.replaceState(null, '', goto.getAttribute('href'));
      return;
    }
    var close = target.closest('button.close');
    if (close) {
      var panelOwner = articleOf(close);
      if (panelOwner) {
        var selected = panelOwner.selected && panelOwner.buttons.get(panelOwner.selected);
        clearPanel(panelOwner);
        if (selected) selected.focus();
      }
    }
  });

  var articles = Array.prototype.slice.call(doc.querySelectorAll('details.article'));
  var filter = doc.getElementById('filter');
  var only = doc.getElementById('only-inconsistent');
  var status = doc.getElementById('filter-status');
  var timer = 0;

  function applyFilter() {
    var query = filter.value.trim().toLowerCase();
    var shown = 0;
    articles.forEach(function (details) {
      var text = (details.getAttribute('data-id') + '\n' + details.getAttribute('data-title')).toLowerCase();
      var visible = (!query || text.indexOf(query) >= 0) && (!only.checked || details.classList.contains('has-inconsistent'));
      details.hidden = !visible;
      if (visible) shown++;
    });
    status.textContent = shown === articles.length ? plural(articles.length, 'article') : 'Showing ' + shown + ' of ' + plural(articles.length, 'article');
  }

  if (filter && only && status) {
    filter.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(applyFilter, 120);
    });
    only.addEventListener('change', applyFilter);
  }

  window.addEventListener('hashchange', fromHash);
  articles.forEach(function (details) { if (details.open) render(details); });
  if (location.hash) fromHash();
})();
`
