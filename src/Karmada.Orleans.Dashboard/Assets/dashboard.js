// Karmada.Orleans dashboard: polls the silo's JSON endpoints with the bearer token the user entered
// (kept in sessionStorage for this tab) and renders everything with DOM text nodes, never HTML strings.
'use strict';

(() => {
  const TOKEN_KEY = 'karmada-dashboard-token';
  const PERIOD = { runtime: 1000, karmada: 2000 };
  const $ = (selector) => document.querySelector(selector);
  let token = sessionStorage.getItem(TOKEN_KEY);
  let view = location.hash === '#karmada' ? 'karmada' : 'runtime';
  const timers = {};
  const sorting = {};
  const last = {};

  class AuthError extends Error {}

  // ---- formatting ----
  const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  const num = (v) => v == null ? '–' : Math.abs(v) >= 1e6 ? nf.format(v / 1e6) + 'M' : Math.abs(v) >= 1e4 ? nf.format(v / 1e3) + 'k' : nf.format(v);
  const rate = (v) => v == null ? '–' : v === 0 ? '0' : v < 0.1 ? '<0.1' : num(v);
  const ms = (v) => v == null ? '–' : v < 1 ? v.toFixed(2) + ' ms' : v < 100 ? v.toFixed(1) + ' ms' : v < 10000 ? Math.round(v) + ' ms' : (v / 1000).toFixed(1) + ' s';
  const bytes = (v) => {
    if (v == null) return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
    return (v >= 100 || i === 0 ? Math.round(v) : +v.toFixed(1)) + ' ' + units[i];
  };
  const cores = (v) => v == null ? '–' : (v >= 10 ? Math.round(v) : +v.toFixed(2)) + '';
  const duration = (seconds) => {
    if (seconds == null) return '–';
    const s = Math.floor(seconds);
    const d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    return d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m}m` : m > 0 ? `${m}m ${s % 60}s` : `${s}s`;
  };
  const age = (iso) => iso ? duration(Math.max(0, (Date.now() - Date.parse(iso)) / 1000)) + ' ago' : '–';

  // ---- DOM helpers ----
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child == null) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function tile(label, value, sub, tone) {
    return el('div', { class: 'tile' + (tone ? ' ' + tone : ''), 'data-tile': label },
      el('div', { class: 'label', text: label }), el('div', { class: 'value', text: value }), el('div', { class: 'sub', text: sub || '\u00a0' }));
  }

  function badge(status) {
    const tone = status === 'True' ? 'ok' : status === 'False' ? 'bad' : 'unknown';
    return el('span', { class: 'badge ' + tone, text: status === 'True' ? 'Ready' : status === 'False' ? 'NotReady' : 'Unknown' });
  }

  function meter(used, total, format, unit) {
    if (total == null) return el('span', { class: 'dim', text: '–' });
    const share = total > 0 ? Math.min(1, (used || 0) / total) : 0;
    const fill = el('div', { class: 'fill' + (share > 0.85 ? ' high' : '') });
    fill.style.width = (share * 100).toFixed(1) + '%';
    return el('div', { class: 'meter' }, el('div', { class: 'bar' }, fill),
      el('div', { class: 'caption', text: `${format(used || 0)} / ${format(total)}${unit ? ' ' + unit : ''} · ${Math.round(share * 100)}%` }));
  }

  // Renders rows with columns { key, label, cls, value(row) → sort value, cell(row) → Node|string }.
  function table(id, columns, rows, empty, defaultSort) {
    const node = document.getElementById(id);
    const sort = sorting[id] || (sorting[id] = defaultSort || null);
    if (!node.tHead) {
      const head = el('tr');
      for (const column of columns) {
        const th = el('th', { class: (column.cls || '') + (column.value ? ' sortable' : ''), 'data-key': column.key, title: column.title, text: column.label });
        if (column.value) {
          th.addEventListener('click', () => {
            const current = sorting[id];
            sorting[id] = { key: column.key, asc: current && current.key === column.key ? !current.asc : false };
            if (last[id]) table(id, columns, last[id], empty, defaultSort);
          });
        }
        head.append(th);
      }
      node.append(el('thead', {}, head), el('tbody'));
    }
    last[id] = rows;
    for (const th of node.tHead.rows[0].cells) {
      th.classList.toggle('sorted', !!sort && th.dataset.key === sort.key);
      th.classList.toggle('asc', !!sort && th.dataset.key === sort.key && sort.asc);
    }
    let sorted = rows;
    const column = sort && columns.find((c) => c.key === sort.key);
    if (column && column.value) {
      sorted = [...rows].sort((a, b) => {
        const x = column.value(a), y = column.value(b);
        const order = typeof x === 'string' ? x.localeCompare(y) : (x ?? -Infinity) - (y ?? -Infinity);
        return sort.asc ? order : -order;
      });
    }
    const body = el('tbody');
    for (const row of sorted) {
      // data-value carries the raw number or text, for sorting and for tests.
      body.append(el('tr', {}, columns.map((c) => el('td', { class: c.cls || null, 'data-col': c.key, 'data-value': c.value ? String(c.value(row) ?? '') : null }, c.cell(row)))));
    }
    if (sorted.length === 0) body.append(el('tr', {}, el('td', { class: 'empty', colspan: String(columns.length), text: empty })));
    node.tBodies[0].replaceWith(body);
  }

  // ---- charts (inline SVG, 300×80 view box stretched to the figure) ----
  const SVG = 'http://www.w3.org/2000/svg';
  const WINDOW = 120;
  function chart(id, values, format) {
    const figure = document.getElementById(id);
    const svg = figure.querySelector('svg');
    const points = values.map((v, i) => [i, v]).filter(([, v]) => v != null);
    const latest = points.length ? points[points.length - 1][1] : null;
    figure.querySelector('b').textContent = latest == null ? '–' : format(latest);
    svg.replaceChildren();
    for (const y of [20, 40, 60]) {
      const grid = document.createElementNS(SVG, 'line');
      grid.setAttribute('class', 'grid'); grid.setAttribute('x1', '0'); grid.setAttribute('x2', '300');
      grid.setAttribute('y1', String(y)); grid.setAttribute('y2', String(y));
      svg.append(grid);
    }
    if (points.length < 2) return;
    const max = Math.max(...points.map(([, v]) => v)) || 1;
    // A fixed window (30 s, growing to two minutes): new points enter on the right.
    const window = Math.min(WINDOW, Math.max(30, values.length));
    const x = (i) => 300 - ((values.length - 1 - i) / (window - 1)) * 300;
    const y = (v) => 78 - (v / (max * 1.1)) * 74;
    const line = points.map(([i, v], n) => `${n ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
    const area = document.createElementNS(SVG, 'path');
    area.setAttribute('class', 'area');
    area.setAttribute('d', `${line}L${x(points[points.length - 1][0]).toFixed(1)},80L${x(points[0][0]).toFixed(1)},80Z`);
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', 'line');
    path.setAttribute('d', line);
    svg.append(area, path);
  }

  // ---- views ----
  function renderRuntime(data) {
    const s = data.silo;
    $('#runtime-tiles').replaceChildren(
      tile('Silo uptime', duration(s.uptimeSeconds), `${s.name} · since ${new Date(s.startedAt).toLocaleTimeString()}`),
      tile('CPU', `${s.cpuPercent.toFixed(1)}%`, `${s.cores} cores · ${s.threads} threads`),
      tile('Memory', bytes(s.residentBytes), `GC heap ${bytes(s.gcHeapBytes)}`),
      tile('Activations', num(s.activations), `${data.grainTypes.filter((t) => t.activations > 0).length} grain types active`),
      tile('Grain calls/s', rate(s.callsPerSecond), `p99 ${ms(s.p99Ms)}`),
      tile('Exceptions/s', rate(s.exceptionsPerSecond), 'grain calls that threw', s.exceptionsPerSecond > 0 ? 'warn' : null),
      tile('API requests/s', rate(s.apiRequestsPerSecond), `p99 ${ms(s.apiP99Ms)}`),
      tile('Store changes/s', rate(s.storeChangesPerSecond), `${s.watchers} watches · ${rate(s.watchEventsPerSecond)} ev/s`));

    const series = data.series;
    chart('chart-calls', series.callsPerSecond, rate);
    chart('chart-latency', series.p99Ms, ms);
    chart('chart-cpu', series.cpuPercent, (v) => v.toFixed(1) + '%');
    chart('chart-memory', series.memoryMb, (v) => Math.round(v) + ' MiB');
    chart('chart-api', series.apiRequestsPerSecond, rate);
    chart('chart-store', series.storeChangesPerSecond, rate);

    const stats = [
      { key: 'calls', label: 'Calls/s', cls: 'num', value: (r) => r.callsPerSecond, cell: (r) => rate(r.callsPerSecond) },
      { key: 'avg', label: 'Avg', cls: 'num', value: (r) => r.averageMs, cell: (r) => ms(r.averageMs) },
      { key: 'p99', label: 'p99', cls: 'num', value: (r) => r.p99Ms, cell: (r) => ms(r.p99Ms) },
      { key: 'exceptions', label: 'Exc/s', title: 'exceptions per second', cls: 'num', value: (r) => r.exceptionsPerSecond, cell: (r) => el('span', { class: r.exceptionsPerSecond > 0 ? 'bad-text' : null, text: rate(r.exceptionsPerSecond) }) },
      { key: 'total', label: 'Calls', title: 'calls since the silo started', cls: 'num', value: (r) => r.totalCalls, cell: (r) => num(r.totalCalls) },
      { key: 'failed', label: 'Exceptions', title: 'exceptions since the silo started', cls: 'num', value: (r) => r.totalExceptions, cell: (r) => el('span', { class: r.totalExceptions > 0 ? 'warn-text' : 'dim', text: num(r.totalExceptions) }) },
    ];
    table('grain-types', [
      { key: 'type', label: 'Grain type', cls: 'mono', value: (r) => r.type, cell: (r) => r.type },
      { key: 'activations', label: 'Activations', cls: 'num', value: (r) => r.activations, cell: (r) => num(r.activations) },
      ...stats,
    ], data.grainTypes, 'no grain types registered');
    table('grain-methods', [
      { key: 'type', label: 'Grain type', cls: 'mono', value: (r) => r.type, cell: (r) => r.type },
      { key: 'method', label: 'Method', cls: 'mono', value: (r) => r.method, cell: (r) => r.method },
      ...stats,
    ], data.methods, 'no grain calls yet');
    table('busiest', [
      { key: 'grain', label: 'Grain', cls: 'mono wrap', cell: (r) => r.grain },
      { key: 'rate', label: 'Calls/s (est.)', cls: 'num', cell: (r) => rate(r.callsPerSecond) },
    ], data.busiestGrains, 'no calls in the last window');
    table('slowest', [
      { key: 'grain', label: 'Grain', cls: 'mono wrap', cell: (r) => r.grain },
      { key: 'method', label: 'Method', cls: 'mono', cell: (r) => r.method },
      { key: 'duration', label: 'Call', cls: 'num', cell: (r) => ms(r.seconds * 1000) },
    ], data.slowestGrains, 'no call slower than 1 ms');
  }

  function renderKarmada(data) {
    const clusters = data.clusters;
    const ready = clusters.filter((c) => c.ready === 'True').length;
    const b = data.bindings;
    const works = data.works.reduce((sum, w) => ({ total: sum.total + w.total, applied: sum.applied + w.applied, failed: sum.failed + w.failed }), { total: 0, applied: 0, failed: 0 });
    const d = data.distribution, sch = data.scheduling;
    $('#karmada-tiles').replaceChildren(
      tile('Clusters ready', `${ready} / ${clusters.length}`, clusters.length ? `${clusters.length - ready} not ready` : 'no member clusters joined', clusters.length && ready === clusters.length ? 'ok' : ready < clusters.length ? 'bad' : null),
      tile('Bindings scheduled', `${b.scheduled} / ${b.total}`, `${b.failing.length} need attention`, b.failing.length ? 'warn' : null),
      tile('Fully applied', `${b.fullyApplied} / ${b.total}`, 'all Works applied'),
      tile('Works applied', `${works.applied} / ${works.total}`, `${works.failed} failed`, works.failed ? 'bad' : null),
      tile('Distribution p50', ms(d.p50Ms), `${num(d.count)} changes measured`),
      tile('Distribution p99', ms(d.p99Ms), 'SLO: p99 ≤ 2 s', d.p99Ms > 2000 ? 'warn' : null),
      tile('Scheduling p99', ms(sch.p99Ms), `${num(sch.count)} attempts · ${num(sch.errors)} errors`));

    table('clusters', [
      { key: 'name', label: 'Cluster', cls: 'mono', value: (r) => r.name, cell: (r) => r.name },
      { key: 'ready', label: 'Ready', value: (r) => r.ready, cell: (r) => el('span', { title: [r.reason, r.message].filter(Boolean).join(': ') }, badge(r.ready)) },
      { key: 'version', label: 'Version', cls: 'mono', value: (r) => r.version || '', cell: (r) => r.version || '–' },
      { key: 'mode', label: 'Mode', cell: (r) => r.syncMode },
      { key: 'nodes', label: 'Nodes ready', cls: 'num', value: (r) => r.nodesTotal, cell: (r) => r.nodesTotal == null ? '–' : `${r.nodesReady ?? 0} / ${r.nodesTotal}` },
      { key: 'cpu', label: 'CPU allocated', value: (r) => r.cpu.allocatable ? (r.cpu.allocated || 0) / r.cpu.allocatable : null, cell: (r) => meter(r.cpu.allocated, r.cpu.allocatable, cores, 'cores') },
      { key: 'memory', label: 'Memory allocated', value: (r) => r.memory.allocatable ? (r.memory.allocated || 0) / r.memory.allocatable : null, cell: (r) => meter(r.memory.allocated, r.memory.allocatable, bytes) },
      { key: 'pods', label: 'Pods', cls: 'num', value: (r) => r.pods.allocated, cell: (r) => r.pods.allocatable == null ? '–' : `${num(r.pods.allocated || 0)} / ${num(r.pods.allocatable)}` },
      { key: 'taints', label: 'Taints', cell: (r) => r.taints.length ? r.taints.map((t) => el('span', { class: 'chip', text: t })) : el('span', { class: 'dim', text: 'none' }) },
      { key: 'probe', label: 'Last probe', cls: 'num', value: (r) => r.lastProbe ? Date.parse(r.lastProbe) : null, cell: (r) => r.lastProbe ? `${age(r.lastProbe)} · ${ms(r.probeMs)}` : '–' },
    ], clusters, 'no member clusters: join one with karmadactl join', { key: 'name', asc: true });

    table('failing-bindings', [
      { key: 'binding', label: 'Binding', cls: 'mono', cell: (r) => (r.namespace ? r.namespace + '/' : '') + r.name },
      { key: 'resource', label: 'Resource', cls: 'mono', cell: (r) => r.resource },
      { key: 'condition', label: 'Condition', cell: (r) => el('span', { class: 'warn-text', text: `${r.condition}: ${r.reason}` }) },
      { key: 'message', label: 'Why', cls: 'wrap', cell: (r) => r.message },
    ], b.failing, b.total ? 'every binding is scheduled and fully applied' : 'no bindings yet');

    table('works', [
      { key: 'cluster', label: 'Cluster', cls: 'mono', value: (r) => r.cluster, cell: (r) => r.cluster },
      { key: 'total', label: 'Works', cls: 'num', value: (r) => r.total, cell: (r) => num(r.total) },
      { key: 'applied', label: 'Applied', cls: 'num', value: (r) => r.applied, cell: (r) => num(r.applied) },
      { key: 'failed', label: 'Failed', cls: 'num', value: (r) => r.failed, cell: (r) => el('span', { class: r.failed ? 'bad-text' : 'dim', text: num(r.failed) }) },
      { key: 'pending', label: 'Pending', cls: 'num', value: (r) => r.pending, cell: (r) => num(r.pending) },
      { key: 'share', label: '', cell: (r) => {
        const bar = el('div', { class: 'stack' });
        for (const part of ['applied', 'failed', 'pending']) {
          const segment = el('div', { class: part });
          segment.style.width = (r.total ? (r[part] / r.total) * 100 : 0) + '%';
          bar.append(segment);
        }
        return bar;
      } },
    ], data.works, 'no Works yet');

    table('events', [
      { key: 'age', label: 'Age', cls: 'num dim', cell: (r) => age(r.time) },
      { key: 'type', label: 'Type', cell: (r) => el('span', { class: 'badge ' + (r.type === 'Warning' ? 'bad' : 'normal'), text: r.type }) },
      { key: 'reason', label: 'Reason', cell: (r) => r.reason },
      { key: 'object', label: 'Object', cls: 'mono', cell: (r) => r.object },
      { key: 'message', label: 'Message', cls: 'wrap', cell: (r) => r.message + (r.count > 1 ? ` (×${r.count})` : '') },
      { key: 'source', label: 'From', cls: 'dim', cell: (r) => r.source },
    ], data.events, 'no events yet');
  }

  // ---- polling ----
  async function fetchJson(path) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' }, cache: 'no-store', signal: AbortSignal.timeout(10000) });
    if (response.status === 401 || response.status === 403) throw new AuthError('the token was rejected');
    if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
    return response.json();
  }

  function setLive(ok, text) {
    $('#live-dot').className = 'dot ' + (ok ? 'on' : 'off');
    $('#live-text').textContent = text;
  }

  async function refresh(which) {
    clearTimeout(timers[which]);
    if (!token) return;
    try {
      const data = await fetchJson('/dashboard/api/' + which);
      (which === 'runtime' ? renderRuntime : renderKarmada)(data);
      document.body.dataset[which + 'Loaded'] = String(Date.now());
      setLive(true, 'live · ' + new Date().toLocaleTimeString());
    } catch (error) {
      if (error instanceof AuthError) { signOut('The token was rejected; enter a valid one.'); return; }
      setLive(false, 'disconnected: ' + error.message);
    }
    // The hidden view refreshes slowly so switching tabs shows recent numbers at once.
    timers[which] = setTimeout(() => refresh(which), view === which ? PERIOD[which] : PERIOD[which] * 5);
  }

  function show(next) {
    view = next;
    history.replaceState(null, '', '#' + next);
    for (const name of ['runtime', 'karmada']) {
      $('#view-' + name).hidden = name !== next;
      $('#tab-' + name).classList.toggle('active', name === next);
    }
    refresh(next);
  }

  function signOut(message) {
    token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    Object.values(timers).forEach(clearTimeout);
    $('#login').hidden = false;
    $('#login-error').textContent = message || '';
    $('#token').focus();
    setLive(false, 'signed out');
  }

  function start() {
    $('#login').hidden = true;
    show(view);
    refresh(view === 'runtime' ? 'karmada' : 'runtime');
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => show(tab.dataset.view));
    $('#sign-out').addEventListener('click', () => signOut(''));
    $('#login-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const value = $('#token').value.trim();
      if (!value) { $('#login-error').textContent = 'Enter a token.'; return; }
      token = value;
      sessionStorage.setItem(TOKEN_KEY, token);
      $('#token').value = '';
      start();
    });
    if (token) start(); else signOut('');
  });
})();
